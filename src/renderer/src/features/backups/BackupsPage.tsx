// 数据备份: where backing up stands, a backup now (with its progress), the backups kept, and a restore from one.
import { CloudUploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Result, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract';
import { useMutationProc, useQueryProc } from '../../api/hooks';
import { ListEmpty } from '../../components/ListEmpty';
import { PageTitle } from '../../components/PageTitle';
import { useErrorReporter } from '../../components/useErrorReporter';
import { describeError } from '../../i18n/describeError';
import { BackupKindTag } from './BackupKindTag';
import { BackupStatusCard } from './BackupStatusCard';
import { formatSize, formatTime } from './backupFormat';
import { RestoreDialog } from './RestoreDialog';
import './backups.css';

type BackupRow = OutputOf<'backups.list'>['files'][number];

/** How often the page asks for the progress of a running backup. */
const progressEveryMs = 500;

export function BackupsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  // The backup started here, until it is listed: then the page says it is done.
  const [awaited, setAwaited] = useState<string | null>(null);
  const list = useQueryProc(
    'backups.list',
    {},
    { refetchInterval: (query) => (query.state.data?.status.running || awaited ? progressEveryMs : false) },
  );
  const create = useMutationProc('backups.create', {
    invalidates: ['backups.list'],
    onSuccess: ({ running }) => {
      setAwaited(running.name);
      message.info(t('backups.started'));
    },
    onError: (error) => report(error),
  });
  const [restoring, setRestoring] = useState<string | null>(null);
  const running = list.data?.status.running ?? null;
  const files = list.data?.files;

  useEffect(() => {
    if (awaited && files?.some((file) => file.name === awaited)) {
      message.success(t('backups.done', { name: awaited }));
      setAwaited(null);
    }
  }, [awaited, files, message, t]);

  if (list.isError) {
    return (
      <>
        <PageTitle title={t('backups.title')} />
        <Result
          status="warning"
          title={describeError(list.error, t)}
          extra={<Button onClick={() => list.refetch()}>{t('common.retry')}</Button>}
        />
      </>
    );
  }

  return (
    <>
      <PageTitle
        title={t('backups.title')}
        intro={t('backups.intro', { days: list.data?.status.retentionDays ?? 30 })}
        actions={
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            loading={create.isPending || running !== null}
            onClick={() => create.mutate({})}
          >
            {t('backups.backUpNow')}
          </Button>
        }
      />
      {list.data && <BackupStatusCard status={list.data.status} />}
      <Card title={t('backups.list.title')}>
        <Table<BackupRow>
          rowKey="name"
          size="small"
          loading={list.isPending}
          dataSource={list.data?.files ?? []}
          pagination={false}
          locale={{ emptyText: <ListEmpty title={t('backups.empty')} hint={t('backups.emptyHint')} /> }}
          columns={[
            {
              key: 'kind',
              title: t('backups.list.kind'),
              dataIndex: 'kind',
              width: 110,
              render: (kind: BackupRow['kind']) => <BackupKindTag kind={kind} />,
            },
            {
              key: 'at',
              title: t('backups.list.time'),
              dataIndex: 'at',
              width: 160,
              render: (at: number) => <span className="backups-time">{formatTime(at)}</span>,
            },
            {
              key: 'size',
              title: t('backups.list.size'),
              dataIndex: 'size',
              width: 100,
              align: 'right',
              render: (size: number) => formatSize(size),
            },
            {
              key: 'name',
              title: t('backups.list.name'),
              dataIndex: 'name',
              render: (name: string) => (
                <Typography.Text type="secondary" className="backups-name">
                  {name}
                </Typography.Text>
              ),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 100,
              render: (_, file) => (
                <Button size="small" disabled={running !== null} onClick={() => setRestoring(file.name)}>
                  {t('backups.list.restore')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {restoring && <RestoreDialog name={restoring} onClose={() => setRestoring(null)} />}
    </>
  );
}
