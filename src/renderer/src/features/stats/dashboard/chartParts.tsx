// Pieces every dashboard chart shares: month ticks, the tooltip of a month, the legend, and shapes that open a list.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type BarShapeProps, Rectangle } from 'recharts';
import { monthLong, monthTick } from './chartFormat';
import { thisMonth } from './dashboardParams';

/** A month tick: 10月 under the axis, with the year on a second line at January and at the period's start. */
export function MonthAxisTick({
  x,
  y,
  payload,
  index,
  rotate,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value: string };
  index?: number;
  /** Two years of months do not fit side by side: they lean. */
  rotate: boolean;
}) {
  const { t } = useTranslation();
  const month = payload?.value ?? '';
  const label = monthTick(month, index ?? 0, t);
  if (rotate) {
    return (
      <text x={x} y={y} dy={10} textAnchor="end" transform={`rotate(-40, ${x}, ${y})`} fill="#595959" fontSize={12}>
        {label}
      </text>
    );
  }
  const [first, ...rest] = splitYear(label);
  return (
    <text x={x} y={y} textAnchor="middle" fill="#595959" fontSize={12}>
      <tspan x={x} dy={12}>
        {first}
      </tspan>
      {rest.length > 0 && (
        <tspan x={x} dy={14} fill="#8c8c8c">
          {rest.join(' ')}
        </tspan>
      )}
    </text>
  );
}

/** 2026年1月 → [1月, 2026年]; Jan 2026 → [Jan, 2026]: the month first, the year under it. */
function splitYear(label: string): string[] {
  const zh = /^(\d{4}年)(.+)$/.exec(label);
  if (zh) return [zh[2] ?? '', zh[1] ?? ''];
  const en = /^(\S+) (\d{4})$/.exec(label);
  if (en) return [en[1] ?? '', en[2] ?? ''];
  return [label];
}

/** The axis props of a month axis: its tick, and room for a second line or a leaning label. */
export function monthAxisProps(monthCount: number) {
  const rotate = monthCount > 12;
  return {
    dataKey: 'month',
    interval: 0,
    height: rotate ? 56 : 36,
    tick: (props: { x?: number | string; y?: number | string; payload?: { value: string }; index?: number }) => (
      <MonthAxisTick {...props} rotate={rotate} />
    ),
  } as const;
}

export interface TooltipLine {
  key: string | number;
  name: string;
  colour?: string;
  text: string;
}

/** One month's values in a tooltip, each with its series' colour; a line may say 无数据. */
export function MonthTooltip({ month, lines, foot }: { month: string; lines: TooltipLine[]; foot?: string }) {
  const { t } = useTranslation();
  return (
    <div className="dashboard-tooltip">
      <div className="dashboard-tooltip-title">
        {monthLong(month, t)}
        {month === thisMonth() && t('dashboard.charts.soFar')}
      </div>
      {lines.map((line) => (
        <div key={line.key} className="dashboard-tooltip-line">
          {line.colour && <span className="dashboard-tooltip-swatch" style={{ background: line.colour }} />}
          <span className="dashboard-tooltip-name">{line.name}</span>
          <span className="dashboard-tooltip-value">{line.text}</span>
        </div>
      ))}
      {foot && <div className="dashboard-tooltip-foot">{foot}</div>}
    </div>
  );
}

/** The tooltip props every chart sets: no slide-in, and a month's lines from the chart's own rows. */
export function tooltipOf(render: (month: string) => React.ReactNode) {
  return {
    isAnimationActive: false,
    // A month whose rates are all missing still gets its tooltip, saying 无数据.
    filterNull: false,
    content: ({ active, label }: { active?: boolean; label?: string | number }) =>
      active && typeof label === 'string' ? render(label) : null,
  };
}

/** The legend every chart sets: in the series' own order (recharts sorts by name otherwise), in dark text. */
export const legendProps = {
  itemSorter: null,
  wrapperStyle: { fontSize: 12 },
  formatter: (value: unknown) => <span className="dashboard-legend-text">{String(value)}</span>,
} as const;

/**
 * A chart shape that opens a list: clickable, reachable by Tab and Enter, named for screen readers, and marked with
 * data-* attributes (data-chart, data-month, ...) by which tests find it.
 */
export function LinkShape({
  label,
  data,
  onOpen,
  children,
}: {
  label: string;
  data: Record<`data-${string}`, string | number | undefined>;
  onOpen: () => void;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be an <a>; it acts as a link
    <g
      className="dashboard-segment"
      role="link"
      tabIndex={0}
      aria-label={label}
      {...data}
      onClick={onOpen}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onOpen();
      }}
    >
      {children}
    </g>
  );
}

interface LinkTarget {
  label: string;
  data: Record<`data-${string}`, string | number | undefined>;
  onOpen: () => void;
}

/** A bar's shape that opens a list; `target` names it and says where it leads, or null for no bar (a zero). */
export function linkBar(target: (props: BarShapeProps) => LinkTarget | null) {
  return (props: BarShapeProps) => {
    const link = props.height > 0 ? target(props) : null;
    if (!link) return <g />;
    return (
      <LinkShape {...link}>
        <Rectangle x={props.x} y={props.y} width={props.width} height={props.height} fill={props.fill} />
      </LinkShape>
    );
  };
}
