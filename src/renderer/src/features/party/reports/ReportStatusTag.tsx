// A report's status as a coloured tag; a month with nothing saved yet reads 未填报.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../../../shared/domain/party';

const colors: Record<ReportStatus, string> = { draft: 'blue', submitted: 'gold', reviewed: 'green', returned: 'red' };

export function ReportStatusTag({ status }: { status: ReportStatus | null }) {
  const { t } = useTranslation();
  if (status === null) return <Tag>{t('partyReports.notStarted')}</Tag>;
  return <Tag color={colors[status]}>{t(`reportStatuses.${status}`)}</Tag>;
}
