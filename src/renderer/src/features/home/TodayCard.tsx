// A manager's numbers of today on the workbench, each opening its list, with the way to the whole dashboard.
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQueryProc } from '../../api/hooks';
import { TodayCards } from '../stats/dashboard/TodayCards';

const shown = ['open', 'overdue', 'dueSoon', 'newCases', 'coverage'];

export function TodayCard() {
  const { t } = useTranslation();
  const today = useQueryProc('dashboard.today', {}, { refetchInterval: 60_000 });
  return (
    <Card
      className="home-today"
      size="small"
      loading={today.isPending}
      title={t('dashboard.home.title', { date: today.data?.date ?? '' })}
      extra={<Link to="/stats/dashboard">{t('dashboard.home.open')}</Link>}
    >
      {today.data && <TodayCards today={today.data} only={shown} />}
    </Card>
  );
}
