// What the user may do with the report now: the branch saves and submits it while it holds it, a reviewer approves
// or returns a submitted one, anyone prints or exports it. A stale save keeps the typed remarks and reloads.
import { CheckOutlined, DownloadOutlined, PrinterOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../../shared/contract/party';
import { downloadExport } from '../../../api/files';
import { useMutationProc } from '../../../api/hooks';
import { isRpcError } from '../../../api/RpcError';
import { useErrorReporter } from '../../../components/useErrorReporter';
import { useCan } from '../../auth/SessionProvider';
import { partyQueries } from '../partyQueries';
import { type ReviewDecision, ReviewModal } from './ReviewModal';
import { monthLabel } from './reportMonth';

/** One conflict message at a time, gone once a save goes through. */
const conflictKey = 'party-report-conflict';

interface Props {
  detail: ReportDetail;
  /** The branch may change it now (and the user may fill reports in). */
  editable: boolean;
  remarks: string;
  /** The remarks are saved: the page shows the saved ones again. */
  onSaved: () => void;
}

export function ReportActions({ detail, editable, remarks, onSaved }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const report = useErrorReporter();
  const queryClient = useQueryClient();
  const canReview = useCan('party.review');
  // The decision outlives the dialog, so its title stays put while it fades out.
  const [decision, setDecision] = useState<ReviewDecision>('review');
  const [reviewing, setReviewing] = useState(false);
  const openReview = (next: ReviewDecision) => {
    setDecision(next);
    setReviewing(true);
  };
  const save = useMutationProc('party.saveReport', { invalidates: partyQueries });
  const submit = useMutationProc('party.submitReport', { invalidates: partyQueries });
  const exportReport = useMutationProc('exports.partyReport');
  const key = { branchId: detail.branchId, month: detail.month };

  const refused = async (error: unknown) => {
    if (isRpcError(error) && error.code === 'CONFLICT') {
      message.warning({ key: conflictKey, content: t('partyReports.conflict'), duration: 6 });
    } else {
      report(error);
    }
    // Whatever was refused, show the report as it now is; the typed remarks stay in the box.
    await queryClient.invalidateQueries({ queryKey: ['party.report'] });
  };

  const saveDraft = async () => {
    try {
      await save.mutateAsync({ ...key, version: detail.version, remarks });
      onSaved();
      message.destroy(conflictKey);
      message.success(t('partyReports.saved'));
    } catch (error) {
      await refused(error);
    }
  };

  const confirmSubmit = () =>
    modal.confirm({
      title: t('partyReports.submitConfirmTitle', { month: monthLabel(detail.month, t) }),
      content: t('partyReports.submitConfirmText'),
      okText: t('partyReports.actions.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await submit.mutateAsync({ ...key, version: detail.version, remarks });
          onSaved();
          message.destroy(conflictKey);
          message.success(t('partyReports.submitted'));
        } catch (error) {
          await refused(error);
        }
      },
    });

  const exportFile = async () => {
    try {
      const file = await exportReport.mutateAsync(key);
      await downloadExport(file.downloadId, file.fileName);
      message.success(t('partyReports.exported'));
    } catch (error) {
      report(error);
    }
  };

  const reviewable = canReview && detail.status === 'submitted';
  return (
    <Flex gap={8} wrap className="report-actions report-no-print">
      {editable && (
        <>
          <Button onClick={saveDraft} loading={save.isPending}>
            {t('partyReports.actions.save')}
          </Button>
          <Button type="primary" icon={<SendOutlined />} onClick={confirmSubmit} loading={submit.isPending}>
            {t('partyReports.actions.submit')}
          </Button>
        </>
      )}
      {reviewable && (
        <>
          <Button type="primary" icon={<CheckOutlined />} onClick={() => openReview('review')}>
            {t('partyReports.actions.approve')}
          </Button>
          <Button danger icon={<RollbackOutlined />} onClick={() => openReview('return')}>
            {t('partyReports.actions.return')}
          </Button>
        </>
      )}
      <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('partyReports.actions.print')}
      </Button>
      <Button icon={<DownloadOutlined />} onClick={exportFile} loading={exportReport.isPending}>
        {t('partyReports.actions.export')}
      </Button>
      {reviewable && (
        <ReviewModal detail={detail} decision={decision} open={reviewing} onClose={() => setReviewing(false)} />
      )}
    </Flex>
  );
}
