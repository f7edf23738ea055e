// One household, one file (一户一档): the household, its members, former members, visits, cases and its history.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { ResidentSummary } from '../../../../shared/contract/residents';
import { useQueryProc } from '../../api/hooks';
import { PageTitle } from '../../components/PageTitle';
import { RecordBreadcrumb, RecordLoading, RecordUnavailable } from '../../components/RecordPage';
import { useCan } from '../auth/SessionProvider';
import { RecordVisitModal, type VisitTarget } from '../visits/RecordVisitModal';
import { FormerMembers } from './FormerMembers';
import { HouseholdCases } from './HouseholdCases';
import { HouseholdFormModal } from './HouseholdFormModal';
import { HouseholdHeader } from './HouseholdHeader';
import { HouseholdHistory } from './HouseholdHistory';
import { type LeaveKind, LeaveRegisterModal } from './LeaveRegisterModal';
import { type MemberAction, MembersTable } from './MembersTable';
import { MoveResidentModal } from './MoveResidentModal';
import { ResidentFormDrawer, type ResidentFormMode } from './ResidentFormDrawer';
import { VisitTimeline } from './VisitTimeline';

export function HouseholdFilePage() {
  const { t } = useTranslation();
  const householdId = Number(useParams().id);
  const canManage = useCan('households.manage');
  const canRecordVisit = useCan('visits.record');
  const file = useQueryProc('households.get', { id: householdId }, { enabled: householdId > 0 });
  const [editingHousehold, setEditingHousehold] = useState(false);
  const [memberForm, setMemberForm] = useState<ResidentFormMode | null>(null);
  const [moving, setMoving] = useState<ResidentSummary | null>(null);
  const [leaving, setLeaving] = useState<{ resident: ResidentSummary; kind: LeaveKind } | null>(null);
  const [visiting, setVisiting] = useState<VisitTarget | null>(null);

  const back = { to: '/households', label: t('household.backToList') };

  if (file.isPending) return <RecordLoading />;
  if (file.isError) {
    return <RecordUnavailable back={back} error={file.error} notFound={t('household.notFound')} />;
  }

  const { household, members, formerMembers, visits, history } = file.data;
  const onMemberAction = (action: MemberAction, member: ResidentSummary) => {
    if (action === 'edit') setMemberForm({ kind: 'edit', residentId: member.id });
    else if (action === 'move') setMoving(member);
    else setLeaving({ resident: member, kind: action });
  };

  return (
    <div className="household-file">
      <RecordBreadcrumb back={back} current={household.address} />
      <PageTitle
        title={household.address}
        intro={household.gridPath}
        actions={
          canManage && (
            <Button icon={<EditOutlined />} onClick={() => setEditingHousehold(true)}>
              {t('household.edit')}
            </Button>
          )
        }
      />
      <HouseholdHeader household={household} members={members} lastVisit={visits[0]?.visitDate ?? null} />
      <Card
        title={t('household.membersTitle', { count: members.length })}
        className="household-members"
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() =>
                setMemberForm({
                  kind: 'create',
                  householdId: household.id,
                  address: household.address,
                  firstMember: members.length === 0,
                })
              }
            >
              {t('household.addMember')}
            </Button>
          )
        }
      >
        <MembersTable members={members} canManage={canManage} onAction={onMemberAction} />
      </Card>
      <FormerMembers members={formerMembers} />
      <Row gutter={16} className="household-lower">
        <Col xs={24} xl={16}>
          <Card
            title={t('household.visitsTitle')}
            extra={
              canRecordVisit && (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => setVisiting({ householdId: household.id, address: household.address, members })}
                >
                  {t('household.recordVisit')}
                </Button>
              )
            }
          >
            <VisitTimeline visits={visits} canRecord={canRecordVisit} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <HouseholdCases householdId={household.id} />
        </Col>
      </Row>
      <Card title={t('household.historyTitle')} className="household-history-card">
        <HouseholdHistory history={history} />
      </Card>

      <HouseholdFormModal
        mode={editingHousehold ? { kind: 'edit', household } : null}
        onClose={() => setEditingHousehold(false)}
      />
      <ResidentFormDrawer mode={memberForm} onClose={() => setMemberForm(null)} />
      <MoveResidentModal resident={moving} fromHouseholdId={household.id} onClose={() => setMoving(null)} />
      <LeaveRegisterModal leaving={leaving} onClose={() => setLeaving(null)} />
      <RecordVisitModal target={visiting} onClose={() => setVisiting(null)} />
    </div>
  );
}
