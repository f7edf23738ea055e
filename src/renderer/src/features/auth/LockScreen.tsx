// The lock screen over an idle session: whose it is, their password to unlock, or sign out to hand the desk over.
// Everything else on the page is hidden (not only covered) until unlocked; what was open stays as it was.
import { LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Avatar, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/contract/auth';
import { call } from '../../api/client';
import type { RpcError } from '../../api/RpcError';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { describeError } from '../../i18n/describeError';
import { useAuthStatus } from './useAuthStatus';
import { lockoutEndsAt, lockoutMessage, useSecondsLeft } from './useLockout';
import './lockScreen.css';

export function LockScreen({
  user,
  onUnlocked,
  onSignOut,
}: {
  user: SessionUser;
  onUnlocked: (user: SessionUser) => void;
  onSignOut: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string }>();
  const status = useAuthStatus().data;
  const [lockoutEnds, setLockoutEnds] = useState<number | null>(null);
  const secondsLeft = useSecondsLeft(lockoutEnds);
  const [signingOut, setSigningOut] = useState(false);
  const unlock = useMutation<SessionUser, RpcError, string>({
    mutationFn: (password) => call('auth.unlock', { password }),
    // The app's queries are paused while locked; this call must go through.
    networkMode: 'always',
    onSuccess: (unlockedUser) => onUnlocked(unlockedUser),
    onError: (error) => {
      form.resetFields();
      setLockoutEnds(lockoutEndsAt(error));
      const issue = error.issues?.find((i) => i.path[0] === 'password');
      if (issue) form.setFields([{ name: 'password', errors: [issue.message] }]);
    },
  });

  // Hides every other part of the page (the app, its dialogs and messages) while this screen is up.
  useEffect(() => {
    document.body.classList.add('app-locked');
    return () => document.body.classList.remove('app-locked');
  }, []);

  const lockedOut = secondsLeft > 0;
  const otherError = unlock.error && !unlock.error.issues?.length && unlock.error.reason !== 'loginLocked';

  return createPortal(
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-screen-title">
      <div className="lock-screen-top">
        <span className="lock-screen-centre">{status?.centreName ?? t('app.name')}</span>
        <LanguageSwitch />
      </div>
      <Card className="lock-screen-card">
        <Flex vertical align="center" gap={8}>
          <Avatar size={64} icon={<UserOutlined />} className="lock-screen-avatar" />
          <Typography.Title level={3} id="lock-screen-title" style={{ margin: 0 }}>
            <LockOutlined /> {t('sessionLock.title')}
          </Typography.Title>
          <Typography.Text strong className="lock-screen-user">
            {t('sessionLock.signedInAs', { name: user.displayName, username: user.username })} ·{' '}
            {t(`roles.${user.role}`)}
          </Typography.Text>
          <Typography.Paragraph type="secondary" className="lock-screen-why" style={{ marginBottom: 16 }}>
            {status ? t('sessionLock.why', { minutes: status.idleLockMinutes }) : t('sessionLock.whyUnknown')}
          </Typography.Paragraph>
        </Flex>
        {lockedOut && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={lockoutMessage(t, secondsLeft)}
            style={{ marginBottom: 16 }}
          />
        )}
        {otherError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={describeError(unlock.error, t)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form
          form={form}
          name="unlock"
          layout="vertical"
          requiredMark={false}
          onFinish={({ password }) => unlock.mutate(password)}
        >
          <Form.Item
            name="password"
            label={t('sessionLock.password')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" autoFocus size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={unlock.isPending} disabled={lockedOut}>
            {t('sessionLock.unlock')}
          </Button>
        </Form>
        <Flex vertical align="center" gap={4} className="lock-screen-switch">
          <Button
            type="link"
            icon={<LogoutOutlined />}
            loading={signingOut}
            onClick={() => {
              setSigningOut(true);
              void onSignOut();
            }}
          >
            {t('sessionLock.signOut')}
          </Button>
          <Typography.Text type="secondary" className="lock-screen-hint">
            {t('sessionLock.switchUserHint')}
          </Typography.Text>
        </Flex>
      </Card>
    </div>,
    document.body,
  );
}
