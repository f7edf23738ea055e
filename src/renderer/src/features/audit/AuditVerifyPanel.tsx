// The administrator's check of the audit log's hash chain: one button, then either "all N entries intact" or the
// first broken entry, why it breaks, and a link that shows the log from that entry.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditBreak, AuditVerification } from '../../../../shared/contract/audit';
import { useQueryProc } from '../../api/hooks';
import { describeError } from '../../i18n/describeError';

function BreakText({ broken }: { broken: AuditBreak }) {
  const { t } = useTranslation();
  if (broken.cause === 'linkBroken' && broken.previousId === null) {
    return <>{t('auditChain.causes.linkBrokenFirst', { id: broken.id })}</>;
  }
  return <>{t(`auditChain.causes.${broken.cause}`, { id: broken.id, previousId: broken.previousId })}</>;
}

function Head({ head }: { head: AuditVerification['head'] }) {
  const { t } = useTranslation();
  if (!head?.hash) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 0, marginTop: 8 }}>
      {t('auditChain.head', { id: head.id, hash: '' })}
      <Typography.Text code copyable={{ text: head.hash }} className="audit-head-hash">
        {head.hash}
      </Typography.Text>
      <br />
      {t('auditChain.headHint')}
    </Typography.Paragraph>
  );
}

export function AuditVerifyButton({ onVerified }: { onVerified?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const verification = useQueryProc('audit.verify', {}, { enabled: false, retry: false });
  const run = async () => {
    await verification.refetch();
    // The check itself is logged: the list shows the new entry.
    await queryClient.invalidateQueries({ queryKey: ['audit.list'] });
    onVerified?.();
  };
  return (
    <Tooltip title={t('auditChain.verifyHint')}>
      <Button icon={<SafetyCertificateOutlined />} loading={verification.isFetching} onClick={run}>
        {t('auditChain.verify')}
      </Button>
    </Tooltip>
  );
}

/** The last verification's answer (shared with the button through the query cache), or nothing before the first. */
export function AuditVerifyResult({ onShowEntry }: { onShowEntry: (id: number) => void }) {
  const { t } = useTranslation();
  const verification = useQueryProc('audit.verify', {}, { enabled: false, retry: false });
  if (verification.isFetching) {
    return <Alert type="info" showIcon title={t('auditChain.verifying')} className="audit-verify-result" />;
  }
  if (verification.isError) {
    return (
      <Alert
        type="warning"
        showIcon
        className="audit-verify-result"
        title={t('auditChain.failed')}
        description={describeError(verification.error, t)}
      />
    );
  }
  const result = verification.data;
  if (!result) return null;
  if (result.intact) {
    return (
      <Alert
        type="success"
        showIcon
        className="audit-verify-result"
        title={result.total === 0 ? t('auditChain.emptyLog') : t('auditChain.intactTitle', { count: result.total })}
        description={
          result.total === 0 ? null : (
            <>
              {t('auditChain.intactText')}
              <Head head={result.head} />
            </>
          )
        }
      />
    );
  }
  const broken = result.firstBreak as AuditBreak;
  return (
    <Alert
      type="error"
      showIcon
      className="audit-verify-result"
      title={t('auditChain.brokenTitle', { id: broken.id })}
      description={
        <Flex vertical gap={4}>
          <span>
            <BreakText broken={broken} />
          </span>
          <Typography.Text type="secondary">
            {t('auditChain.brokenChecked', { total: result.total, checked: result.checked })}
          </Typography.Text>
        </Flex>
      }
      action={
        <Button size="small" danger onClick={() => onShowEntry(broken.id)}>
          {t('auditChain.showBroken')}
        </Button>
      }
    />
  );
}
