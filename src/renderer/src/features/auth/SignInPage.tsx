// The sign-in form, with the demo accounts beside it on a demo database.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract';
import { useMutationProc } from '../../api/hooks';
import { describeError } from '../../i18n/describeError';
import { AuthLayout } from './AuthLayout';
import { DemoAccountList } from './DemoAccountList';
import { useSession } from './SessionProvider';

interface Credentials {
  username: string;
  password: string;
}

export function SignInPage({ status, expired }: { status: OutputOf<'auth.status'>; expired: boolean }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [form] = Form.useForm<Credentials>();
  const [showExpired, setShowExpired] = useState(expired);
  const login = useMutationProc('auth.login', {
    onSuccess: ({ token, user }) => signIn(token, user),
  });

  return (
    <AuthLayout centreName={status.centreName}>
      <div className="auth-columns">
        <Card className="auth-card" title={t('auth.signInTitle')}>
          {showExpired && !login.error && (
            <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
          )}
          {login.error && (
            <Alert
              type="error"
              showIcon
              title={describeError(login.error, t)}
              style={{ marginBottom: 16 }}
              role="alert"
            />
          )}
          <Form
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => {
              setShowExpired(false);
              login.mutate(values);
            }}
          >
            <Form.Item
              name="username"
              label={t('auth.username')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('auth.password')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
              {t('auth.signIn')}
            </Button>
          </Form>
        </Card>
        {status.isDemo && status.demoAccounts.length > 0 && (
          <DemoAccountList
            accounts={status.demoAccounts}
            onPick={(account) => {
              login.reset();
              form.setFieldsValue({ username: account.username, password: account.password });
              form.validateFields().catch(() => {});
            }}
          />
        )}
      </div>
    </AuthLayout>
  );
}
