// Giving a user a new password when they have forgotten theirs; their open sessions end.
import { Alert, App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../shared/contract/users';
import { useMutationProc } from '../../api/hooks';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { useErrorReporter } from '../../components/useErrorReporter';

export function ResetPasswordModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ password: string; confirmPassword: string }>();
  const reset = useMutationProc('users.resetPassword');

  const submit = async ({ password }: { password: string }) => {
    if (!user) return;
    try {
      await reset.mutateAsync({ id: user.id, password });
      message.success(t('users.reset', { name: user.displayName }));
      onClose();
    } catch (error) {
      report(error, form);
    }
  };

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.resetTitle', { name: user.displayName }) : ''}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
      destroyOnHidden
      afterClose={() => form.resetFields()}
    >
      <Alert type="info" showIcon title={t('users.resetHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <NewPasswordFields label={t('users.newPassword')} />
      </Form>
    </Modal>
  );
}
