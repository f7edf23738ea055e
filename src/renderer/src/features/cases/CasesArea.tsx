// The cases area: the list at /cases, the new-case form at /cases/new (for those who register), a case at /cases/:id.
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router-dom';
import type { Permission } from '../../../../shared/domain/roles';
import { useCan, useCurrentUser } from '../auth/SessionProvider';
import { NotFoundPage } from '../shell/NotFoundPage';
import { CaseListPage } from './CaseListPage';
import { CasePage } from './CasePage';
import { NewCasePage } from './NewCasePage';
import './cases.css';

export function CasesArea() {
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route
        path="new"
        element={
          <Needs permission="cases.register" what="newCase.title">
            <NewCasePage />
          </Needs>
        }
      />
      <Route path=":id" element={<CasePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** A page of the area that needs more than reading cases; the server refuses the rest anyway. */
function Needs({ permission, what, children }: { permission: Permission; what: 'newCase.title'; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (useCan(permission)) return children;
  return (
    <Result
      status="403"
      title={t('shell.forbiddenTitle')}
      subTitle={t('shell.forbiddenText', { role: t(`roles.${user.role}`), area: t(what) })}
      extra={
        <Link to="/cases">
          <Button type="primary">{t('caseList.title')}</Button>
        </Link>
      }
    />
  );
}
