// One branch on the branches page: its name links to the branch, the rest is what a manager glances at.
import { Badge, Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { BranchSummary } from '../../../../../shared/contract/party';

export function BranchCard({ branch }: { branch: BranchSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const to = `/party/branches/${branch.id}`;
  return (
    <Card
      className="branch-card"
      hoverable
      onClick={() => navigate(to)}
      title={
        <div className="branch-card-title">
          <Link to={to} onClick={(event) => event.stopPropagation()}>
            {branch.name}
          </Link>
          {branch.brandName && <Tag color="red">{branch.brandName}</Tag>}
        </div>
      }
    >
      <Descriptions column={1} size="small" className="branch-card-facts">
        <Descriptions.Item label={t('partyBranchesPage.grid')}>
          <Typography.Text ellipsis={{ tooltip: branch.gridPath }}>{branch.gridPath}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('partyBranchesPage.foundedOn')}>{branch.foundedOn}</Descriptions.Item>
        <Descriptions.Item label={t('partyBranchesPage.secretary')}>
          {branch.secretaryName ?? <span className="party-muted">{t('partyBranchesPage.noSecretary')}</span>}
        </Descriptions.Item>
        <Descriptions.Item label={t('partyBranchesPage.members')}>
          {t('partyBranchesPage.memberCount', { count: branch.members, probationary: branch.probationary })}
        </Descriptions.Item>
        <Descriptions.Item label={t('partyBranchesPage.meetingsOwed')}>
          <MeetingsOwed owed={branch.meetingsOwed} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** What the branch still owes this month and quarter, leading to the meetings page where it is recorded. */
export function MeetingsOwed({ owed }: { owed: number }) {
  const { t } = useTranslation();
  return (
    <Link to="/party/meetings" onClick={(event) => event.stopPropagation()}>
      {owed > 0 ? (
        <Badge status="warning" text={t('partyBranchesPage.owed', { count: owed })} />
      ) : (
        <Badge status="success" text={t('partyBranchesPage.nothingOwed')} />
      )}
    </Link>
  );
}
