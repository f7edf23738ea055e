// One member at /party/members/:id: their particulars and history on the left; dues of the last 12 months, service
// and claimed wishes on the right. Whoever keeps the branch edits the record and records dated changes here.
import { Button, Card, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { MemberChange } from '../../../../../shared/domain/party';
import { useQueryProc } from '../../../api/hooks';
import { RecordBreadcrumb, RecordLoading, RecordUnavailable } from '../../../components/RecordPage';
import { useCan } from '../../auth/SessionProvider';
import { EditMemberDrawer } from './EditMemberDrawer';
import { MemberChangeModal } from './MemberChangeModal';
import { MemberClaimedWishes } from './MemberClaimedWishes';
import { MemberDues } from './MemberDues';
import { MemberFacts } from './MemberFacts';
import { MemberHistory } from './MemberHistory';
import { MemberService } from './MemberService';
import { StandingTag, StatusTag } from './memberTags';

export function MemberPage() {
  const { t } = useTranslation();
  const memberId = Number(useParams().id);
  const found = useQueryProc('party.member', { id: memberId }, { enabled: memberId > 0 });
  const canManage = useCan('party.manage');
  const [editing, setEditing] = useState(false);
  const [change, setChange] = useState<MemberChange | null>(null);

  const back = { to: '/party/members', label: t('partyRoster.backToList') };

  if (found.isPending) return <RecordLoading />;
  if (found.isError) {
    return <RecordUnavailable back={back} error={found.error} notFound={t('partyRoster.notFound')} />;
  }

  const member = found.data;
  const active = member.status === 'active';
  const changes: MemberChange[] = [
    ...(member.standing === 'probationary' ? (['become_full'] as const) : []),
    'transfer_out',
    'deceased',
  ];

  return (
    <div className="member-page">
      <RecordBreadcrumb back={back} current={member.name} />
      <div className="member-title">
        <Flex align="center" gap={10} wrap>
          <Typography.Title level={1} className="member-name">
            {member.name}
          </Typography.Title>
          <StandingTag standing={member.standing} />
          <StatusTag status={member.status} />
          <Link to={`/party/branches/${member.branchId}`}>{member.branchName}</Link>
        </Flex>
        {canManage && active && (
          <Flex gap={8}>
            <Button onClick={() => setEditing(true)}>{t('partyRoster.edit')}</Button>
            {member.standing === 'probationary' && (
              <Button type="primary" onClick={() => setChange('become_full')}>
                {t('partyRoster.becomeFull')}
              </Button>
            )}
            <Dropdown
              trigger={['click']}
              menu={{
                items: changes
                  .filter((c) => c !== 'become_full')
                  .map((c) => ({ key: c, label: t(`memberChanges.${c}`), danger: true })),
                onClick: ({ key }) => setChange(key as MemberChange),
              }}
            >
              <Button>{t('partyRoster.moreChanges')}</Button>
            </Dropdown>
          </Flex>
        )}
      </div>
      <div className="member-columns">
        <div className="member-column">
          <Card size="small" title={t('partyRoster.details')}>
            <MemberFacts member={member} />
          </Card>
          <Card size="small" title={t('partyRoster.history')}>
            <MemberHistory events={member.events} />
          </Card>
          <MemberClaimedWishes wishes={member.claimedWishes} />
        </div>
        <div className="member-column">
          <MemberDues member={member} />
          <MemberService member={member} canRecord={canManage && active} />
        </div>
      </div>
      <EditMemberDrawer member={editing ? member : null} onClose={() => setEditing(false)} />
      <MemberChangeModal member={member} change={change} onClose={() => setChange(null)} />
    </div>
  );
}
