// The dashboard: today's numbers of a scope and its trend charts, each number opening the list behind it. The scope
// and period are in the address, so a view can be shared.
import { Alert, Button, Card, DatePicker, Flex, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { trendMonthCounts } from '../../../../../shared/contract/stats';
import { useQueryProc } from '../../../api/hooks';
import { PageTitle } from '../../../components/PageTitle';
import { describeError } from '../../../i18n/describeError';
import { type DashboardView, readDashboardView, thisMonth, writeDashboardView } from './dashboardParams';
import { ScopePicker } from './ScopePicker';
import { TodayCards } from './TodayCards';
import { TrendCharts } from './TrendCharts';
import './dashboard.css';

export function DashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = readDashboardView(params);
  const go = (next: Partial<DashboardView>) => setParams(writeDashboardView({ ...view, ...next }), { replace: true });
  const now = thisMonth();

  const today = useQueryProc('dashboard.today', { gridId: view.gridId }, { refetchInterval: 60_000 });
  const trends = useQueryProc(
    'dashboard.trends',
    { gridId: view.gridId, endMonth: view.end, months: view.months },
    { placeholderData: (previous) => previous },
  );
  const failed = today.error ?? trends.error;

  return (
    <div className="dashboard">
      <PageTitle title={t('dashboard.title')} intro={t('dashboard.intro')} />
      <Flex gap={12} wrap align="center" className="dashboard-toolbar">
        <Typography.Text type="secondary">{t('dashboard.scope')}</Typography.Text>
        <ScopePicker value={view.gridId} onChange={(gridId) => go({ gridId })} />
        <Typography.Text type="secondary">{t('dashboard.period')}</Typography.Text>
        <DatePicker
          picker="month"
          aria-label={t('dashboard.period')}
          allowClear={false}
          value={dayjs(`${view.end}-01`)}
          format={t('dashboard.charts.monthLong')}
          disabledDate={(day) => day.format('YYYY-MM') > now}
          onChange={(value) => value && go({ end: value.format('YYYY-MM') })}
        />
        <Segmented
          aria-label={t('dashboard.periodMonths')}
          value={view.months}
          onChange={(months) => go({ months })}
          options={trendMonthCounts.map((count) => ({ value: count, label: t('dashboard.months', { count }) }))}
        />
      </Flex>

      {failed && (
        <Alert
          type="error"
          showIcon
          className="dashboard-alert"
          title={t('dashboard.loadFailed')}
          description={describeError(failed, t)}
          action={
            <Button size="small" onClick={() => void Promise.all([today.refetch(), trends.refetch()])}>
              {t('common.retry')}
            </Button>
          }
        />
      )}

      <section aria-label={t('dashboard.today.title', { date: today.data?.date ?? '' })}>
        <Flex gap={8} align="baseline" wrap className="dashboard-section-head">
          <Typography.Title level={2} className="dashboard-section-title">
            {t('dashboard.today.title', { date: today.data?.date ?? '…' })}
          </Typography.Title>
          {today.data && <Typography.Text type="secondary">{today.data.scope.path}</Typography.Text>}
        </Flex>
        {today.data ? <TodayCards today={today.data} /> : today.isPending && <Card loading size="small" />}
      </section>

      {/* The last view's charts stay while the next one loads, dimmed, so the page does not jump. */}
      <div className={trends.isPlaceholderData ? 'dashboard-stale' : undefined}>
        <TrendCharts trends={trends.data} loading={trends.isPending} />
      </div>
    </div>
  );
}
