// How the dashboard's charts write months, percentages and ticks, the same in every chart (colours: chartColours).
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';

/**
 * Month ticks: 10月, with the year at January and at the first month (2026年1月), so nothing is ambiguous; not at
 * a first December, whose year January's tick beside it already tells.
 */
export function monthTick(month: string, index: number, t: TFunction): string {
  const day = dayjs(`${month}-01`);
  const withYear = month.endsWith('-01') || (index === 0 && !month.endsWith('-12'));
  return day.format(withYear ? t('dashboard.charts.yearTick') : t('dashboard.charts.monthTick'));
}

/** 2026年10月 / October 2026. */
export function monthLong(month: string, t: TFunction): string {
  return dayjs(`${month}-01`).format(t('dashboard.charts.monthLong'));
}

/** A 0..1 rate as 87.5%; a rate with nothing to divide is no data, not 0%. */
export function percentText(rate: number | null | undefined, t: TFunction): string {
  return rate == null ? t('dashboard.charts.noData') : `${(rate * 100).toFixed(1)}%`;
}

/** A 0..1 rate as a chart value in percent (one decimal), keeping null as a gap. */
export function asPercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** The rates' colours, fixed per rate. */
export const rateColours = { firstContact: '#4e79a7', onTime: '#59a14f', satisfaction: '#f28e2b' } as const;

/** Round ticks from 0 to at least `max` (0, 100, 200, 300, 400 rather than 0, 95, 190, 285, 380); whole steps. */
export function countTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  // Counts are whole: no 2.5 steps below 10.
  const factors = power >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = Math.max(1, (factors.find((f) => f * power >= raw) ?? 10) * power);
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step; tick += step) ticks.push(tick);
  return ticks;
}
