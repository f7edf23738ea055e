// An area that is not built yet: says so plainly, says what it will do, and points to what works today.
import { Button, Card, Flex, Result, Typography } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../auth/SessionProvider';
import { type Area, areasFor } from './navigation';

export function ComingPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const name = t(`nav.items.${area.key}`);
  const availableNow = areasFor(user).filter((other) => other.built && other.key !== 'home');

  return (
    <Card>
      <Result
        icon={createElement(area.icon, { style: { fontSize: 64, color: '#bfbfbf' } } as object)}
        title={t('coming.title', { area: name })}
        subTitle={
          <div style={{ maxWidth: 680, margin: '0 auto' }}>
            <Typography.Paragraph type="secondary">{t('coming.notice')}</Typography.Paragraph>
            <Typography.Paragraph style={{ fontSize: 15 }}>{t(`areas.${area.key}`)}</Typography.Paragraph>
          </div>
        }
        extra={
          <Flex vertical align="center" gap={12}>
            {availableNow.length > 0 && (
              <Flex wrap gap={8} align="center" justify="center">
                <Typography.Text type="secondary">{t('coming.availableNow')}</Typography.Text>
                {availableNow.map((other) => (
                  <Link key={other.key} to={other.path}>
                    {t(`nav.items.${other.key}`)}
                  </Link>
                ))}
              </Flex>
            )}
            <Link to="/">
              <Button type="primary">{t('common.backHome')}</Button>
            </Link>
          </Flex>
        }
      />
    </Card>
  );
}
