// The signed-in frame: collapsible menu on the left, the centre and the user on top, the area's page in the middle.
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useCan } from '../auth/SessionProvider';
import { useAuthStatus } from '../auth/useAuthStatus';
import { HeaderSearch } from '../search/HeaderSearch';
import { areaOfPath } from './navigation';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';
import './shell.css';

const collapsedKey = 'griddesk.menuCollapsed';

const siderStyle = { position: 'sticky', top: 0, height: '100vh', overflowY: 'auto', overflowX: 'hidden' } as const;

export function AppShell() {
  const { t } = useTranslation();
  const status = useAuthStatus();
  const canSearch = useCan('households.read');
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(collapsedKey) === '1');
  const area = areaOfPath(pathname);
  const areaTitle = area ? t(`nav.items.${area.key}`) : null;

  useEffect(() => {
    document.title = areaTitle ? `${areaTitle} · ${t('app.name')}` : t('app.name');
  }, [areaTitle, t]);

  const toggle = () => {
    setCollapsed((value) => {
      localStorage.setItem(collapsedKey, value ? '0' : '1');
      return !value;
    });
  };

  return (
    <Layout className="shell">
      <Layout.Sider
        // Inline so it wins over antd's own position: the menu stays put while the page scrolls.
        style={siderStyle}
        width={224}
        collapsedWidth={64}
        collapsible
        collapsed={collapsed}
        trigger={null}
      >
        <div className="shell-brand" title={t('app.tagline')}>
          <span className="shell-logo" aria-hidden>
            格
          </span>
          {!collapsed && <span className="shell-product">{t('app.name')}</span>}
        </div>
        <nav aria-label={t('shell.navigation')}>
          <SideMenu />
        </nav>
      </Layout.Sider>
      <Layout className="shell-body">
        <Layout.Header className="shell-header">
          <Button
            type="text"
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={toggle}
            aria-label={collapsed ? t('shell.expand') : t('shell.collapse')}
          />
          <Typography.Text strong className="shell-centre" ellipsis>
            {status.data?.centreName ?? t('auth.noCentre')}
          </Typography.Text>
          <div className="shell-header-end">
            {canSearch && <HeaderSearch />}
            <LanguageSwitch size="small" />
            <UserMenu />
          </div>
        </Layout.Header>
        <Layout.Content className="shell-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
