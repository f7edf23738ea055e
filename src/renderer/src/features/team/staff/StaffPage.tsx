// The team roster area: the filtered roster at /team/staff, one worker's page at /team/staff/:id.
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../shell/NotFoundPage';
import { StaffListPage } from './StaffListPage';
import { WorkerPage } from './WorkerPage';
import './staff.css';

export function StaffPage() {
  return (
    <Routes>
      <Route index element={<StaffListPage />} />
      <Route path=":id" element={<WorkerPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
