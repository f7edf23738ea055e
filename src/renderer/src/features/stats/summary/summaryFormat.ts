// How the summary writes a figure by its kind and its change against the month before (环比) and the same month a
// year before (同比): counts by difference and ratio, rates by percentage points (domain/trends), so "+12 (+8.5%)"
// and "+3.0 个百分点" read the same on screen and on paper.
import type { TFunction } from 'i18next';
import { fenToYuanText } from '../../../../../shared/domain/money';
import { flagMark, type SummaryFigureKind } from '../../../../../shared/domain/monthlySummary';
import { countChange, minusSign, rateChange, ratioText } from '../../../../../shared/domain/trends';

/** What a missing number reads as. */
export const noValue = '—';

/** A non-negative amount of a kind, without unit: 12, 93.5%, 12.5 (hours), 120.00 (yuan), 22.6 (points). */
function amountText(kind: SummaryFigureKind, value: number): string {
  switch (kind) {
    case 'count':
      return String(Math.round(value));
    case 'rate':
      return `${(value * 100).toFixed(1)}%`;
    case 'fen':
      return fenToYuanText(value);
    case 'flag':
      return value ? flagMark : '';
    default:
      return value.toFixed(1);
  }
}

/** A figure's value; — when there is none (a rate with nothing to rate). */
export function valueText(kind: SummaryFigureKind, value: number | null): string {
  return value === null ? noValue : value < 0 ? `${minusSign}${amountText(kind, -value)}` : amountText(kind, value);
}

/** The unit a figure's value is followed by, where a bare number would not say it. */
export function unitText(kind: SummaryFigureKind, t: TFunction): string | undefined {
  if (kind === 'hours') return t('monthlySummary.units.hours');
  if (kind === 'fen') return t('monthlySummary.units.fen');
  if (kind === 'score') return t('monthlySummary.units.score');
  return undefined;
}

export type Direction = 'up' | 'down' | 'flat';

export interface ChangeView {
  text: string;
  direction: Direction;
}

function directionOf(difference: number): Direction {
  return difference > 0 ? 'up' : difference < 0 ? 'down' : 'flat';
}

function signed(text: string, direction: Direction): string {
  return direction === 'up' ? `+${text}` : direction === 'down' ? `${minusSign}${text}` : text;
}

/**
 * A figure's change against a month it is compared with: "+12 (+8.5%)", "−3 (−2.0%)", "+5" when there was
 * nothing then to take a ratio of, "+3.0 个百分点" for a rate; null when there is nothing to compare.
 */
export function changeView(
  kind: SummaryFigureKind,
  value: number | null,
  compared: number | null,
  t: TFunction,
): ChangeView | null {
  if (kind === 'rate') {
    const { points } = rateChange(value, compared);
    if (points === null) return null;
    const direction = directionOf(points);
    return { text: t('monthlySummary.points', { points: signed(Math.abs(points).toFixed(1), direction) }), direction };
  }
  if (value === null) return null;
  const { difference, ratio } = countChange(value, compared);
  if (difference === null) return null;
  const direction = directionOf(difference);
  const amount = signed(amountText(kind, Math.abs(difference)), direction);
  if (ratio === null) return { text: amount, direction };
  return { text: `${amount} (${ratioText(ratio)})`, direction };
}

export type StatsLabelGroup = 'sections' | 'figures' | 'columns' | 'charts';

/** A section, figure, column or chart label from statsLabels (stats.<group>.<key>); the key itself if unnamed. */
export function statsLabel(t: TFunction, group: StatsLabelGroup, key: string): string {
  return t(`stats.${group}.${key}` as 'stats.sections.households', { defaultValue: key });
}
