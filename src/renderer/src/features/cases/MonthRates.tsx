// This month's figures managers are judged by (DOMAIN.md "Rates"), over what the signed-in user can see: a rate
// shows its fraction too, so 100% of 1 case is not mistaken for 100% of 300; intake figures open their list.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseRates } from '../../../../shared/contract/cases';
import { useQueryProc } from '../../api/hooks';
import { caseListHref } from './caseListFilters';

function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

export function MonthRates() {
  const { t } = useTranslation();
  const today = dayjs();
  const period = { from: today.startOf('month').format('YYYY-MM-DD'), to: today.format('YYYY-MM-DD') };
  const rates = useQueryProc('cases.rates', period, { refetchInterval: 60_000 });
  const data: CaseRates | undefined = rates.data;
  const registered = { registeredFrom: period.from, registeredTo: period.to };

  const rate = (key: string, value: number | null, part: number | undefined, whole: number | undefined) => (
    <Col xs={12} md={8} xl={4} key={key}>
      <Statistic
        title={t(`monthRates.${key}` as 'monthRates.firstContact')}
        value={percent(value)}
        loading={rates.isPending}
      />
      <Typography.Text type="secondary" className="month-rate-fraction">
        {data ? t('monthRates.fraction', { part, whole }) : ''}
      </Typography.Text>
    </Col>
  );

  return (
    <Card className="month-rates" title={t('monthRates.title', { month: today.format('YYYY-MM') })} size="small">
      <Row gutter={[16, 8]}>
        <Col xs={12} md={8} xl={4}>
          <Link to={caseListHref(registered)}>
            <Statistic title={t('monthRates.newCases')} value={data?.newCases ?? 0} loading={rates.isPending} />
          </Link>
        </Col>
        {rate('firstContact', data?.firstContactRate ?? null, data?.firstContactResolved, data?.resolved)}
        {rate('onTime', data?.onTimeRate ?? null, data?.resolvedOnTime, data?.resolved)}
        {rate('satisfaction', data?.satisfactionRate ?? null, data?.satisfied, data?.followedUp)}
        <Col xs={12} md={8} xl={4}>
          <Link to={caseListHref({ ...registered, source: ['hotline'] })}>
            <Statistic title={t('monthRates.hotline')} value={data?.hotlineCount ?? 0} loading={rates.isPending} />
          </Link>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Statistic title={t('monthRates.resolved')} value={data?.resolved ?? 0} loading={rates.isPending} />
        </Col>
      </Row>
    </Card>
  );
}
