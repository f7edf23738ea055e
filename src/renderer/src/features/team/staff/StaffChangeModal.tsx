// Recording 末位淘汰 or 离职: the dialog says what it does (status changes, grid assignments end on that day, the
// worker stays in the history) before it is confirmed; the date and the reason are both required.
import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import type { StaffRow } from '../../../../../shared/contract/team';
import type { StaffChange } from '../../../../../shared/domain/gridTeam';
import { useMutationProc } from '../../../api/hooks';
import { FormModal, useSaveAndClose } from '../../../components/FormModal';
import { zodRule } from '../../../components/zodRule';
import { dateOf, isFutureDay } from '../../party/members/partyFormat';
import { teamQueries } from '../teamQueries';

interface ChangeValues {
  date?: Dayjs;
  reason?: string;
}

const fields = contract['team.changeStaff'].input.shape;

export function StaffChangeModal({
  worker,
  change,
  onClose,
}: {
  worker: StaffRow;
  change: StaffChange | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ChangeValues>();
  const changeStaff = useMutationProc('team.changeStaff', { invalidates: teamQueries });
  const save = useSaveAndClose(form, onClose);
  const label = change ? t(`staffChanges.${change}`) : '';

  const submit = (values: ChangeValues) =>
    save(async () => {
      if (!change) return '';
      const saved = await changeStaff.mutateAsync({
        id: worker.id,
        version: worker.version,
        change,
        date: dateOf(values.date) ?? '',
        reason: values.reason?.trim() ?? '',
      });
      return t('teamStaff.change.done', { name: saved.name, change: label });
    });

  return (
    <FormModal
      form={form}
      open={change !== null}
      title={t('teamStaff.change.title', { change: label, name: worker.name })}
      okText={label}
      okButtonProps={{ danger: true }}
      onClose={onClose}
      pending={changeStaff.isPending}
      width={500}
    >
      {change && (
        <Alert
          type="warning"
          showIcon
          className="staff-change-note"
          title={t(`teamStaff.change.explain.${change}`, { name: worker.name })}
          description={
            worker.grids.length > 0
              ? t('teamStaff.change.gridsEnd', { grids: worker.grids.join(t('common.listSeparator')) })
              : t('teamStaff.change.noGrids')
          }
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ date: dayjs() }}>
        <Form.Item
          name="date"
          label={t('teamStaff.change.date')}
          rules={[{ required: true, message: t('form.required') }]}
          extra={t('teamStaff.change.dateHint', { startedOn: worker.startedOn })}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => isFutureDay(day) || day.format('YYYY-MM-DD') < worker.startedOn}
          />
        </Form.Item>
        <Form.Item required name="reason" label={t('teamStaff.change.reason')} rules={[zodRule(fields.reason, t)]}>
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('teamStaff.change.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
