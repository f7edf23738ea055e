// The branches area: the branches the user reaches at /party/branches, one branch and its committee at /party/branches/:id.
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../shell/NotFoundPage';
import { BranchDetailPage } from './BranchDetailPage';
import { BranchList } from './BranchList';
import './branches.css';

export function BranchesPage() {
  return (
    <Routes>
      <Route index element={<BranchList />} />
      <Route path=":id" element={<BranchDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
