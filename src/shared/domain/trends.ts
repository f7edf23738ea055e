// How a monthly figure moved: month-on-month (环比) and year-on-year (同比). Counts change by a difference and a
// ratio; rates change by percentage points, since "a 5% rise of 90%" is not what a manager means. A comparison with
// nothing to compare (no data then, or zero) says so with null rather than a made-up infinity.

export interface CountChange {
  /** The figure compared with; null when there was no data then. */
  previous: number | null;
  difference: number | null;
  /** (current − previous) / previous; null when previous is null or 0. */
  ratio: number | null;
}

export function countChange(current: number, previous: number | null): CountChange {
  if (previous === null) return { previous, difference: null, ratio: null };
  return { previous, difference: current - previous, ratio: previous === 0 ? null : (current - previous) / previous };
}

export interface RateChange {
  previous: number | null;
  /** The difference in percentage points (0.93 against 0.90 is +3.0); null when either rate is unknown. */
  points: number | null;
}

/** Rates are 0..1 or null (nothing to rate); points are rounded to one decimal, half away from zero. */
export function rateChange(current: number | null, previous: number | null): RateChange {
  if (current === null || previous === null) return { previous, points: null };
  // Rates are fractions computed in floating point (0.85 − 0.8125 is 0.03749999…): a small tolerance lets a half
  // that is a half in decimal round as one.
  const tenths = Math.round(Math.abs(current - previous) * 1000 + 1e-9);
  return { previous, points: (Math.sign(current - previous) * tenths) / 10 };
}

/** The typographic minus: "−3" lines up with "+3" where a hyphen would not. */
export const minusSign = '−';

/**
 * A count's ratio of change as a signed percentage, "+8.5%" / "−2.0%"; a change too small for one decimal keeps
 * two ("−0.03%"), so a real change never reads as "0.0%".
 */
export function ratioText(ratio: number): string {
  const percent = Math.abs(ratio) * 100;
  const digits = percent > 0 && percent < 0.05 ? 2 : 1;
  const sign = ratio > 0 ? '+' : ratio < 0 ? minusSign : '';
  return `${sign}${percent.toFixed(digits)}%`;
}
