// Editing the plan: each item's weight (and the inspection target), hand-scored items added by name or removed,
// data items removed or restored, grade thresholds and the bottom count. The live total turns red unless it is 100;
// the server's verdict (planProblems) is shown as it comes.
import { Alert, App, Button, Flex, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentPlanInput } from '../../../../../shared/contract/team';
import { assessmentMetrics, defaultAssessmentPlan } from '../../../../../shared/domain/assessment';
import { useMutationProc } from '../../../api/hooks';
import { describeError } from '../../../i18n/describeError';
import { teamQueries } from '../teamQueries';
import { itemName } from './assessmentFormat';
import { planProblemTexts } from './planProblemText';

type PlanItem = AssessmentPlanInput['items'][number];

/** A key for a new hand-scored item: a plain identifier not yet in the plan. */
function freshKey(items: PlanItem[]): string {
  let n = 1;
  while (items.some((item) => item.key === `manual${n}`)) n += 1;
  return `manual${n}`;
}

export function PlanEditor({ open, plan, onClose }: { open: boolean; plan: AssessmentPlanInput; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [draft, setDraft] = useState(plan);
  const [label, setLabel] = useState('');
  const save = useMutationProc('team.saveAssessmentPlan', { invalidates: teamQueries });
  useEffect(() => {
    if (open) {
      setDraft(plan);
      setLabel('');
      save.reset();
    }
  }, [open, plan, save.reset]);

  const items = draft.items;
  const sum = items.reduce((total, item) => total + (item.weight || 0), 0);
  const problems = planProblemTexts(draft, t);
  const setItem = (key: string, change: Partial<PlanItem>) =>
    setDraft({ ...draft, items: items.map((item) => (item.key === key ? { ...item, ...change } : item)) });
  const remove = (key: string) => setDraft({ ...draft, items: items.filter((item) => item.key !== key) });
  const missing = assessmentMetrics.filter((metric) => !items.some((item) => item.metric === metric));
  const restore = (metric: (typeof assessmentMetrics)[number]) => {
    const original = defaultAssessmentPlan.items.find((item) => item.metric === metric);
    if (!original || items.some((item) => item.key === original.key)) return;
    setDraft({ ...draft, items: [...items, { ...original, weight: 0, label: null }] });
  };
  const addManual = () => {
    if (!label.trim()) return;
    const item: PlanItem = {
      key: freshKey(items),
      weight: 0,
      source: 'manual',
      metric: null,
      inspectionTarget: null,
      label: label.trim(),
    };
    setDraft({ ...draft, items: [...items, item] });
    setLabel('');
  };
  const submit = () =>
    save.mutate(
      { plan: draft },
      {
        onSuccess: () => {
          message.success(t('teamAssessment.plan.saved'));
          onClose();
        },
      },
    );

  const columns: ColumnsType<PlanItem> = [
    {
      key: 'item',
      title: t('teamAssessment.plan.item'),
      render: (_, item) =>
        item.source === 'manual' ? (
          <Input
            size="small"
            aria-label={t('teamAssessment.plan.manualLabel')}
            value={item.label ?? ''}
            maxLength={30}
            onChange={(event) => setItem(item.key, { label: event.target.value })}
          />
        ) : (
          itemName(item, t)
        ),
    },
    {
      key: 'weight',
      title: t('teamAssessment.plan.weight'),
      width: 100,
      render: (_, item) => (
        <InputNumber
          size="small"
          aria-label={`${itemName(item, t)} ${t('teamAssessment.plan.weight')}`}
          min={0}
          max={100}
          precision={0}
          value={item.weight}
          onChange={(value) => setItem(item.key, { weight: value ?? 0 })}
        />
      ),
    },
    {
      key: 'basis',
      title: t('teamAssessment.plan.basis'),
      width: 220,
      render: (_, item) =>
        item.metric === 'inspections' ? (
          <InputNumber
            size="small"
            aria-label={t('teamAssessment.plan.target')}
            addonAfter={t('teamAssessment.plan.targetUnit')}
            min={1}
            max={200}
            precision={0}
            value={item.inspectionTarget}
            onChange={(value) => setItem(item.key, { inspectionTarget: value })}
            style={{ width: 140 }}
          />
        ) : (
          t(`itemSources.${item.source}`)
        ),
    },
    {
      key: 'remove',
      width: 70,
      render: (_, item) => (
        <Button type="link" size="small" danger onClick={() => remove(item.key)} disabled={items.length <= 1}>
          {t('teamAssessment.plan.remove')}
        </Button>
      ),
    },
  ];

  const grade = (which: keyof AssessmentPlanInput['grades']) => (
    <InputNumber
      aria-label={t(`assessmentGrades.${which}`)}
      addonBefore={t(`assessmentGrades.${which}`)}
      min={1}
      max={100}
      value={draft.grades[which]}
      onChange={(value) => setDraft({ ...draft, grades: { ...draft.grades, [which]: value ?? 0 } })}
      style={{ width: 130 }}
    />
  );

  return (
    <Modal
      open={open}
      width={760}
      title={t('teamAssessment.plan.editorTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: problems.length > 0 || sum !== 100 }}
      destroyOnHidden
    >
      <Table<PlanItem> rowKey="key" size="small" columns={columns} dataSource={items} pagination={false} />
      <Flex justify="space-between" align="center" className="assessment-plan-sum" wrap gap={8}>
        <Typography.Text strong type={sum === 100 ? 'success' : 'danger'} aria-live="polite">
          {t('teamAssessment.plan.sum', { sum })}
        </Typography.Text>
        {sum !== 100 && <Typography.Text type="danger">{t('teamAssessment.plan.sumHint')}</Typography.Text>}
      </Flex>
      <Flex gap={8} wrap className="assessment-plan-add">
        <Space.Compact>
          <Input
            aria-label={t('teamAssessment.plan.manualLabel')}
            placeholder={t('teamAssessment.plan.manualLabelPlaceholder')}
            maxLength={30}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            onPressEnter={addManual}
            style={{ width: 200 }}
          />
          <Button onClick={addManual} disabled={!label.trim() || items.length >= 20}>
            {t('teamAssessment.plan.addManual')}
          </Button>
        </Space.Compact>
        {missing.length > 0 && (
          <Select
            aria-label={t('teamAssessment.plan.addData')}
            placeholder={t('teamAssessment.plan.addData')}
            value={null}
            style={{ width: 200 }}
            onChange={restore}
            options={missing.map((metric) => ({ value: metric, label: t(`assessmentMetrics.${metric}`) }))}
          />
        )}
      </Flex>
      <Flex gap={8} wrap align="center" className="assessment-plan-add">
        <Typography.Text>{t('teamAssessment.plan.grades')}</Typography.Text>
        {grade('excellent')}
        {grade('good')}
        {grade('pass')}
        <InputNumber
          aria-label={t('teamAssessment.plan.bottomCount')}
          addonBefore={t('teamAssessment.plan.bottomCount')}
          min={0}
          max={20}
          precision={0}
          value={draft.bottomCount}
          onChange={(value) => setDraft({ ...draft, bottomCount: value ?? 0 })}
          style={{ width: 150 }}
        />
      </Flex>
      {problems.length > 0 && (
        <Alert
          className="assessment-plan-add"
          type="warning"
          showIcon
          message={
            <ul className="assessment-plan-problems">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          }
        />
      )}
      {save.isError && (
        <Alert className="assessment-plan-add" type="error" showIcon message={describeError(save.error, t)} />
      )}
    </Modal>
  );
}
