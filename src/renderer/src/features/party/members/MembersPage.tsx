// The roster area: the filtered roster at /party/members, one member's file at /party/members/:id.
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../shell/NotFoundPage';
import { MemberListPage } from './MemberListPage';
import { MemberPage } from './MemberPage';
import './members.css';

export function MembersPage() {
  return (
    <Routes>
      <Route index element={<MemberListPage />} />
      <Route path=":id" element={<MemberPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
