// Approving or returning a submitted report: the opinion is optional to approve and required to return; the
// server checks both again (opinionRequired on the opinion field).
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../../shared/contract/party';
import { useMutationProc } from '../../../api/hooks';
import { FormModal, useSaveAndClose } from '../../../components/FormModal';
import { partyQueries } from '../partyQueries';
import { monthLabel } from './reportMonth';

export type ReviewDecision = 'review' | 'return';

interface Props {
  detail: ReportDetail;
  decision: ReviewDecision;
  open: boolean;
  onClose: () => void;
}

export function ReviewModal({ detail, decision, open, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ opinion?: string }>();
  const review = useMutationProc('party.reviewReport', { invalidates: partyQueries });
  const saveAndClose = useSaveAndClose(form, onClose);
  const returning = decision === 'return';
  const names = { branch: detail.branchName, month: monthLabel(detail.month, t) };

  const finish = (values: { opinion?: string }) =>
    saveAndClose(async () => {
      await review.mutateAsync({
        branchId: detail.branchId,
        month: detail.month,
        version: detail.version ?? 0,
        decision,
        opinion: values.opinion ?? '',
      });
      return returning ? t('partyReports.returned') : t('partyReports.approved');
    });

  return (
    <FormModal
      form={form}
      open={open}
      onClose={onClose}
      pending={review.isPending}
      title={returning ? t('partyReports.returnTitle', names) : t('partyReports.approveTitle', names)}
      okText={returning ? t('partyReports.actions.return') : t('partyReports.actions.approve')}
      okButtonProps={{ danger: returning }}
    >
      <Form form={form} layout="vertical" onFinish={finish} requiredMark={returning}>
        <Form.Item
          name="opinion"
          label={t('partyReports.opinion')}
          extra={returning ? t('partyReports.opinionForReturn') : t('partyReports.opinionForApprove')}
          rules={[
            { required: returning, whitespace: true, message: t('partyReports.opinionRequired') },
            { max: 1000, message: t('form.tooLong', { max: 1000 }) },
          ]}
        >
          <Input.TextArea autoFocus rows={4} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
