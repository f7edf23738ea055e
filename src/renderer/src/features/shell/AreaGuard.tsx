// Keeps a role out of an area it may not use, even when the address is typed by hand; the server checks again.
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../auth/SessionProvider';
import { type Area, canUse } from './navigation';

export function AreaGuard({ area, children }: { area: Area; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (canUse(area, user)) return children;
  return (
    <Result
      status="403"
      title={t('shell.forbiddenTitle')}
      subTitle={t('shell.forbiddenText', { role: t(`roles.${user.role}`), area: t(`nav.items.${area.key}`) })}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
