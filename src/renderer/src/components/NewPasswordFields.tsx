// A new password typed twice, checked by the contract's password rule (with the account's username where it is
// known) and shown with its strength: wherever a password is set.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { password } from '../../../shared/contract/common';
import { passwordMinLength, passwordProblemsOf } from '../../../shared/domain/password';
import { PasswordStrengthMeter } from '../features/auth/PasswordStrengthMeter';
import { matchesField } from './matchesField';
import { zodRule } from './zodRule';

export function NewPasswordFields({
  name = 'password',
  label,
  username,
  usernameField,
}: {
  name?: string;
  label: string;
  /** The account's username, when fixed (one's own, or the account being reset). */
  username?: string;
  /** The form's field holding the username, when it is typed beside the password (setup, a new account). */
  usernameField?: string;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const value: unknown = Form.useWatch(name, form);
  const typedUsername: unknown = Form.useWatch(
    (values: Record<string, unknown>) => (usernameField ? values[usernameField] : undefined),
    form,
  );
  const accountName = username ?? (typeof typedUsername === 'string' ? typedUsername : undefined);
  const typed = typeof value === 'string' ? value : '';

  return (
    <>
      <Form.Item
        name={name}
        label={label}
        required
        dependencies={usernameField ? [usernameField] : undefined}
        rules={[
          zodRule(password, t),
          {
            validator: async (_rule, raw: unknown) => {
              if (typeof raw !== 'string' || passwordProblemsOf(raw).length > 0) return;
              if (passwordProblemsOf(raw, accountName).includes('passwordHasUsername')) {
                throw new Error(t('validation.passwordHasUsername'));
              }
            },
          },
        ]}
        extra={<PasswordStrengthMeter password={typed} username={accountName} />}
      >
        <Input.Password placeholder={t('auth.passwordRule', { min: passwordMinLength })} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        required
        dependencies={[name]}
        rules={[matchesField(name, t)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
