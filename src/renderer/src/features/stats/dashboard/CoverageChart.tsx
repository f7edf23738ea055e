// The end month's home-visit coverage per grid of the scope, as horizontal bars; a bar opens that grid's visits.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DashboardTrends } from '../../../../../shared/contract/stats';
import { asPercent, percentText } from './chartFormat';
import { LinkShape, MonthTooltip } from './chartParts';
import { visitsHref } from './dashboardParams';

type Coverage = NonNullable<DashboardTrends['coverage']>;

const barColour = '#59a14f';
/** One bar's height with its gap: the chart grows with its grids, so names never squeeze. */
export const coverageRowHeight = 30;

export function CoverageChart({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const data = coverage.rows.map((row) => ({ ...row, percent: asPercent(row.coverage) ?? 0 }));

  const shape = (props: BarShapeProps) => {
    const row = props.payload as (typeof data)[number] | undefined;
    if (!row) return <g />;
    const open = () => navigate(visitsHref(coverage.month, row.gridId));
    return (
      <LinkShape
        label={`${row.name} ${percentText(row.coverage, t)}`}
        data={{ 'data-chart': 'coverage', 'data-grid': row.gridId }}
        onOpen={open}
      >
        {/* The whole row is the target, so a grid at 0% can be opened too. */}
        <rect
          x={props.background?.x ?? props.x}
          y={props.y}
          width={props.background?.width ?? props.width}
          height={props.height}
          fill="transparent"
        />
        <Rectangle x={props.x} y={props.y} width={props.width} height={props.height} fill={barColour} />
      </LinkShape>
    );
  };

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 56, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v) => `${v}%`} />
        <YAxis type="category" dataKey="name" width={96} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: 'rgba(0, 0, 0, 0.04)' }}
          content={({ active, payload }) => {
            const row = active ? (payload?.[0]?.payload as (typeof data)[number] | undefined) : undefined;
            if (!row) return null;
            return (
              <MonthTooltip
                month={coverage.month}
                lines={[
                  {
                    key: row.gridId,
                    name: row.name,
                    colour: barColour,
                    text:
                      row.coverage === null
                        ? t('dashboard.charts.noData')
                        : `${percentText(row.coverage, t)}（${t('dashboard.charts.visited', row)}）`,
                  },
                ]}
              />
            );
          }}
        />
        <Bar
          dataKey="percent"
          name={t('dashboard.charts.coverageSeries')}
          shape={shape}
          barSize={16}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="coverage"
            position="right"
            fontSize={12}
            fill="#595959"
            formatter={(value) => percentText(value as number | null, t)}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
