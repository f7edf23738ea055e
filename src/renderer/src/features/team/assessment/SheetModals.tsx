// The manager's entries on a score sheet: a manual item's points (0 to its weight, in tenths) and a deduction with
// its reason (positive, in tenths). The server checks both again and its refusals land on the fields.
import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoreSheet } from '../../../../../shared/contract/team';
import { useMutationProc } from '../../../api/hooks';
import { FormModal, useSaveAndClose } from '../../../components/FormModal';
import { teamQueries } from '../teamQueries';
import { itemName, pointsText, type ScoreLine } from './assessmentFormat';

export function ManualPointsModal({
  sheet,
  line,
  onClose,
}: {
  sheet: ScoreSheet;
  line: ScoreLine | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ points: number }>();
  const setPoints = useMutationProc('team.setManualPoints', { invalidates: teamQueries });
  const saveAndClose = useSaveAndClose(form, onClose);
  const name = line ? itemName(line, t) : '';
  const onFinish = ({ points }: { points: number }) =>
    line &&
    saveAndClose(async () => {
      await setPoints.mutateAsync({ month: sheet.month, staffId: sheet.staffId, itemKey: line.key, points });
      return t('teamAssessment.manual.saved', { item: name, points: pointsText(points) });
    });
  return (
    <FormModal
      form={form}
      open={line !== null}
      onClose={onClose}
      pending={setPoints.isPending}
      title={t('teamAssessment.manual.title', { item: name })}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ points: line?.basis === 'manual' ? line.points : undefined }}
      >
        <Form.Item
          name="points"
          label={t('teamAssessment.manual.points', { max: line?.max ?? 0 })}
          rules={[{ required: true, message: t('teamAssessment.manual.points', { max: line?.max ?? 0 }) }]}
        >
          <InputNumber
            autoFocus
            onPressEnter={() => form.submit()}
            min={0}
            max={line?.max}
            step={0.1}
            precision={1}
            style={{ width: 160 }}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

export function DeductionModal({ sheet, open, onClose }: { sheet: ScoreSheet; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string; points: number }>();
  const add = useMutationProc('team.addDeduction', { invalidates: teamQueries });
  const saveAndClose = useSaveAndClose(form, onClose);
  const onFinish = ({ reason, points }: { reason: string; points: number }) =>
    saveAndClose(async () => {
      await add.mutateAsync({ month: sheet.month, staffId: sheet.staffId, reason, points });
      return t('teamAssessment.deduction.saved', { points: pointsText(points) });
    });
  return (
    <FormModal
      form={form}
      open={open}
      onClose={onClose}
      pending={add.isPending}
      title={t('teamAssessment.deduction.title', { name: sheet.name })}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="reason"
          label={t('teamAssessment.deduction.reason')}
          rules={[{ required: true, whitespace: true, message: t('teamAssessment.deduction.reason') }]}
        >
          <Input
            autoFocus
            onPressEnter={() => form.submit()}
            maxLength={200}
            placeholder={t('teamAssessment.deduction.reasonPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="points"
          label={t('teamAssessment.deduction.points')}
          rules={[{ required: true, message: t('teamAssessment.deduction.points') }]}
        >
          <InputNumber
            onPressEnter={() => form.submit()}
            min={0.1}
            max={100}
            step={0.1}
            precision={1}
            style={{ width: 160 }}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
