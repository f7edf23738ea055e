// The signed-in user in the header: name and role, changing one's password, signing out.
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from '../auth/ChangePasswordModal';
import { useCurrentUser, useSession } from '../auth/SessionProvider';

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { signOut } = useSession();
  const [changingPassword, setChangingPassword] = useState(false);

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword') },
            { type: 'divider' },
            { key: 'signOut', icon: <LogoutOutlined />, label: t('auth.signOut') },
          ],
          onClick: ({ key }) => {
            if (key === 'password') setChangingPassword(true);
            if (key === 'signOut') void signOut();
          },
        }}
      >
        <Button type="text" aria-label={t('shell.userMenu')} className="shell-user">
          <Flex align="center" gap={8}>
            <Avatar size="small" icon={<UserOutlined />} />
            <span className="shell-user-name">{user.displayName}</span>
            <Typography.Text type="secondary" className="shell-user-role">
              {t(`roles.${user.role}`)}
            </Typography.Text>
            <DownOutlined style={{ fontSize: 10 }} />
          </Flex>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
