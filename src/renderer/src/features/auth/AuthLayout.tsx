// The frame of the signed-out screens: the product's name, the centre's name and the language switch.
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import './auth.css';

export function AuthLayout({ centreName, children }: { centreName: string | null; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth-page">
      <header className="auth-top">
        <div className="auth-brand">
          <span className="auth-logo" aria-hidden>
            格
          </span>
          <div>
            <div className="auth-product">{t('app.name')}</div>
            <div className="auth-tagline">{t('app.tagline')}</div>
          </div>
        </div>
        <LanguageSwitch />
      </header>
      <main className="auth-main">
        <Typography.Title level={2} className="auth-centre">
          {centreName ?? t('app.name')}
        </Typography.Title>
        {children}
      </main>
    </div>
  );
}
