// Restoring a backup: first what the check found (integrity, version, contents), then what a restore does; on
// success everyone's session is over, so the administrator is sent to sign in again with a word on why.
import { Alert, Descriptions, Modal, Result, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupInspection } from '../../../../shared/contract/backups';
import { useMutationProc, useQueryProc } from '../../api/hooks';
import { useErrorReporter } from '../../components/useErrorReporter';
import { describeError } from '../../i18n/describeError';
import { useSession } from '../auth/SessionProvider';
import { leaveSignInNotice } from '../auth/signInNotice';
import { BackupKindTag } from './BackupKindTag';
import { formatSize, formatTime } from './backupFormat';

export function RestoreDialog({ name, onClose }: { name: string; onClose(): void }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const report = useErrorReporter();
  const inspection = useQueryProc('backups.inspect', { name }, { staleTime: 0, gcTime: 0 });
  const restore = useMutationProc('backups.restore', {
    invalidates: ['backups.list'],
    onSuccess: async ({ restored }) => {
      leaveSignInNotice(t('backups.restoredNotice', { time: formatTime(restored.at) }));
      await signOut();
    },
    onError: (error) => report(error),
  });
  const refusal = inspection.data?.refusal ?? null;

  return (
    <Modal
      open
      width={640}
      title={t('backups.confirm.title')}
      okText={t('backups.confirm.ok')}
      okButtonProps={{ danger: true, disabled: !inspection.data || refusal !== null }}
      confirmLoading={restore.isPending}
      onOk={() => restore.mutate({ name })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      {inspection.isPending ? (
        <div className="backups-inspection">
          <Spin /> <Typography.Text type="secondary">{t('backups.confirm.checking')}</Typography.Text>
        </div>
      ) : inspection.isError ? (
        <Result status="warning" title={describeError(inspection.error, t)} />
      ) : (
        <InspectionReport inspection={inspection.data} />
      )}
      {refusal ? (
        <Alert type="error" showIcon title={t('backups.confirm.refused')} description={t(`errors.reason.${refusal}`)} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('backups.confirm.warning')}
          description={t('backups.confirm.signInNote')}
        />
      )}
    </Modal>
  );
}

function InspectionReport({ inspection }: { inspection: BackupInspection }) {
  const { t } = useTranslation();
  const { file, counts, schema } = inspection;
  const schemaItem = {
    key: 'schema',
    label: t('backups.confirm.schema'),
    children: (
      <>
        {t('backups.confirm.schemaValue', schema)}
        {schema.backup < schema.app && inspection.refusal === null && (
          <div>
            <Typography.Text type="secondary">{t('backups.confirm.schemaOlder')}</Typography.Text>
          </div>
        )}
      </>
    ),
  };
  return (
    <Descriptions
      className="backups-inspection"
      column={1}
      size="small"
      bordered
      items={[
        {
          key: 'file',
          label: t('backups.list.name'),
          children: (
            <span className="backups-name">
              <BackupKindTag kind={file.kind} /> {formatTime(file.at)} · {formatSize(file.size)}
              <br />
              <Typography.Text type="secondary">{file.name}</Typography.Text>
            </span>
          ),
        },
        {
          key: 'integrity',
          label: t('backups.confirm.integrity'),
          children: inspection.integrityOk ? (
            <Tag color="success">{t('backups.confirm.integrityOk')}</Tag>
          ) : (
            <>
              <Tag color="error">{t('backups.confirm.integrityFailed')}</Tag>
              {inspection.problems.map((problem) => (
                <div key={problem}>
                  <Typography.Text type="secondary">{problem}</Typography.Text>
                </div>
              ))}
            </>
          ),
        },
        // A file that is not a readable GridDesk database has no version worth showing.
        ...(inspection.isGridDesk ? [schemaItem] : []),
        ...(counts
          ? [
              { key: 'contents', label: t('backups.confirm.contents'), children: t('backups.confirm.counts', counts) },
              {
                key: 'audit',
                label: t('backups.confirm.newestAudit'),
                children: inspection.newestAuditAt
                  ? formatTime(inspection.newestAuditAt)
                  : t('backups.confirm.noAudit'),
              },
            ]
          : []),
      ]}
    />
  );
}
