// The three rates per month as lines: a month with nothing to divide is a gap, not 0%; a point opens the cases
// its rate divides (the month's resolved cases, or its followed-up ones for satisfaction).
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthRates } from '../../../../../shared/contract/stats';
import { followedUpFilters, resolvedFilters } from '../../../../../shared/domain/statsLinks';
import { caseListHref } from '../../cases/caseListFilters';
import { asPercent, monthLong, percentText, rateColours } from './chartFormat';
import { legendProps, MonthTooltip, monthAxisProps, tooltipOf } from './chartParts';

const rates = [
  { key: 'firstContact', value: 'firstContactRate', part: 'firstContactResolved', whole: 'resolved' },
  { key: 'onTime', value: 'onTimeRate', part: 'resolvedOnTime', whole: 'resolved' },
  { key: 'satisfaction', value: 'satisfactionRate', part: 'satisfied', whole: 'followedUp' },
] as const;

type RateKey = (typeof rates)[number]['key'];

/** What recharts hands a dot, as a point and as the hovered point alike. */
interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { month?: string };
  value?: unknown;
}

/** Whether the chart has a single point to draw. */
export function hasRates(rows: MonthRates[]): boolean {
  return rows.some((row) => rates.some((rate) => row[rate.value] !== null));
}

/**
 * Where the percent axis starts: rates near 100% would draw three flat lines at the top of a 0–100 axis, so the axis
 * starts at the ten below the lowest rate (at 0 when a rate is under 50%, where the whole scale tells more).
 */
function axisFloor(values: (number | null)[]): number {
  const lowest = Math.min(...values.filter((v): v is number => v !== null));
  if (!Number.isFinite(lowest) || lowest < 50) return 0;
  return Math.floor((lowest - 5) / 10) * 10;
}

function ticksFrom(floor: number): number[] {
  const step = (100 - floor) / 4;
  return [0, 1, 2, 3, 4].map((i) => Math.round(floor + i * step));
}

export function RatesChart({ rows, gridId }: { rows: MonthRates[]; gridId: number | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const data = rows.map((row) => ({
    month: row.month,
    firstContact: asPercent(row.firstContactRate),
    onTime: asPercent(row.onTimeRate),
    satisfaction: asPercent(row.satisfactionRate),
  }));
  const floor = axisFloor(data.flatMap((row) => [row.firstContact, row.onTime, row.satisfaction]));
  const hrefOf = (key: RateKey, month: string) =>
    caseListHref(key === 'satisfaction' ? followedUpFilters(month, gridId) : resolvedFilters(month, gridId));

  // A render function recharts calls per point (not a component: it holds no state).
  const dot = (key: RateKey, active: boolean) => (props: DotProps) => {
    const month = String(props.payload?.month ?? '');
    const value = props.value as number | null;
    if (value == null || props.cx == null || props.cy == null) return <g key={`${key}-${month}`} />;
    const open = () => navigate(hrefOf(key, month));
    const name = t(`dashboard.charts.${key}`);
    return (
      // biome-ignore lint/a11y/useSemanticElements: an SVG point cannot be an <a>; it acts as a link
      <circle
        key={`${key}-${month}`}
        className="dashboard-point"
        role="link"
        tabIndex={active ? -1 : 0}
        aria-label={`${monthLong(month, t)} ${name} ${value}%`}
        data-chart="rates"
        data-rate={key}
        data-month={month}
        cx={props.cx}
        cy={props.cy}
        r={active ? 6 : 4}
        fill={active ? rateColours[key] : '#fff'}
        stroke={rateColours[key]}
        strokeWidth={2}
        onClick={open}
        onKeyDown={(event) => {
          if (event.key === 'Enter') open();
        }}
      />
    );
  };

  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 12, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis {...monthAxisProps(rows.length)} />
        <YAxis domain={[floor, 100]} ticks={ticksFrom(floor)} tickFormatter={(v) => `${v}%`} width={48} />
        <Tooltip
          {...tooltipOf((month) => {
            const row = rows.find((r) => r.month === month);
            return (
              <MonthTooltip
                month={month}
                lines={rates.map((rate) => ({
                  key: rate.key,
                  name: t(`dashboard.charts.${rate.key}`),
                  colour: rateColours[rate.key],
                  text:
                    row && row[rate.value] !== null
                      ? `${percentText(row[rate.value], t)}（${t('dashboard.today.fraction', {
                          part: row[rate.part],
                          whole: row[rate.whole],
                        })}）`
                      : t('dashboard.charts.noData'),
                }))}
              />
            );
          })}
        />
        <Legend {...legendProps} />
        {rates.map((rate) => (
          <Line
            key={rate.key}
            type="linear"
            dataKey={rate.key}
            name={t(`dashboard.charts.${rate.key}`)}
            stroke={rateColours[rate.key]}
            strokeWidth={2}
            connectNulls={false}
            dot={dot(rate.key, false)}
            activeDot={dot(rate.key, true)}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
