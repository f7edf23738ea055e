// Creating an account (username, name, role, first password) or changing one (name, role, may sign in).
import { Form, Input, Select, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { UserRow } from '../../../../shared/contract/users';
import { type Role, roles } from '../../../../shared/domain/roles';
import { useMutationProc } from '../../api/hooks';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { zodRule } from '../../components/zodRule';
import { useCurrentUser } from '../auth/SessionProvider';
import './users.css';

interface UserValues {
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  password: string;
  confirmPassword: string;
}

const fields = contract['users.create'].input.shape;

export function UserFormModal({ user, onClose }: { user: UserRow | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserValues>();
  const save = useSaveAndClose(form, onClose);
  const me = useCurrentUser();
  const isNew = user === 'new';
  const existing = user !== null && user !== 'new' ? user : null;
  const create = useMutationProc('users.create', { invalidates: ['users.list'] });
  const update = useMutationProc('users.update', { invalidates: ['users.list'] });

  // Filled once per opening: a background refetch of the list must not overwrite what is being typed.
  const existingId = existing?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the user's id on purpose, see above.
  useEffect(() => {
    if (existing)
      form.setFieldsValue({ displayName: existing.displayName, role: existing.role, active: existing.active });
  }, [existingId, form]);

  const submit = async (values: UserValues) => {
    await save(async () => {
      if (existing) {
        const row = await update.mutateAsync({
          id: existing.id,
          displayName: values.displayName,
          role: values.role,
          active: values.active,
        });
        return t('users.updated', { username: row.username });
      }
      const row = await create.mutateAsync({
        username: values.username,
        displayName: values.displayName,
        role: values.role,
        password: values.password,
      });
      return t('users.created', { username: row.username });
    });
  };

  return (
    <FormModal
      form={form}
      open={user !== null}
      title={existing ? t('users.editTitle', { username: existing.username }) : t('users.createTitle')}
      onClose={onClose}
      pending={create.isPending || update.isPending}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'desk', active: true }}>
        {isNew && (
          <Form.Item name="username" label={t('users.username')} required rules={[zodRule(fields.username, t)]}>
            <Input placeholder={t('users.usernameHint')} autoComplete="off" autoFocus />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('users.displayName')} required rules={[zodRule(fields.displayName, t)]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('form.required') }]}>
          <Select
            options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            optionRender={(option) => (
              <div className="role-option">
                <div>{option.label}</div>
                <Typography.Text type="secondary" className="role-option-hint">
                  {t(`roleHints.${option.value as Role}`)}
                </Typography.Text>
              </div>
            )}
          />
        </Form.Item>
        {existing && (
          <Form.Item
            name="active"
            label={t('users.activeLabel')}
            valuePropName="checked"
            extra={existing.id === me.id ? t('users.selfActiveHint') : undefined}
          >
            <Switch disabled={existing.id === me.id} />
          </Form.Item>
        )}
        {isNew && <NewPasswordFields label={t('users.password')} usernameField="username" />}
      </Form>
    </FormModal>
  );
}
