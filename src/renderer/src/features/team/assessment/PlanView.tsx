// The plan in force: its items with weight, source and what they are scored by, the grade thresholds and how many
// are flagged 末位; a manager edits it (a new plan applies to every month computed after).
import { Alert, Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentPlanInput } from '../../../../../shared/contract/team';
import { useQueryProc } from '../../../api/hooks';
import { RecordLoading } from '../../../components/RecordPage';
import { describeError } from '../../../i18n/describeError';
import { useCan } from '../../auth/SessionProvider';
import { itemName } from './assessmentFormat';
import { PlanEditor } from './PlanEditor';

type PlanItem = AssessmentPlanInput['items'][number];

export function PlanView() {
  const { t } = useTranslation();
  const canManage = useCan('team.manage');
  const plan = useQueryProc('team.assessmentPlan', {});
  const [editing, setEditing] = useState(false);

  if (plan.isPending) return <RecordLoading rows={6} />;
  if (plan.isError) {
    return (
      <Alert
        type="error"
        showIcon
        message={t('teamAssessment.plan.loadFailed')}
        description={describeError(plan.error, t)}
        action={<Button onClick={() => plan.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const { items, grades, bottomCount } = plan.data.plan;
  const basisOf = (item: PlanItem) =>
    item.source === 'manual'
      ? t('teamAssessment.plan.manualLine')
      : item.metric === 'inspections'
        ? t('teamAssessment.plan.targetLine', { target: item.inspectionTarget ?? 0 })
        : t('teamAssessment.plan.rateLine');
  const columns: ColumnsType<PlanItem> = [
    { key: 'item', title: t('teamAssessment.plan.item'), render: (_, item) => itemName(item, t) },
    { key: 'weight', title: t('teamAssessment.plan.weight'), width: 90, align: 'right', dataIndex: 'weight' },
    {
      key: 'source',
      title: t('teamAssessment.plan.source'),
      width: 160,
      render: (_, i) => t(`itemSources.${i.source}`),
    },
    { key: 'basis', title: t('teamAssessment.plan.basis'), render: (_, item) => basisOf(item) },
  ];

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          {t('teamAssessment.plan.inForce')}
          {plan.data.isDefault && <Tag color="blue">{t('teamAssessment.plan.defaultTag')}</Tag>}
          {plan.data.savedAt !== null && (
            <Typography.Text type="secondary" className="assessment-plan-saved">
              {t('teamAssessment.plan.savedAt', { at: dayjs(plan.data.savedAt).format('YYYY-MM-DD HH:mm') })}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={canManage && <Button onClick={() => setEditing(true)}>{t('teamAssessment.plan.edit')}</Button>}
    >
      <Table<PlanItem>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={items}
        pagination={false}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('teamAssessment.plan.sumLabel')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong>{items.reduce((sum, item) => sum + item.weight, 0)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} colSpan={2} />
          </Table.Summary.Row>
        )}
      />
      <Descriptions className="assessment-plan-rules" column={1} size="small">
        <Descriptions.Item label={t('teamAssessment.plan.grades')}>
          {t('teamAssessment.plan.gradeLine', grades)}
        </Descriptions.Item>
        <Descriptions.Item label={t('teamAssessment.plan.bottomCount')}>
          {t('teamAssessment.plan.bottomLine', { count: bottomCount })}
        </Descriptions.Item>
      </Descriptions>
      {canManage && <PlanEditor open={editing} plan={plan.data.plan} onClose={() => setEditing(false)} />}
    </Card>
  );
}
