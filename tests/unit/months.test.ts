// Month arithmetic: across year ends, leap years, and the series a trend chart draws.
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  lastDateOfMonth,
  monthsEnding,
  monthsFromTo,
  previousMonth,
  sameMonthLastYear,
} from '../../src/shared/domain/months';

describe('months', () => {
  it.each([
    ['2026-11', 1, '2026-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', -14, '2025-01'],
    ['2026-05', 0, '2026-05'],
  ])('%s plus %i months is %s', (month, n, expected) => {
    expect(addMonths(month, n)).toBe(expected);
  });

  it('lists the months between two, both included, and none backwards', () => {
    expect(monthsFromTo('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsFromTo('2026-02', '2026-01')).toEqual([]);
  });

  it('gives a chart the 12 months ending with a month, oldest first', () => {
    const year = monthsEnding('2026-10', 12);
    expect(year).toHaveLength(12);
    expect([year[0], year[11]]).toEqual(['2025-11', '2026-10']);
    expect(monthsEnding('2026-10', 0)).toEqual([]);
  });

  it('compares a month with the one before and the same one a year earlier', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(sameMonthLastYear('2026-02')).toBe('2025-02');
  });

  it.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-04', '2026-04-30'],
    ['2026-12', '2026-12-31'],
  ])('%s ends on %s', (month, last) => {
    expect(lastDateOfMonth(month)).toBe(last);
  });
});
