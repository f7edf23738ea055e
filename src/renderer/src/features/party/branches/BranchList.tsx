// The branches the user reaches as cards: brand, grid, founding date, secretary, members and meetings still owed.
// A secretary who keeps one branch lands straight on it: there is nothing to choose between.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { describeError } from '../../../i18n/describeError';
import { useCan } from '../../auth/SessionProvider';
import { useBranches } from '../partyQueries';
import { BranchCard } from './BranchCard';
import { BranchFormModal } from './BranchFormModal';

export function BranchList() {
  const { t } = useTranslation();
  const canSetup = useCan('party.setup');
  const branches = useBranches();
  const [creating, setCreating] = useState(false);
  const rows = branches.data?.rows ?? [];
  const only = rows.length === 1 && !canSetup ? rows[0] : undefined;
  if (only) return <Navigate to={`/party/branches/${only.id}`} replace />;

  return (
    <>
      <PageTitle
        title={t('partyBranchesPage.title')}
        intro={t('partyBranchesPage.intro')}
        actions={
          canSetup && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('partyBranchesPage.create')}
            </Button>
          )
        }
      />
      {branches.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : branches.isError ? (
        <Card>
          <Result
            status="warning"
            title={describeError(branches.error, t)}
            extra={<Button onClick={() => branches.refetch()}>{t('common.retry')}</Button>}
          />
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <Empty
            description={
              <>
                <div>{t('partyBranchesPage.empty')}</div>
                <div className="party-muted">
                  {canSetup ? t('partyBranchesPage.emptyHintSetup') : t('partyBranchesPage.emptyHintSecretary')}
                </div>
              </>
            }
          />
        </Card>
      ) : (
        <div className="branch-cards">
          {rows.map((branch) => (
            <BranchCard key={branch.id} branch={branch} />
          ))}
        </div>
      )}
      <BranchFormModal mode={creating ? { kind: 'create' } : null} onClose={() => setCreating(false)} />
    </>
  );
}
