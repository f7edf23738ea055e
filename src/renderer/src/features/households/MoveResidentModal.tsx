// Moving a resident to another household, found by typing part of its address, with their relation to its head.
import { Empty, Form, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentSummary } from '../../../../shared/contract/residents';
import { type RelationToHead, relationsToHead } from '../../../../shared/domain/residents';
import { useMutationProc, useQueryProc } from '../../api/hooks';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { registerQueries } from './registerQueries';

interface MoveValues {
  householdId: number;
  relationToHead: RelationToHead;
}

export function MoveResidentModal({
  resident,
  fromHouseholdId,
  onClose,
}: {
  resident: ResidentSummary | null;
  fromHouseholdId: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MoveValues>();
  const save = useSaveAndClose(form, onClose);
  const [typed, setTyped] = useState('');
  const address = useDebouncedValue(typed.trim(), 200);
  const current = useQueryProc('residents.get', { id: resident?.id ?? 0 }, { enabled: resident !== null });
  const targets = useQueryProc('households.list', { address, limit: 20 }, { enabled: address.length > 0 });
  const move = useMutationProc('residents.move', { invalidates: registerQueries });
  const options = (targets.data?.rows ?? [])
    .filter((row) => row.id !== fromHouseholdId)
    .map((row) => ({ value: row.id, label: `${row.address} · ${row.gridPath}`, address: row.address }));

  const submit = async (values: MoveValues) => {
    if (!resident || !current.data) return;
    await save(async () => {
      await move.mutateAsync({ id: resident.id, version: current.data?.version ?? 0, ...values });
      const target = options.find((option) => option.value === values.householdId);
      return t('moveResident.moved', { name: resident.name, address: target?.address ?? '' });
    });
  };

  return (
    <FormModal
      form={form}
      open={resident !== null}
      title={resident ? t('moveResident.title', { name: resident.name }) : ''}
      onClose={onClose}
      okButtonProps={{ disabled: !current.data }}
      pending={move.isPending}
      onClosed={() => setTyped('')}
    >
      {current.isPending ? (
        <Skeleton active />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="householdId"
            label={t('moveResident.target')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              showSearch={{ filterOption: false, onSearch: setTyped }}
              placeholder={t('moveResident.targetPlaceholder')}
              options={options}
              loading={targets.isFetching}
              notFoundContent={
                address ? (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('moveResident.noTarget', { text: address })}
                  />
                ) : null
              }
            />
          </Form.Item>
          <Form.Item
            name="relationToHead"
            label={t('moveResident.relation')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={relationsToHead.map((value) => ({ value, label: t(`relationsToHead.${value}`) }))} />
          </Form.Item>
        </Form>
      )}
    </FormModal>
  );
}
