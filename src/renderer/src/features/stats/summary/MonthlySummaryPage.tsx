// The monthly summary of a scope and month: every section with its changes, chart and table; print, PDF and .xlsx.
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';

export function MonthlySummaryPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('monthlySummary.title')} />;
}
