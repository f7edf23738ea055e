// Changing one's own password, proving the current one first; also how a weak password is replaced after sign-in.
import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutationProc } from '../../api/hooks';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { useCurrentUser } from './SessionProvider';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordModal({
  open,
  notice,
  onClose,
}: {
  open: boolean;
  /** Why the user is asked (a password that falls short of the rule). */
  notice?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [form] = Form.useForm<PasswordValues>();
  const save = useSaveAndClose(form, onClose);
  const change = useMutationProc('auth.changePassword');

  const submit = async ({ currentPassword, newPassword }: PasswordValues) => {
    await save(async () => {
      await change.mutateAsync({ currentPassword, newPassword });
      return t('auth.passwordChanged');
    });
  };

  return (
    <FormModal form={form} open={open} title={t('auth.changePassword')} onClose={onClose} pending={change.isPending}>
      {notice && <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="currentPassword"
          label={t('auth.currentPassword')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordFields name="newPassword" label={t('auth.newPassword')} username={me.username} />
      </Form>
    </FormModal>
  );
}
