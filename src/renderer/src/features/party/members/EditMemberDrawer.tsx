// Editing a member's contact, kind (with its details) and declared income; standing and status change only
// through dated changes (MemberChangeModal).
import { App, Button, Drawer, Flex, Form } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '../../../../../shared/contract/party';
import { useMutationProc } from '../../../api/hooks';
import { useErrorReporter } from '../../../components/useErrorReporter';
import { partyQueries } from '../partyQueries';
import { detailsOf, detailValuesOf, MemberDetailsFields, type MemberDetailValues } from './MemberDetailsFields';

export function EditMemberDrawer({ member, onClose }: { member: MemberRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={member !== null}
      onClose={onClose}
      title={t('partyRoster.editTitle', { name: member?.name ?? '' })}
      size={600}
      destroyOnHidden
    >
      {member && <EditMemberForm member={member} onClose={onClose} />}
    </Drawer>
  );
}

function EditMemberForm({ member, onClose }: { member: MemberRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [form] = Form.useForm<MemberDetailValues>();
  const update = useMutationProc('party.updateMember', { invalidates: partyQueries });

  useEffect(() => {
    form.setFieldsValue(detailValuesOf(member));
  }, [member, form]);

  const submit = async (values: MemberDetailValues) => {
    try {
      const saved = await update.mutateAsync({ id: member.id, version: member.version, ...detailsOf(values) });
      message.success(t('partyRoster.updated', { name: saved.name }));
      onClose();
    } catch (error) {
      report(error, form);
    }
  };

  return (
    <Form<MemberDetailValues> form={form} layout="vertical" onFinish={submit} initialValues={detailValuesOf(member)}>
      <MemberDetailsFields form={form} />
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
