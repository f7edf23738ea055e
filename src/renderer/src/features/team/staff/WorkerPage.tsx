// One worker at /team/staff/:id: particulars, training hours this year and the way to their score sheet on the
// left, the status history on the right. A manager edits the particulars and records 末位淘汰 or 离职 here.
import { Button, Card, Descriptions, Flex, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { StaffChange } from '../../../../../shared/domain/gridTeam';
import { staffChanges } from '../../../../../shared/domain/gridTeam';
import { useQueryProc } from '../../../api/hooks';
import { RecordBreadcrumb, RecordLoading, RecordUnavailable } from '../../../components/RecordPage';
import { useCan } from '../../auth/SessionProvider';
import { assessedMonth, sheetPath } from '../assessment/assessmentFormat';
import { EditStaffModal } from './EditStaffModal';
import { StaffChangeModal } from './StaffChangeModal';
import { StaffHistory } from './StaffHistory';
import { EmploymentTag, StaffStatusTag } from './staffTags';

export function WorkerPage() {
  const { t } = useTranslation();
  const workerId = Number(useParams().id);
  const found = useQueryProc('team.staffMember', { id: workerId }, { enabled: workerId > 0 });
  const canManage = useCan('team.manage');
  const [editing, setEditing] = useState(false);
  const [change, setChange] = useState<StaffChange | null>(null);
  const back = { to: '/team/staff', label: t('teamStaff.backToList') };

  if (!(workerId > 0)) return <RecordUnavailable back={back} notFound={t('teamStaff.notFound')} />;
  if (found.isPending) return <RecordLoading />;
  if (found.isError) return <RecordUnavailable back={back} error={found.error} notFound={t('teamStaff.notFound')} />;

  const worker = found.data;
  const active = worker.status === 'active';
  const none = t('common.none');

  return (
    <div className="worker-page">
      <RecordBreadcrumb back={back} current={worker.name} />
      <div className="worker-title">
        <Flex align="center" gap={10} wrap>
          <Typography.Title level={1} className="worker-name">
            {worker.name}
          </Typography.Title>
          <EmploymentTag employment={worker.employment} />
          <StaffStatusTag status={worker.status} />
        </Flex>
        {canManage && active && (
          <Flex gap={8}>
            <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
            {staffChanges.map((c) => (
              <Button key={c} danger onClick={() => setChange(c)}>
                {t(`teamStaff.changeButton.${c}`)}
              </Button>
            ))}
          </Flex>
        )}
      </div>
      <div className="worker-columns">
        <div className="worker-column">
          <Card size="small" title={t('teamStaff.details')}>
            <Descriptions
              size="small"
              column={1}
              className="worker-facts"
              items={[
                {
                  key: 'employment',
                  label: t('teamStaff.columns.employment'),
                  children: <EmploymentTag employment={worker.employment} />,
                },
                { key: 'position', label: t('teamStaff.columns.position'), children: worker.position || none },
                { key: 'phone', label: t('teamStaff.columns.phone'), children: worker.phone || none },
                { key: 'startedOn', label: t('teamStaff.columns.startedOn'), children: worker.startedOn },
                {
                  key: 'status',
                  label: t('teamStaff.columns.status'),
                  children: (
                    <Flex gap={4} align="center">
                      <StaffStatusTag status={worker.status} />
                      {!active && worker.statusDate}
                    </Flex>
                  ),
                },
                {
                  key: 'grids',
                  label: t('teamStaff.columns.grids'),
                  children:
                    worker.grids.length > 0 ? (
                      <div className="worker-grids">
                        {worker.grids.map((grid) => (
                          <div key={grid}>{grid}</div>
                        ))}
                      </div>
                    ) : (
                      <Typography.Text type="secondary">{t('teamStaff.noGridsHint')}</Typography.Text>
                    ),
                },
                {
                  key: 'account',
                  label: t('teamStaff.account'),
                  children: worker.userId ? t('teamStaff.hasAccount') : t('teamStaff.noAccount'),
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('teamStaff.performance')}>
            <Flex justify="space-between" align="center" gap={16} wrap>
              <Statistic
                title={t('teamStaff.trainingHoursThisYear')}
                value={worker.trainingHoursThisYear}
                suffix={t('teamStaff.hoursUnit')}
              />
              <Flex vertical gap={4} align="end">
                <Link to={sheetPath(assessedMonth(null), worker.id)}>{t('teamStaff.scoreSheet')}</Link>
                <Link to="/team/training">{t('teamStaff.trainingRecords')}</Link>
              </Flex>
            </Flex>
          </Card>
        </div>
        <div className="worker-column">
          <Card size="small" title={t('teamStaff.history')}>
            <StaffHistory events={worker.events} />
          </Card>
        </div>
      </div>
      <EditStaffModal worker={editing ? worker : null} onClose={() => setEditing(false)} />
      <StaffChangeModal worker={worker} change={change} onClose={() => setChange(null)} />
    </div>
  );
}
