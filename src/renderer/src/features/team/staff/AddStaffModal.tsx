// Putting someone on the team roster: a person already serving on a grid (team.candidates) or a new one by name,
// with employment kind, position, phone and the day they started (their history's "joined" entry).
import { DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import type { StaffRow } from '../../../../../shared/contract/team';
import { useMutationProc, useQueryProc } from '../../../api/hooks';
import { FormModal, useSaveAndClose } from '../../../components/FormModal';
import { zodRule } from '../../../components/zodRule';
import { dateOf } from '../../party/members/partyFormat';
import { teamQueries } from '../teamQueries';
import { StaffDetailsFields, type StaffDetailsValues, staffDetailsInput } from './StaffDetailsFields';

interface AddValues extends StaffDetailsValues {
  who: 'existing' | 'new';
  staffId?: number;
  name?: string;
  startedOn?: Dayjs;
}

const fields = contract['team.addStaff'].input.shape;

export function AddStaffModal({
  open,
  onClose,
  onAdded,
}: {
  open: boolean;
  onClose: () => void;
  onAdded: (worker: StaffRow) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AddValues>();
  const candidates = useQueryProc('team.candidates', {}, { enabled: open });
  const add = useMutationProc('team.addStaff', { invalidates: teamQueries });
  const save = useSaveAndClose(form, onClose);
  const who: AddValues['who'] = Form.useWatch('who', form) ?? 'existing';
  const options = (candidates.data?.rows ?? []).map((c) => ({
    value: c.id,
    label: c.name,
    grids: c.grids,
  }));

  const submit = (values: AddValues) =>
    save(async () => {
      const added = await add.mutateAsync({
        ...(values.who === 'existing' ? { staffId: values.staffId } : { name: values.name?.trim() }),
        startedOn: dateOf(values.startedOn) ?? '',
        ...staffDetailsInput(values),
      });
      onAdded(added);
      return t('teamStaff.form.added', { name: added.name });
    });

  return (
    <FormModal
      form={form}
      open={open}
      title={t('teamStaff.form.addTitle')}
      okText={t('teamStaff.add')}
      onClose={onClose}
      pending={add.isPending}
      width={560}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ who: 'existing', employment: 'full_time', startedOn: dayjs() }}
      >
        <Form.Item name="who" label={t('teamStaff.form.who')}>
          <Radio.Group
            options={[
              { value: 'existing', label: t('teamStaff.form.whoExisting') },
              { value: 'new', label: t('teamStaff.form.whoNew') },
            ]}
          />
        </Form.Item>
        {who === 'existing' ? (
          <Form.Item
            name="staffId"
            label={t('teamStaff.form.person')}
            rules={[{ required: true, message: t('teamStaff.form.personRequired') }]}
            extra={
              candidates.data?.rows.length === 0 ? t('teamStaff.form.noCandidates') : t('teamStaff.form.personHint')
            }
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={candidates.isPending}
              placeholder={t('teamStaff.form.personPlaceholder')}
              options={options}
              optionRender={(option) => (
                <span>
                  {option.data.label}
                  <Typography.Text type="secondary" className="staff-candidate-grids">
                    {option.data.grids.join(t('common.listSeparator'))}
                  </Typography.Text>
                </span>
              )}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="name"
            label={t('teamStaff.form.name')}
            rules={[{ required: true, message: t('form.required') }, zodRule(fields.name, t)]}
          >
            <Input maxLength={40} />
          </Form.Item>
        )}
        <Form.Item
          name="startedOn"
          label={t('teamStaff.form.startedOn')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <StaffDetailsFields />
      </Form>
    </FormModal>
  );
}
