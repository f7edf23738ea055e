// Month arithmetic on 'YYYY-MM' strings, the unit every monthly figure is counted in (reports, dues, assessment,
// trends): one set of rules for server and screens, in plain integer arithmetic, never through a time zone.

/** The month `n` months after (or before, when negative) a month. */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthsFromTo(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The `count` months ending with `month`, oldest first: a trend chart's x axis (12 or 24 months). */
export function monthsEnding(month: string, count: number): string[] {
  return count <= 0 ? [] : monthsFromTo(addMonths(month, 1 - count), month);
}

/** The month before: what month-on-month change compares with. */
export function previousMonth(month: string): string {
  return addMonths(month, -1);
}

/** The same month a year earlier: what year-on-year change compares with. */
export function sameMonthLastYear(month: string): string {
  return addMonths(month, -12);
}

/** The last day of a month: 2026-02 → 2026-02-28, 2028-02 → 2028-02-29. */
export function lastDateOfMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
