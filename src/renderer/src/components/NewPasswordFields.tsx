// A new password typed twice and checked by the contract's password rule: wherever a password is set.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { password } from '../../../shared/contract/common';
import { passwordMinLength } from '../../../shared/domain/password';
import { matchesField } from './matchesField';
import { zodRule } from './zodRule';

export function NewPasswordFields({ name = 'password', label }: { name?: string; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name={name} label={label} required rules={[zodRule(password, t)]}>
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
