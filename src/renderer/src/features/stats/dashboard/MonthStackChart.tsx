// Counts per month stacked by series (intake by category, 12345 by area); each segment opens the cases it counts.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColours } from '../../../components/chartColours';
import { countTicks, monthLong } from './chartFormat';
import { legendProps, linkBar, MonthTooltip, monthAxisProps, tooltipOf } from './chartParts';

export interface StackSeries {
  id: number;
  name: string;
}

export interface StackCount {
  month: string;
  id: number;
  count: number;
}

/** The case list behind one segment. */
export type StackHref = (month: string, id: number) => string;

const keyOf = (id: number) => `s${id}`;

export function MonthStackChart({
  chart,
  months,
  series,
  counts,
  hrefOf,
}: {
  /** Names the chart in the segments' data-chart, for tests and the e2e. */
  chart: string;
  months: string[];
  series: StackSeries[];
  counts: StackCount[];
  hrefOf: StackHref;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const colours = useMemo(() => seriesColours(series.map((s) => s.id)), [series]);
  // Every month of the period is a row, a month or a series without cases counting 0.
  const rows = useMemo(() => {
    const byMonth = new Map(months.map((month) => [month, { month, total: 0 } as Record<string, number | string>]));
    for (const { month, id, count } of counts) {
      const row = byMonth.get(month);
      if (!row) continue;
      row[keyOf(id)] = ((row[keyOf(id)] as number | undefined) ?? 0) + count;
      row.total = (row.total as number) + count;
    }
    return [...byMonth.values()];
  }, [months, counts]);
  const ticks = countTicks(Math.max(0, ...rows.map((row) => Number(row.total))));
  const nameOf = new Map(series.map((s) => [s.id, s.name]));
  // Each month's tallest segment is marked, so a test can ask for "the tallest bar of last month" by name.
  const tallest = useMemo(() => {
    const byMonth = new Map<string, { id: number; count: number }>();
    for (const { month, id, count } of counts) {
      const best = byMonth.get(month);
      if (count > 0 && (!best || count > best.count)) byMonth.set(month, { id, count });
    }
    return byMonth;
  }, [counts]);

  const segment = (id: number) =>
    linkBar((props) => {
      const month = String(props.payload?.month ?? '');
      const count = Number(props.payload?.[keyOf(id)] ?? 0);
      if (count <= 0) return null;
      return {
        label: t('dashboard.charts.segmentLabel', { month: monthLong(month, t), name: nameOf.get(id), count }),
        data: {
          'data-chart': chart,
          'data-month': month,
          'data-series': id,
          'data-count': count,
          'data-tallest': tallest.get(month)?.id === id ? 'true' : undefined,
        },
        onOpen: () => navigate(hrefOf(month, id)),
      };
    });

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis {...monthAxisProps(months.length)} />
        <YAxis allowDecimals={false} width={44} ticks={ticks} domain={[0, ticks.at(-1) ?? 1]} />
        <Tooltip
          {...tooltipOf((month) => {
            const row = rows.find((r) => r.month === month);
            // Top first, as the segments stack.
            const lines = [...series]
              .reverse()
              .filter((s) => Number(row?.[keyOf(s.id)] ?? 0) > 0)
              .map((s) => ({
                key: s.id,
                name: s.name,
                colour: colours.get(s.id),
                text: t('dashboard.charts.cases', { count: Number(row?.[keyOf(s.id)]) }),
              }));
            const total = Number(row?.total ?? 0);
            return (
              <MonthTooltip
                month={month}
                lines={lines}
                foot={
                  total > 0
                    ? `${t('dashboard.charts.total')} ${t('dashboard.charts.cases', { count: total })}`
                    : t('dashboard.charts.noData')
                }
              />
            );
          })}
          cursor={{ fill: 'rgba(0, 0, 0, 0.04)' }}
        />
        <Legend {...legendProps} />
        {series.map((s) => (
          <Bar
            key={s.id}
            dataKey={keyOf(s.id)}
            name={s.name}
            stackId="month"
            fill={colours.get(s.id)}
            shape={segment(s.id)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
