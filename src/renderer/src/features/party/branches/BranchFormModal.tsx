// Setting up a branch or changing its facts: name, brand name, the grid it is built on, founding date and the
// secretary account that keeps it.
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import type { BranchDetail } from '../../../../../shared/contract/party';
import { useMutationProc } from '../../../api/hooks';
import { FormModal, useSaveAndClose } from '../../../components/FormModal';
import { GridTreeSelect } from '../../../components/GridTreeSelect';
import { zodRule } from '../../../components/zodRule';
import { dateOf, dayOf, isFutureDay } from '../members/partyFormat';
import { partyQueries } from '../partyQueries';
import { SecretaryAccountSelect } from './SecretaryAccountField';

export type BranchFormMode = { kind: 'create' } | { kind: 'edit'; branch: BranchDetail };

interface BranchValues {
  name: string;
  brandName?: string;
  gridId?: number;
  foundedOn?: Dayjs;
  secretaryUserId?: number | null;
}

const fields = contract['party.createBranch'].input.shape;

export function BranchFormModal({ mode, onClose }: { mode: BranchFormMode | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BranchValues>();
  const create = useMutationProc('party.createBranch', { invalidates: partyQueries });
  const update = useMutationProc('party.updateBranch', { invalidates: partyQueries });
  const save = useSaveAndClose(form, onClose);
  const editing = mode?.kind === 'edit' ? mode.branch : null;

  useEffect(() => {
    if (editing) {
      form.setFieldsValue({
        name: editing.name,
        brandName: editing.brandName ?? '',
        gridId: editing.gridId,
        foundedOn: dayOf(editing.foundedOn),
        secretaryUserId: editing.secretaryUserId,
      });
    }
  }, [editing, form]);

  const submit = (values: BranchValues) =>
    save(async () => {
      const input = {
        name: values.name,
        brandName: values.brandName || undefined,
        gridId: values.gridId ?? 0,
        foundedOn: dateOf(values.foundedOn) ?? '',
        secretaryUserId: values.secretaryUserId ?? null,
      };
      const saved = editing
        ? await update.mutateAsync({ id: editing.id, version: editing.version, ...input })
        : await create.mutateAsync(input);
      return t(editing ? 'partyBranchesPage.updated' : 'partyBranchesPage.created', { name: saved.name });
    });

  return (
    <FormModal
      form={form}
      open={mode !== null}
      title={editing ? t('partyBranchesPage.editTitle', { name: editing.name }) : t('partyBranchesPage.createTitle')}
      onClose={onClose}
      pending={create.isPending || update.isPending}
      width={560}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ secretaryUserId: null }}>
        <Form.Item name="name" label={t('partyBranchesPage.branchName')} required rules={[zodRule(fields.name, t)]}>
          <Input maxLength={60} autoFocus placeholder={t('partyBranchesPage.branchNamePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="brandName"
          label={t('partyBranchesPage.brandName')}
          rules={[zodRule(fields.brandName, t)]}
          extra={t('partyBranchesPage.brandNameHint')}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="gridId"
          label={t('partyBranchesPage.grid')}
          rules={[{ required: true, message: t('form.required') }]}
          extra={t('partyBranchesPage.gridHint')}
        >
          <GridTreeSelect placeholder={t('partyBranchesPage.gridPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="foundedOn"
          label={t('partyBranchesPage.foundedOn')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
        </Form.Item>
        <Form.Item
          name="secretaryUserId"
          label={t('partyBranchesPage.secretaryAccount')}
          extra={t('partyBranchesPage.accountHint')}
        >
          <SecretaryAccountSelect />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
