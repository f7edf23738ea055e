// What the dashboard's charts and address promise: round count axes, a colour per category that stays put, month
// ticks a reader can place, and a view that survives being shared as a link.
import type { TFunction } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seriesColours } from '../../src/renderer/src/components/chartColours';
import { countTicks, monthTick, percentText } from '../../src/renderer/src/features/stats/dashboard/chartFormat';
import { readDashboardView, writeDashboardView } from '../../src/renderer/src/features/stats/dashboard/dashboardParams';
import { dashboardText } from '../../src/renderer/src/i18n/stats/dashboardText';

const zh = dashboardText['zh-CN'].dashboard.charts;
const t = ((key: string) => {
  const words: Record<string, string> = {
    'dashboard.charts.monthTick': zh.monthTick,
    'dashboard.charts.yearTick': zh.yearTick,
    'dashboard.charts.noData': zh.noData,
  };
  return words[key] ?? key;
}) as unknown as TFunction;

describe('count axis ticks', () => {
  it('step by round numbers and reach past the tallest bar', () => {
    for (const max of [1, 3, 8, 42, 61, 372, 1000, 12_345]) {
      const ticks = countTicks(max);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(Number.isInteger(step)).toBe(true);
      expect(String(step)).toMatch(/^(1|2|25|5)0*$/);
    }
  });
});

describe('series colours', () => {
  it('keep a category its colour whatever else is shown, and never give two the same', () => {
    const all = seriesColours([3, 5, 8, 15, 17]);
    const some = seriesColours([5, 8]);
    expect(some.get(5)).toBe(all.get(5));
    expect(new Set(all.values()).size).toBe(all.size);
  });
});

describe('month ticks', () => {
  it('say the year at January and at a first month other than December', () => {
    expect(monthTick('2026-01', 5, t)).toBe('2026年1月');
    expect(monthTick('2026-10', 5, t)).toBe('10月');
    expect(monthTick('2025-06', 0, t)).toBe('2025年6月');
    expect(monthTick('2025-12', 0, t)).toBe('12月');
  });

  it('read a rate with nothing to divide as no data, not 0%', () => {
    expect(percentText(null, t)).toBe(zh.noData);
    expect(percentText(0, t)).toBe('0.0%');
  });
});

describe('the dashboard address', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps a shared view and leaves the defaults out', () => {
    vi.useFakeTimers({ now: new Date('2026-11-28T02:00:00Z') });
    const view = { gridId: 7, end: '2026-10', months: 24 as const };
    expect(readDashboardView(writeDashboardView(view))).toEqual(view);
    expect(writeDashboardView({ end: '2026-11', months: 12 }).toString()).toBe('');
  });

  it('falls back to this month and 12 months for what makes no sense', () => {
    vi.useFakeTimers({ now: new Date('2026-11-28T02:00:00Z') });
    const view = readDashboardView(new URLSearchParams('gridId=x&end=2027-01&months=7'));
    expect(view).toEqual({ gridId: undefined, end: '2026-11', months: 12 });
  });
});
