// Recording a member's community service: the day, what they did, and the hours in half hours.
import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import type { MemberDetail } from '../../../../../shared/contract/party';
import { maxServiceHoursPerRecord, serviceHoursStep } from '../../../../../shared/domain/party';
import { useMutationProc } from '../../../api/hooks';
import { FormModal, useSaveAndClose } from '../../../components/FormModal';
import { zodRule } from '../../../components/zodRule';
import { partyQueries } from '../partyQueries';
import { dateOf, isFutureDay } from './partyFormat';

interface ServiceValues {
  servedOn?: Dayjs;
  activity: string;
  hours?: number;
}

const fields = contract['party.recordService'].input.shape;

export function RecordServiceModal({ member, onClose }: { member: MemberDetail | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ServiceValues>();
  const record = useMutationProc('party.recordService', { invalidates: partyQueries });
  const save = useSaveAndClose(form, onClose);

  const submit = (values: ServiceValues) =>
    save(async () => {
      const saved = await record.mutateAsync({
        memberId: member?.id ?? 0,
        servedOn: dateOf(values.servedOn) ?? '',
        activity: values.activity,
        hours: values.hours ?? 0,
      });
      return t('partyRoster.serviceRecorded', { name: saved.memberName, hours: saved.hours });
    });

  return (
    <FormModal
      form={form}
      open={member !== null}
      title={t('partyRoster.recordServiceTitle', { name: member?.name ?? '' })}
      onClose={onClose}
      pending={record.isPending}
      width={480}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ servedOn: dayjs(), hours: 2 }}>
        <Form.Item
          name="servedOn"
          label={t('partyRoster.servedOn')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
        </Form.Item>
        <Form.Item name="activity" label={t('partyRoster.activity')} required rules={[zodRule(fields.activity, t)]}>
          <Input maxLength={100} autoFocus placeholder={t('partyRoster.activityPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="hours"
          label={t('partyRoster.hours')}
          required
          rules={[zodRule(fields.hours, t)]}
          extra={t('partyRoster.hoursHint')}
        >
          <InputNumber
            min={serviceHoursStep}
            max={maxServiceHoursPerRecord}
            step={serviceHoursStep}
            precision={1}
            suffix={t('partyRoster.hoursUnit')}
            style={{ width: 160 }}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
