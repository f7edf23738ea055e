// Where backing up stands: the last and next automatic backup, how long backups are kept, where they are, and the
// progress of the one being made.
import { Alert, Card, Descriptions, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../shared/contract/backups';
import { formatTime } from './backupFormat';

export function BackupStatusCard({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const { running, lastFailure } = status;
  return (
    <Card title={t('backups.status.title')} className="backups-status">
      {running && (
        <div className="backups-running" role="status">
          <Typography.Text>
            {t('backups.running', {
              kind: t(`backups.kinds.${running.kind}`),
              percent: Math.floor(running.progress * 100),
            })}
          </Typography.Text>
          <Progress percent={Math.floor(running.progress * 100)} status="active" showInfo={false} />
          <Typography.Text type="secondary">{t('backups.runningHint')}</Typography.Text>
        </div>
      )}
      {lastFailure && !running && (
        <Alert
          type="warning"
          showIcon
          className="backups-failure"
          title={t('backups.status.failed', {
            time: formatTime(lastFailure.at),
            kind: t(`backups.kinds.${lastFailure.kind}`),
            message: lastFailure.message,
          })}
        />
      )}
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          {
            key: 'last',
            label: t('backups.status.lastDaily'),
            children: status.lastDailyAt ? formatTime(status.lastDailyAt) : t('backups.status.never'),
          },
          {
            key: 'next',
            label: t('backups.status.nextDaily'),
            children: status.nextDailyAt ? formatTime(status.nextDailyAt) : t('backups.status.nextSoon'),
          },
          {
            key: 'retention',
            label: t('backups.status.retention'),
            children: t('backups.status.retentionDays', { days: status.retentionDays }),
          },
          {
            key: 'folder',
            label: t('backups.status.folder'),
            children: (
              <Typography.Text copyable className="backups-folder">
                {status.folder}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
