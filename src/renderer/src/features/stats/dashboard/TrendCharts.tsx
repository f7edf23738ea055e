// The trend charts of a scope over its period, two to a row on a wide screen; a chart the role cannot read is left out.
import { Card, Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardTrends } from '../../../../../shared/contract/stats';
import { hotlineFilters, intakeFilters } from '../../../../../shared/domain/statsLinks';
import { ChartFrame } from '../../../components/ChartFrame';
import { caseListHref } from '../../cases/caseListFilters';
import { CoverageChart, coverageRowHeight } from './CoverageChart';
import { monthLong } from './chartFormat';
import { MonthStackChart, type StackCount, type StackHref, type StackSeries } from './MonthStackChart';
import { hasRates, RatesChart } from './RatesChart';
import { hasService, ServiceChart } from './ServiceChart';

type ChartKey = 'intake' | 'rates' | 'hotline' | 'coverage' | 'service';

export function TrendCharts({ trends, loading }: { trends: DashboardTrends | undefined; loading: boolean }) {
  const { t } = useTranslation();
  if (!trends) {
    // On its way: two blank cards hold the place; failed: the page's alert says so.
    return loading ? (
      <Row gutter={[16, 16]} className="dashboard-charts">
        {[0, 1].map((slot) => (
          <Col key={slot} xs={24} xl={12}>
            <Card loading size="small" />
          </Col>
        ))}
      </Row>
    ) : null;
  }
  const gridId = trends.scope.gridId;
  const period = trends.months;
  const fileNameParts = [trends.scope.name, period.at(-1) ?? ''];
  const charts: { key: string; node: ReactNode }[] = [];
  type FrameProps = Omit<Parameters<typeof ChartFrame>[0], 'fileNameParts' | 'hint' | 'emptyText'>;
  /** A chart card: every one says a click opens the list, and says what is missing when empty. */
  const frame = (key: ChartKey, props: FrameProps) =>
    charts.push({
      key,
      node: (
        <ChartFrame
          {...props}
          hint={t('dashboard.charts.clickHint')}
          emptyText={t(`dashboard.empty.${key}`)}
          fileNameParts={fileNameParts}
        />
      ),
    });
  /** Case counts per month stacked by category or area. */
  const stack = (key: 'intake' | 'hotline', series: StackSeries[], counts: StackCount[], hrefOf: StackHref) =>
    frame(key, {
      title: t(`dashboard.charts.${key}`),
      unit: t('dashboard.charts.unitCases'),
      empty: counts.every((row) => row.count === 0),
      height: key === 'intake' ? 340 : 320,
      children: <MonthStackChart chart={key} months={period} series={series} counts={counts} hrefOf={hrefOf} />,
    });

  if (trends.cases) {
    const cases = trends.cases;
    stack(
      'intake',
      cases.categories,
      cases.intake.map((row) => ({ month: row.month, id: row.categoryId, count: row.count })),
      (month, categoryId) => caseListHref(intakeFilters(month, gridId, categoryId)),
    );
    frame('rates', {
      title: t('dashboard.charts.rates'),
      unit: t('dashboard.charts.unitPercent'),
      empty: !hasRates(cases.rates),
      height: 340,
      children: <RatesChart rows={cases.rates} gridId={gridId} />,
    });
    stack(
      'hotline',
      cases.areas.map((area) => ({ id: area.gridId, name: area.name })),
      cases.hotlineByArea.map((row) => ({ month: row.month, id: row.gridId, count: row.count })),
      (month, areaId) => caseListHref(hotlineFilters(month, areaId)),
    );
  }
  if (trends.coverage) {
    const coverage = trends.coverage;
    frame('coverage', {
      title: t('dashboard.charts.coverage', { month: monthLong(coverage.month, t) }),
      unit: t('dashboard.charts.unitPercent'),
      empty: coverage.rows.every((row) => row.households === 0),
      height: Math.max(240, coverage.rows.length * coverageRowHeight + 40),
      children: <CoverageChart coverage={coverage} />,
    });
  }
  if (trends.service) {
    const service = trends.service;
    frame('service', {
      title: t('dashboard.charts.service'),
      unit: t('dashboard.charts.unitHours'),
      empty: !hasService(service),
      height: 320,
      children: <ServiceChart service={service} />,
    });
  }

  return (
    <Row gutter={[16, 16]} className="dashboard-charts">
      {charts.map((chart) => (
        <Col key={chart.key} xs={24} xl={12} data-chart-card={chart.key}>
          {chart.node}
        </Col>
      ))}
    </Row>
  );
}
