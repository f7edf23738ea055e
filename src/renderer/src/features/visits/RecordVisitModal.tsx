// Recording a home visit: its type, the day (today unless said otherwise), whom was met, what was found, whether to follow up.
import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ResidentSummary } from '../../../../shared/contract/residents';
import { type VisitType, visitTypes } from '../../../../shared/domain/residents';
import { useMutationProc, useQueryProc } from '../../api/hooks';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import './visits.css';

export interface VisitTarget {
  householdId: number;
  address: string;
  /** The members to offer under "people met"; fetched with the household file when not given. */
  members?: ResidentSummary[];
}

interface VisitValues {
  type: VisitType;
  visitDate: Dayjs;
  peopleMet: string[];
  findings?: string;
  followUpNeeded: boolean;
}

const peopleSeparator = '、';

export function RecordVisitModal({ target, onClose }: { target: VisitTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<VisitValues>();
  const save = useSaveAndClose(form, onClose);
  const file = useQueryProc(
    'households.get',
    { id: target?.householdId ?? 0 },
    { enabled: target !== null && !target.members },
  );
  const members = target?.members ?? file.data?.members ?? [];
  const record = useMutationProc('visits.record', {
    invalidates: ['households.get', 'households.list', 'visits.unvisited', 'visits.coverage'],
  });

  const submit = async (values: VisitValues) => {
    if (!target) return;
    await save(async () => {
      await record.mutateAsync({
        householdId: target.householdId,
        type: values.type,
        visitDate: values.visitDate.format('YYYY-MM-DD'),
        peopleMet: values.peopleMet.join(peopleSeparator),
        findings: values.findings ?? '',
        followUpNeeded: values.followUpNeeded,
      });
      return t('visitForm.recorded');
    });
  };

  return (
    <FormModal
      form={form}
      open={target !== null}
      title={target ? t('visitForm.title', { address: target.address }) : ''}
      onClose={onClose}
      pending={record.isPending}
      width={600}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ type: 'routine', visitDate: dayjs(), peopleMet: [], followUpNeeded: false }}
      >
        <div className="visit-form-row">
          <Form.Item name="type" label={t('visitForm.type')} rules={[{ required: true, message: t('form.required') }]}>
            <Select options={visitTypes.map((type) => ({ value: type, label: t(`visitTypes.${type}`) }))} />
          </Form.Item>
          <Form.Item
            name="visitDate"
            label={t('visitForm.date')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </div>
        <Form.Item name="peopleMet" label={t('visitForm.peopleMet')}>
          <Select
            mode="tags"
            placeholder={t('visitForm.peopleMetPlaceholder')}
            options={members.map((member) => ({ value: member.name, label: member.name }))}
            tokenSeparators={[',', '，', peopleSeparator]}
          />
        </Form.Item>
        <Form.Item name="findings" label={t('visitForm.findings')}>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('visitForm.findingsPlaceholder')} />
        </Form.Item>
        <Form.Item name="followUpNeeded" valuePropName="checked">
          <Checkbox>{t('visitForm.followUpNeeded')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
