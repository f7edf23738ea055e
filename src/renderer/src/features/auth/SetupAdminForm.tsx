// First start, for real use: the centre's name and the first administrator, then straight into the app.
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { call } from '../../api/client';
import type { RpcError } from '../../api/RpcError';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { useErrorReporter } from '../../components/useErrorReporter';
import { zodRule } from '../../components/zodRule';
import { describeError } from '../../i18n/describeError';
import { useSession } from './SessionProvider';

interface SetupValues {
  centreName: string;
  username: string;
  displayName: string;
  password: string;
  confirmPassword: string;
}

const fields = contract['auth.setup'].input.shape;

export function SetupAdminForm({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const report = useErrorReporter();
  const [form] = Form.useForm<SetupValues>();
  const setup = useMutation<Awaited<ReturnType<typeof call<'auth.login'>>>, RpcError, SetupValues>({
    mutationFn: async ({ confirmPassword: _, ...input }) => {
      await call('auth.setup', input);
      return call('auth.login', { username: input.username, password: input.password });
    },
    onSuccess: ({ token, user, weakPassword }) => signIn(token, user, weakPassword),
    onError: (error) => report(error, form),
  });

  return (
    <Card className="auth-card" title={t('auth.createAdmin')}>
      {setup.error && !setup.error.issues?.length && (
        <Alert type="error" showIcon title={describeError(setup.error, t)} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" onFinish={(values) => setup.mutate(values)}>
        <Form.Item name="centreName" label={t('auth.centreName')} required rules={[zodRule(fields.centreName, t)]}>
          <Input placeholder={t('auth.centreNamePlaceholder')} autoFocus />
        </Form.Item>
        <Form.Item name="username" label={t('auth.username')} required rules={[zodRule(fields.username, t)]}>
          <Input placeholder={t('users.usernameHint')} autoComplete="username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('auth.displayName')} required rules={[zodRule(fields.displayName, t)]}>
          <Input />
        </Form.Item>
        <NewPasswordFields label={t('auth.password')} usernameField="username" />
        <Flex gap={8} justify="space-between">
          <Button onClick={onBack}>{t('auth.back')}</Button>
          <Button type="primary" htmlType="submit" loading={setup.isPending}>
            {t('auth.createAndSignIn')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
