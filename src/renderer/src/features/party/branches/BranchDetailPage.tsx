// One branch at /party/branches/:id: its facts and its committee; managers change the facts, whoever keeps the
// branch adjusts the committee.
import { EditOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { BranchDetail } from '../../../../../shared/contract/party';
import { useQueryProc } from '../../../api/hooks';
import { PageTitle } from '../../../components/PageTitle';
import { RecordBreadcrumb, RecordLoading, RecordUnavailable } from '../../../components/RecordPage';
import { useCan } from '../../auth/SessionProvider';
import { useBranches } from '../partyQueries';
import { MeetingsOwed } from './BranchCard';
import { BranchFormModal } from './BranchFormModal';
import { CommitteeModal } from './CommitteeModal';
import { SecretaryAccountName } from './SecretaryAccountField';

export function BranchDetailPage() {
  const { t } = useTranslation();
  const branchId = Number(useParams().id);
  const found = useQueryProc('party.branch', { id: branchId }, { enabled: branchId > 0 });
  const canSetup = useCan('party.setup');
  const canManage = useCan('party.manage');
  const reachable = useBranches().data?.rows.length ?? 0;
  const [editing, setEditing] = useState(false);
  const [committee, setCommittee] = useState(false);
  // A secretary with one branch came straight here; a list of one is no place to go back to.
  const showList = canSetup || reachable > 1;

  const back = { to: '/party/branches', label: t('partyBranchesPage.backToList') };

  if (found.isPending) return <RecordLoading />;
  if (found.isError) {
    return (
      <RecordUnavailable
        back={back}
        error={found.error}
        notFound={t('partyBranchesPage.notFound')}
        breadcrumb={showList}
      />
    );
  }
  const branch = found.data;

  return (
    <>
      {showList && <RecordBreadcrumb back={back} current={branch.name} />}
      <PageTitle
        title={branch.name}
        intro={branch.gridPath}
        actions={
          <Flex gap={8} wrap justify="end">
            <Link to={`/party/members?branch=${branch.id}`}>
              <Button icon={<TeamOutlined />}>{t('partyBranchesPage.roster')}</Button>
            </Link>
            {canSetup && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('partyBranchesPage.edit')}
              </Button>
            )}
          </Flex>
        }
      />
      <div className="branch-detail-grid">
        <Card title={t('partyBranchesPage.basics')} size="small">
          <BranchFacts branch={branch} />
        </Card>
        <Card
          title={t('partyBranchesPage.committee')}
          size="small"
          extra={
            canManage && (
              <Button size="small" type="primary" onClick={() => setCommittee(true)}>
                {t('partyBranchesPage.adjustCommittee')}
              </Button>
            )
          }
        >
          <CommitteeTable branch={branch} canManage={canManage} />
        </Card>
      </div>
      <BranchFormModal mode={editing ? { kind: 'edit', branch } : null} onClose={() => setEditing(false)} />
      <CommitteeModal branch={committee ? branch : null} onClose={() => setCommittee(false)} />
    </>
  );
}

function BranchFacts({ branch }: { branch: BranchDetail }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label={t('partyBranchesPage.brandName')}>
        {branch.brandName ? <Tag color="red">{branch.brandName}</Tag> : t('common.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('partyBranchesPage.grid')}>{branch.gridPath}</Descriptions.Item>
      <Descriptions.Item label={t('partyBranchesPage.foundedOn')}>{branch.foundedOn}</Descriptions.Item>
      <Descriptions.Item label={t('partyBranchesPage.secretary')}>
        {branch.secretaryName ?? <span className="party-muted">{t('partyBranchesPage.noSecretary')}</span>}
      </Descriptions.Item>
      <Descriptions.Item label={t('partyBranchesPage.secretaryAccount')}>
        <SecretaryAccountName userId={branch.secretaryUserId} />
      </Descriptions.Item>
      <Descriptions.Item label={t('partyBranchesPage.members')}>
        <Link to={`/party/members?branch=${branch.id}`}>
          {t('partyBranchesPage.memberCount', { count: branch.members, probationary: branch.probationary })}
        </Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('partyBranchesPage.meetingsOwed')}>
        <MeetingsOwed owed={branch.meetingsOwed} />
      </Descriptions.Item>
    </Descriptions>
  );
}

function CommitteeTable({ branch, canManage }: { branch: BranchDetail; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="memberId"
      pagination={false}
      dataSource={branch.committee}
      locale={{
        emptyText: (
          <div className="party-empty">
            <div>{t('partyBranchesPage.committeeEmpty')}</div>
            <div className="party-muted">
              {canManage ? t('partyBranchesPage.committeeEmptyHint') : t('partyBranchesPage.committeeEmptyReadOnly')}
            </div>
          </div>
        ),
      }}
      columns={[
        {
          key: 'post',
          title: t('partyBranchesPage.post'),
          dataIndex: 'post',
          width: 110,
          render: (post: BranchDetail['committee'][number]['post']) => (
            <Tag color={post === 'secretary' ? 'red' : undefined}>{t(`committeePosts.${post}`)}</Tag>
          ),
        },
        {
          key: 'name',
          title: t('partyBranchesPage.name'),
          dataIndex: 'name',
          render: (name: string, seat) => <Link to={`/party/members/${seat.memberId}`}>{name}</Link>,
        },
        {
          key: 'background',
          title: t('partyBranchesPage.background'),
          dataIndex: 'background',
          render: (background: BranchDetail['committee'][number]['background']) =>
            t(`secretaryBackgrounds.${background}`),
        },
        { key: 'since', title: t('partyBranchesPage.since'), dataIndex: 'since', width: 110 },
      ]}
    />
  );
}
