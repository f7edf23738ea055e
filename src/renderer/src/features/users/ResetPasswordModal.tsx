// Giving a user a new password when they have forgotten theirs; their open sessions end.
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { UserRow } from '../../../../shared/contract/users';
import { passwordMinLength } from '../../../../shared/domain/password';
import { useMutationProc } from '../../api/hooks';
import { matchesField } from '../../components/matchesField';
import { useErrorReporter } from '../../components/useErrorReporter';
import { zodRule } from '../../components/zodRule';

const fields = contract['users.resetPassword'].input.shape;

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
        <Form.Item name="password" label={t('users.newPassword')} required rules={[zodRule(fields.password, t)]}>
          <Input.Password
            placeholder={t('auth.passwordRule', { min: passwordMinLength })}
            autoComplete="new-password"
            autoFocus
          />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('users.confirmPassword')}
          required
          dependencies={['password']}
          rules={[matchesField('password', t)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
