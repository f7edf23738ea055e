// The reports area: the month's list of branches at /party/reports, one branch's report at /party/reports/:branchId/:month.
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../shell/NotFoundPage';
import { ReportListPage } from './ReportListPage';
import { ReportPage } from './ReportPage';
import '../../../components/printSheet.css';
import './reports.css';

export function ReportsPage() {
  return (
    <Routes>
      <Route index element={<ReportListPage />} />
      <Route path=":branchId/:month" element={<ReportPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
