// A section's small chart at a fixed 320×180 with no animation, so the screen, the preview and the paper show the
// same drawing; in the app's chart card (its title, and on screen a button that saves it as a PNG).
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Tooltip as ChartTooltip,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  XAxis,
  YAxis,
} from 'recharts';
import type { MonthlySummary } from '../../../../../shared/contract/stats';
import type { SummaryFigureKind } from '../../../../../shared/domain/monthlySummary';
import { ChartFrame } from '../../../components/ChartFrame';
import { seriesColours } from '../../../components/chartColours';
import { statsLabel, valueText } from './summaryFormat';

type Chart = MonthlySummary['sections'][number]['chart'];

export const chartSize = { width: 320, height: 180 } as const;
const barColour = '#4e79a7';
const axisTick = { fontSize: 11, fill: '#595959' };

/** A rate is drawn in percent (one decimal), so its axis and tooltip read 93.5 rather than 0.935. */
function plotted(kind: SummaryFigureKind, value: number | null): number | null {
  return value === null || kind !== 'rate' ? value : Math.round(value * 1000) / 10;
}

/** Labels longer than this are cut with an ellipsis under the axis (the table beside the chart has them whole). */
const tickChars = 8;

/** A category under the axis, leaning so that long names (党支部, trainings) do not run into each other. */
function SlantedTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value: string } }) {
  const label = String(payload?.value ?? '');
  const shown = label.length > tickChars ? `${label.slice(0, tickChars - 1)}…` : label;
  return (
    <text x={x} y={y} dy={8} textAnchor="end" transform={`rotate(-30, ${x}, ${y})`} {...axisTick}>
      <title>{label}</title>
      {shown}
    </text>
  );
}

/** About how wide a label is drawn at 11 px: Chinese characters full width, others about half. */
function labelWidth(label: string): number {
  let width = 0;
  for (const char of label) width += char.codePointAt(0)! >= 0x2e80 ? 11 : 6.5;
  return width;
}

/** Whether the category labels need to lean: the widest would run into its neighbours side by side. */
function leans(labels: string[]): boolean {
  const slot = (chartSize.width - 60) / Math.max(labels.length, 1);
  return labels.some((label) => labelWidth(label) > slot - 6);
}

function Drawing({ chart, title }: { chart: Chart; title: string }) {
  const kind = chart.kindOfValue;
  const data = chart.points.map((point) => ({ label: point.label, value: plotted(kind, point.value) }));
  const tick = (value: number) => (kind === 'rate' ? `${value}%` : String(value));
  const tip = (value: unknown) =>
    typeof value === 'number' ? valueText(kind, kind === 'rate' ? value / 100 : value) : '—';

  if (chart.kind === 'pie') {
    const slices = data.filter((point) => point.value !== null && point.value > 0);
    const colours = seriesColours(slices.map((_, index) => index));
    return (
      <PieChart {...chartSize}>
        <Pie data={slices} dataKey="value" nameKey="label" cx={86} cy={88} outerRadius={72} isAnimationActive={false}>
          {slices.map((slice, index) => (
            <Cell key={slice.label} fill={colours.get(index)} />
          ))}
        </Pie>
        <Legend
          layout="vertical"
          align="right"
          verticalAlign="middle"
          iconSize={8}
          wrapperStyle={{ fontSize: 11, maxWidth: 140 }}
          formatter={(label) => <span className="summary-legend-label">{label}</span>}
        />
        <ChartTooltip formatter={tip} />
      </PieChart>
    );
  }
  const leaning = leans(data.map((point) => point.label));
  // A leaning first label reaches left of the axis: room for it.
  const margin = { top: 8, right: 12, bottom: 0, left: leaning ? 36 : 0 };
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      {leaning ? (
        <XAxis
          dataKey="label"
          tick={<SlantedTick />}
          interval={data.length > 16 ? 'preserveStartEnd' : 0}
          height={56}
        />
      ) : (
        <XAxis dataKey="label" tick={axisTick} interval={0} />
      )}
      <YAxis width={44} tick={axisTick} tickFormatter={tick} allowDecimals={kind !== 'count'} />
      <ChartTooltip formatter={tip} />
    </>
  );
  if (chart.kind === 'line') {
    return (
      <LineChart {...chartSize} data={data} margin={margin}>
        {axes}
        <Line
          dataKey="value"
          name={title}
          stroke={barColour}
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
      </LineChart>
    );
  }
  return (
    <BarChart {...chartSize} data={data} margin={margin}>
      {axes}
      <Bar dataKey="value" name={title} fill={barColour} maxBarSize={28} isAnimationActive={false} />
    </BarChart>
  );
}

export function SectionChart({ chart, fileNameParts }: { chart: Chart; fileNameParts: string[] }) {
  const { t } = useTranslation();
  const title = statsLabel(t, 'charts', chart.key);
  return (
    <figure className="summary-chart">
      <ChartFrame title={title} fileNameParts={fileNameParts} height={chartSize.height}>
        <Drawing chart={chart} title={title} />
      </ChartFrame>
    </figure>
  );
}
