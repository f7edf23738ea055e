// Party members' service hours per month, with the on-the-job members' share as a second bar; a month opens the
// party reports of that month, where each branch's service is listed.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardTrends } from '../../../../../shared/contract/stats';
import { countTicks, monthLong } from './chartFormat';
import { legendProps, linkBar, MonthTooltip, monthAxisProps, tooltipOf } from './chartParts';
import { partyReportsHref } from './dashboardParams';

type Service = NonNullable<DashboardTrends['service']>;

const colours = { hours: '#b07aa1', onTheJobHours: '#4e79a7' } as const;

export function hasService(service: Service): boolean {
  return service.some((row) => row.hours > 0);
}

export function ServiceChart({ service }: { service: Service }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ticks = countTicks(Math.max(0, ...service.map((row) => row.hours)));
  const hours = (count: number) => t('dashboard.charts.hoursValue', { count: Math.round(count * 10) / 10 });

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={service} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis {...monthAxisProps(service.length)} />
        <YAxis width={44} ticks={ticks} domain={[0, ticks.at(-1) ?? 1]} />
        <Tooltip
          cursor={{ fill: 'rgba(0, 0, 0, 0.04)' }}
          {...tooltipOf((month) => {
            const row = service.find((r) => r.month === month);
            return (
              <MonthTooltip
                month={month}
                lines={(['hours', 'onTheJobHours'] as const).map((key) => ({
                  key,
                  name: t(`dashboard.charts.${key}`),
                  colour: colours[key],
                  text: row && row.records > 0 ? hours(row[key]) : t('dashboard.charts.noData'),
                }))}
              />
            );
          })}
        />
        <Legend {...legendProps} />
        {(['hours', 'onTheJobHours'] as const).map((key) => (
          <Bar
            key={key}
            dataKey={key}
            name={t(`dashboard.charts.${key}`)}
            fill={colours[key]}
            shape={linkBar((props) => {
              const month = String(props.payload?.month ?? '');
              return {
                label: `${monthLong(month, t)} ${t(`dashboard.charts.${key}`)} ${hours(Number(props.payload?.[key] ?? 0))}`,
                data: { 'data-chart': 'service', 'data-month': month, 'data-series': key },
                onOpen: () => navigate(partyReportsHref(month)),
              };
            })}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
