// Recording a dated change on a member: 转正, 转出 (where to, in the note) or 登记去世. The dialog says what the
// change does before it is confirmed; it is kept in the member's history and counted by the monthly report.
import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '../../../../../shared/contract/party';
import type { MemberChange } from '../../../../../shared/domain/party';
import { useMutationProc } from '../../../api/hooks';
import { FormModal, useSaveAndClose } from '../../../components/FormModal';
import { partyQueries } from '../partyQueries';
import { dateOf, isFutureDay } from './partyFormat';

interface ChangeValues {
  date?: Dayjs;
  note?: string;
}

export function MemberChangeModal({
  member,
  change,
  onClose,
}: {
  member: MemberRow;
  change: MemberChange | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ChangeValues>();
  const changeMember = useMutationProc('party.changeMember', { invalidates: partyQueries });
  const save = useSaveAndClose(form, onClose);
  const leaving = change === 'transfer_out' || change === 'deceased';

  const submit = (values: ChangeValues) =>
    save(async () => {
      if (!change) return '';
      const saved = await changeMember.mutateAsync({
        id: member.id,
        version: member.version,
        change,
        date: dateOf(values.date) ?? '',
        note: values.note ?? '',
      });
      return t('partyRoster.changed', { name: saved.name, change: t(`memberChanges.${change}`) });
    });

  return (
    <FormModal
      form={form}
      open={change !== null}
      title={change ? t('partyRoster.changeTitle', { change: t(`memberChanges.${change}`), name: member.name }) : ''}
      okText={change ? t(`memberChanges.${change}`) : undefined}
      okButtonProps={{ danger: leaving }}
      onClose={onClose}
      pending={changeMember.isPending}
      width={480}
    >
      {change && (
        <Alert
          type={leaving ? 'warning' : 'info'}
          showIcon
          className="roster-note"
          title={t(`partyRoster.changeExplain.${change}`, { name: member.name })}
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ date: dayjs() }}>
        <Form.Item
          name="date"
          label={t('partyRoster.changeDate')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
        </Form.Item>
        <Form.Item
          name="note"
          label={change === 'transfer_out' ? t('partyRoster.transferTo') : t('partyRoster.note')}
          rules={change === 'transfer_out' ? [{ required: true, message: t('partyRoster.transferToRequired') }] : []}
        >
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
