// Recording that a resident moved out or died: a date and a note, confirmed; the record stays as a former member.
import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { ResidentSummary } from '../../../../shared/contract/residents';
import { useMutationProc, useQueryProc } from '../../api/hooks';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { zodRule } from '../../components/zodRule';
import { registerQueries } from './registerQueries';

export type LeaveKind = 'moveOut' | 'deceased';

interface LeaveValues {
  date: Dayjs;
  note?: string;
}

const texts = {
  moveOut: {
    title: 'leaveRegister.moveOutTitle',
    date: 'leaveRegister.moveOutDate',
    hint: 'leaveRegister.moveOutHint',
    ok: 'leaveRegister.confirmMoveOut',
    done: 'leaveRegister.movedOut',
  },
  deceased: {
    title: 'leaveRegister.deceasedTitle',
    date: 'leaveRegister.deceasedDate',
    hint: 'leaveRegister.deceasedHint',
    ok: 'leaveRegister.confirmDeceased',
    done: 'leaveRegister.markedDeceased',
  },
} as const;

export function LeaveRegisterModal({
  leaving,
  onClose,
}: {
  leaving: { resident: ResidentSummary; kind: LeaveKind } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LeaveValues>();
  const save = useSaveAndClose(form, onClose);
  const resident = leaving?.resident ?? null;
  const current = useQueryProc('residents.get', { id: resident?.id ?? 0 }, { enabled: resident !== null });
  const moveOut = useMutationProc('residents.moveOut', { invalidates: registerQueries });
  const markDeceased = useMutationProc('residents.markDeceased', { invalidates: registerQueries });
  const text = texts[leaving?.kind ?? 'moveOut'];

  const submit = async (values: LeaveValues) => {
    if (!leaving || !current.data) return;
    const input = {
      id: leaving.resident.id,
      version: current.data.version,
      date: values.date.format('YYYY-MM-DD'),
      note: values.note || undefined,
    };
    await save(async () => {
      await (leaving.kind === 'moveOut' ? moveOut : markDeceased).mutateAsync(input);
      return t(text.done, { name: leaving.resident.name });
    });
  };

  return (
    <FormModal
      form={form}
      open={leaving !== null}
      title={resident ? t(text.title, { name: resident.name }) : ''}
      okText={t(text.ok)}
      okButtonProps={{ danger: leaving?.kind === 'deceased', disabled: !current.data }}
      onClose={onClose}
      pending={moveOut.isPending || markDeceased.isPending}
    >
      <Alert type="warning" showIcon title={t(text.hint)} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ date: dayjs() }}>
        <Form.Item name="date" label={t(text.date)} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker
            disabledDate={(day) =>
              day.isAfter(dayjs(), 'day') ||
              Boolean(resident?.birthDate && day.isBefore(dayjs(resident.birthDate), 'day'))
            }
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('leaveRegister.note')}
          rules={[zodRule(contract['residents.moveOut'].input.shape.note, t)]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
