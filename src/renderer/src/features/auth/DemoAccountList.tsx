// The demo database's accounts, one per role; a click fills the sign-in form with it.
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract';

type DemoAccount = OutputOf<'auth.status'>['demoAccounts'][number];

export function DemoAccountList({
  accounts,
  onPick,
}: {
  accounts: DemoAccount[];
  onPick: (account: DemoAccount) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card className="auth-card" title={t('auth.demoAccounts')}>
      <Typography.Paragraph type="secondary">{t('auth.demoNotice')}</Typography.Paragraph>
      <Flex vertical gap={8}>
        {accounts.map((account) => (
          <Button
            key={account.username}
            className="auth-demo-account"
            aria-label={t('auth.demoUse', { username: account.username })}
            onClick={() => onPick(account)}
          >
            <span className="auth-demo-account-body">
              <span>
                <Typography.Text strong>{account.username}</Typography.Text>{' '}
                <Tag variant="filled">{t(`roles.${account.role}`)}</Tag>
              </span>
              <Typography.Text type="secondary">
                {t('auth.demoPassword', { password: account.password })}
              </Typography.Text>
            </span>
          </Button>
        ))}
      </Flex>
    </Card>
  );
}
