// The administrator's list of accounts: who may sign in, with which role, and when they last did.
import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../shared/contract/users';
import { useQueryProc } from '../../api/hooks';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../i18n/describeError';
import { IdleLockSetting } from '../auth/IdleLockSetting';
import { useCurrentUser } from '../auth/SessionProvider';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

export function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const users = useQueryProc('users.list', {});
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);

  return (
    <>
      <PageTitle
        title={t('users.title')}
        intro={t('users.intro')}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        {users.isError ? (
          <Result
            status="warning"
            title={describeError(users.error, t)}
            extra={<Button onClick={() => users.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <Table<UserRow>
            rowKey="id"
            size="middle"
            loading={users.isPending}
            dataSource={users.data}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              {
                key: 'username',
                title: t('users.username'),
                dataIndex: 'username',
                render: (username: string, row) => (
                  <>
                    <Typography.Text code>{username}</Typography.Text>
                    {row.id === me.id && <Typography.Text type="secondary">{t('users.you')}</Typography.Text>}
                  </>
                ),
              },
              { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
              {
                key: 'role',
                title: t('users.role'),
                dataIndex: 'role',
                render: (role: UserRow['role']) => t(`roles.${role}`),
              },
              {
                key: 'active',
                title: t('users.active'),
                dataIndex: 'active',
                render: (active: boolean) =>
                  active ? <Tag color="green">{t('users.activeOn')}</Tag> : <Tag>{t('users.activeOff')}</Tag>,
              },
              {
                key: 'lastLoginAt',
                title: t('users.lastLogin'),
                dataIndex: 'lastLoginAt',
                render: (at: number | null) =>
                  at === null ? (
                    <Typography.Text type="secondary">{t('users.never')}</Typography.Text>
                  ) : (
                    dayjs(at).format('YYYY-MM-DD HH:mm')
                  ),
              },
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_, row) => (
                  <Flex gap={4} wrap>
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setEditing(row)}
                      aria-label={`${t('common.edit')} ${row.username}`}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="small"
                      type="link"
                      icon={<KeyOutlined />}
                      onClick={() => setResetting(row)}
                      aria-label={`${t('users.resetPassword')} ${row.username}`}
                    >
                      {t('users.resetPassword')}
                    </Button>
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Card>
      <IdleLockSetting />
      <UserFormModal user={editing} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
