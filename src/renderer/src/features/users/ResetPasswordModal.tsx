// Giving a user a new password when they have forgotten theirs; their open sessions end.
import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../shared/contract/users';
import { useMutationProc } from '../../api/hooks';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { NewPasswordFields } from '../../components/NewPasswordFields';

export function ResetPasswordModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string; confirmPassword: string }>();
  const save = useSaveAndClose(form, onClose);
  const reset = useMutationProc('users.resetPassword');

  const submit = async ({ password }: { password: string }) => {
    if (!user) return;
    await save(async () => {
      await reset.mutateAsync({ id: user.id, password });
      return t('users.reset', { name: user.displayName });
    });
  };

  return (
    <FormModal
      form={form}
      open={user !== null}
      title={user ? t('users.resetTitle', { name: user.displayName }) : ''}
      okText={t('users.resetPassword')}
      onClose={onClose}
      pending={reset.isPending}
    >
      <Alert type="info" showIcon title={t('users.resetHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <NewPasswordFields label={t('users.newPassword')} username={user?.username} />
      </Form>
    </FormModal>
  );
}
