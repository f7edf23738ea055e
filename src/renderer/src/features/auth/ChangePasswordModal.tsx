// Changing one's own password, proving the current one first.
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutationProc } from '../../api/hooks';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { useErrorReporter } from '../../components/useErrorReporter';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [form] = Form.useForm<PasswordValues>();
  const change = useMutationProc('auth.changePassword', {
    onSuccess: () => {
      message.success(t('auth.passwordChanged'));
      onClose();
    },
    onError: (error) => report(error, form),
  });

  return (
    <Modal
      open={open}
      title={t('auth.changePassword')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={change.isPending}
      destroyOnHidden
      afterClose={() => form.resetFields()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={({ currentPassword, newPassword }) => change.mutate({ currentPassword, newPassword })}
      >
        <Form.Item
          name="currentPassword"
          label={t('auth.currentPassword')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordFields name="newPassword" label={t('auth.newPassword')} />
      </Form>
    </Modal>
  );
}
