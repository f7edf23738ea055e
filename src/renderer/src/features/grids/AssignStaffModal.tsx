// Putting a person on a grid with a duty: someone already on file (searched by name) or a new person.
import { keepPreviousData } from '@tanstack/react-query';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { GridNode } from '../../../../shared/contract/grids';
import { type GridLevel, type StaffDuty, staffDuties } from '../../../../shared/domain/gridLevels';
import { useQueryProc } from '../../api/hooks';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { zodRule } from '../../components/zodRule';
import { useGridMutation } from './useGridMutation';

interface AssignValues {
  duty: StaffDuty;
  who: 'existing' | 'new';
  staffId?: number;
  name?: string;
  phone?: string;
  since?: Dayjs;
}

/** The duty most often added at each level, so the usual case is one click shorter. */
const usualDuty: Record<GridLevel, StaffDuty> = {
  street: 'cadre',
  community: 'cadre',
  grid: 'full_time',
  micro_grid: 'info_officer',
};

const fields = contract['grids.assignStaff'].input.shape;

export function AssignStaffModal({ grid, onClose }: { grid: GridNode | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssignValues>();
  const save = useSaveAndClose(form, onClose);
  const who = Form.useWatch('who', form) ?? 'existing';
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const assign = useGridMutation('grids.assignStaff');

  // Waits for a pause in typing so a name is searched once, not once per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);

  const directory = useQueryProc(
    'grids.staffDirectory',
    { search },
    { enabled: grid !== null && who === 'existing', placeholderData: keepPreviousData },
  );

  const submit = async (values: AssignValues) => {
    if (!grid) return;
    const since = values.since?.format('YYYY-MM-DD');
    await save(async () => {
      const assignment = await assign.mutateAsync(
        values.who === 'existing'
          ? { gridId: grid.id, duty: values.duty, since, staffId: values.staffId }
          : { gridId: grid.id, duty: values.duty, since, name: values.name, phone: values.phone || undefined },
      );
      return t('grids.staff.added', { name: assignment.name });
    });
  };

  return (
    <FormModal
      form={form}
      open={grid !== null}
      title={grid ? t('grids.staff.addTitle', { grid: grid.name }) : ''}
      onClose={onClose}
      pending={assign.isPending}
      onClosed={() => setTyped('')}
    >
      {grid && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ who: 'existing', duty: usualDuty[grid.level] }}
        >
          <Form.Item
            name="duty"
            label={t('grids.staff.duty')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={staffDuties.map((duty) => ({ value: duty, label: t(`staffDuties.${duty}`) }))} />
          </Form.Item>
          <Form.Item name="who" label={t('grids.staff.who')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'existing', label: t('grids.staff.existing') },
                { value: 'new', label: t('grids.staff.newPerson') },
              ]}
            />
          </Form.Item>
          {who === 'existing' ? (
            <Form.Item
              name="staffId"
              label={t('grids.staff.name')}
              rules={[{ required: true, message: t('validation.staffOrName') }]}
            >
              <Select
                showSearch={{ filterOption: false, onSearch: setTyped }}
                placeholder={t('grids.staff.pickPlaceholder')}
                loading={directory.isFetching}
                notFoundContent={directory.isFetching ? null : t('grids.staff.pickEmpty')}
                options={(directory.data ?? []).map((person) => ({
                  value: person.id,
                  label: person.phone ? `${person.name}（${person.phone}）` : person.name,
                }))}
              />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="name" label={t('grids.staff.name')} required rules={[zodRule(fields.name, t)]}>
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item name="phone" label={t('grids.staff.phone')} rules={[zodRule(fields.phone, t)]}>
                <Input inputMode="tel" maxLength={20} />
              </Form.Item>
            </>
          )}
          <Form.Item name="since" label={t('grids.staff.since')} extra={t('grids.staff.sinceHint')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      )}
    </FormModal>
  );
}
