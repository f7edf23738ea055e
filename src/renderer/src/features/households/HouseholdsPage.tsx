// The households area: the register list at /households, one household's file at /households/:id.
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../shell/NotFoundPage';
import { HouseholdFilePage } from './HouseholdFilePage';
import { RegisterPage } from './RegisterPage';
import './households.css';

export function HouseholdsPage() {
  return (
    <Routes>
      <Route index element={<RegisterPage />} />
      <Route path=":id" element={<HouseholdFilePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
