// The sign-in form, with the demo accounts beside it on a demo database. After wrong passwords it says how many
// attempts are left; once locked out, how long to wait, counting down, with the button off until then.
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
import { takeSignInNotice } from './signInNotice';
import { lockoutEndsAt, lockoutMessage, useSecondsLeft } from './useLockout';

interface Credentials {
  username: string;
  password: string;
}

/** The throttle counts per username, as the server stores it: trimmed and lower-case. */
const normalized = (username: unknown) => (typeof username === 'string' ? username.trim().toLowerCase() : '');

export function SignInPage({ status, expired }: { status: OutputOf<'auth.status'>; expired: boolean }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [form] = Form.useForm<Credentials>();
  const [showExpired, setShowExpired] = useState(expired);
  // Left by a restore from a backup, which ends every session on purpose.
  const [notice] = useState(takeSignInNotice);
  const [lockout, setLockout] = useState<{ username: string; endsAt: number } | null>(null);
  const secondsLeft = useSecondsLeft(lockout?.endsAt ?? null);
  const typedUsername = Form.useWatch('username', form);
  const login = useMutationProc('auth.login', {
    onSuccess: ({ token, user, weakPassword }) => signIn(token, user, weakPassword),
    onError: (error, { username }) => {
      const endsAt = lockoutEndsAt(error);
      setLockout(endsAt === null ? null : { username: normalized(username), endsAt });
    },
  });
  const lockedOut = lockout !== null && secondsLeft > 0 && normalized(typedUsername) === lockout.username;
  const otherError = login.error && login.error.reason !== 'loginLocked';

  return (
    <AuthLayout centreName={status.centreName}>
      <div className="auth-columns">
        <Card className="auth-card" title={t('auth.signInTitle')}>
          {notice && !login.error && (
            <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} role="status" />
          )}
          {showExpired && !notice && !login.error && (
            <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
          )}
          {lockedOut && (
            <Alert
              type="error"
              showIcon
              title={lockoutMessage(t, secondsLeft)}
              style={{ marginBottom: 16 }}
              role="alert"
            />
          )}
          {otherError && (
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
            <Button type="primary" htmlType="submit" block size="large" loading={login.isPending} disabled={lockedOut}>
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
