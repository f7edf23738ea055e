// Editing a worker's particulars (employment kind, position, phone), guarded by the version they were read at.
import { Form } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRow } from '../../../../../shared/contract/team';
import { useMutationProc } from '../../../api/hooks';
import { FormModal, useSaveAndClose } from '../../../components/FormModal';
import { teamQueries } from '../teamQueries';
import { StaffDetailsFields, type StaffDetailsValues, staffDetailsInput } from './StaffDetailsFields';

export function EditStaffModal({ worker, onClose }: { worker: StaffRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StaffDetailsValues>();
  const update = useMutationProc('team.updateStaff', { invalidates: teamQueries });
  const save = useSaveAndClose(form, onClose);

  useEffect(() => {
    if (worker) {
      form.setFieldsValue({
        employment: worker.employment,
        position: worker.position ?? '',
        phone: worker.phone ?? '',
      });
    }
  }, [worker, form]);

  const submit = (values: StaffDetailsValues) =>
    save(async () => {
      if (!worker) return '';
      const saved = await update.mutateAsync({ id: worker.id, version: worker.version, ...staffDetailsInput(values) });
      return t('teamStaff.form.updated', { name: saved.name });
    });

  return (
    <FormModal
      form={form}
      open={worker !== null}
      title={worker ? t('teamStaff.form.editTitle', { name: worker.name }) : ''}
      onClose={onClose}
      pending={update.isPending}
      width={520}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <StaffDetailsFields />
      </Form>
    </FormModal>
  );
}
