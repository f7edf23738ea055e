// The rates managers are judged by (DOMAIN.md "Rates"): first-contact resolution, on time, satisfaction and the
// 12345 count over the cases of a period. Pure: the service loads each case's facts, this module counts them.
import type { CaseSource, Satisfaction } from './cases';
import { defaultTimeZone, nextDate, startOfLocalDate } from './dates';

/** A later case of the same resident and category this many days after a resolution means it came back. */
export const repeatWindowDays = 30;
export const repeatWindowMs = repeatWindowDays * 24 * 60 * 60_000;

/** What the rates need of one case (its timeline's facts, see caseFacts, and its registration). */
export interface RateCase {
  id: number;
  residentId: number | null;
  categoryId: number;
  source: CaseSource;
  voided: boolean;
  registeredAt: number;
  resolveBy: number;
  /** The latest resolution; null while open or reopened. */
  resolvedAt: number | null;
  firstHandlingResolved: boolean;
  followedUpAt: number | null;
  satisfaction: Satisfaction | null;
  /** Whether the same problem came back (see `isRepeatOf`); the service finds it with one indexed lookup. */
  repeated: boolean;
}

/** Instants of a period of whole days in the centre's time zone: [from's midnight, the midnight after `to`). */
export interface Period {
  fromMs: number;
  toMs: number;
}

export function periodOf(from: string, to: string, timeZone: string = defaultTimeZone): Period {
  return { fromMs: startOfLocalDate(from, timeZone), toMs: startOfLocalDate(nextDate(to), timeZone) };
}

type RepeatFacts = Pick<RateCase, 'residentId' | 'categoryId' | 'voided' | 'registeredAt' | 'resolvedAt'>;

/**
 * `later` repeats `original`: the same resident brought a case of the same category again, registered after it and
 * no later than `repeatWindowDays` after its resolution. A voided case is no repeat.
 */
export function isRepeatOf(original: RepeatFacts, later: RepeatFacts): boolean {
  return (
    original.resolvedAt !== null &&
    original.residentId !== null &&
    later !== original &&
    !later.voided &&
    later.residentId === original.residentId &&
    later.categoryId === original.categoryId &&
    later.registeredAt > original.registeredAt &&
    later.registeredAt <= original.resolvedAt + repeatWindowMs
  );
}

/** The `repeated` flag of each case, worked out among the cases given (the service asks the database instead). */
export function withRepeats<T extends Omit<RateCase, 'repeated'>>(cases: readonly T[]): (T & { repeated: boolean })[] {
  return cases.map((c) => ({ ...c, repeated: cases.some((other) => isRepeatOf(c, other)) }));
}

export interface RateFigures {
  newCases: number;
  hotlineCount: number;
  resolved: number;
  firstContactResolved: number;
  resolvedOnTime: number;
  followedUp: number;
  satisfied: number;
  firstContactRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
}

/** The counts of a period, without the rates made of them: what a monthly rollup adds up. */
export type RateCounts = Omit<RateFigures, 'firstContactRate' | 'onTimeRate' | 'satisfactionRate'>;

/** A part over its whole, 0..1; null when there is nothing to divide by (a rate of nothing is no rate, not 0%). */
export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The three rates of a period's counts, each its part over its whole; null when there is nothing to divide by. */
export function withRates(counts: RateCounts): RateFigures {
  return {
    ...counts,
    firstContactRate: ratio(counts.firstContactResolved, counts.resolved),
    onTimeRate: ratio(counts.resolvedOnTime, counts.resolved),
    satisfactionRate: ratio(counts.satisfied, counts.followedUp),
  };
}

const within = (at: number | null, period: Period): boolean => at !== null && at >= period.fromMs && at < period.toMs;

/** The figures of a period; voided cases count nowhere. */
export function caseRates(cases: readonly RateCase[], period: Period): RateFigures {
  const counted = cases.filter((c) => !c.voided);
  const registered = counted.filter((c) => within(c.registeredAt, period));
  const resolved = counted.filter((c) => within(c.resolvedAt, period));
  const followedUp = counted.filter((c) => within(c.followedUpAt, period));
  const firstContactResolved = resolved.filter((c) => c.firstHandlingResolved && !c.repeated).length;
  const resolvedOnTime = resolved.filter((c) => c.resolvedAt !== null && c.resolvedAt <= c.resolveBy).length;
  const satisfied = followedUp.filter(
    (c) => c.satisfaction === 'satisfied' || c.satisfaction === 'basically_satisfied',
  ).length;
  return withRates({
    newCases: registered.length,
    hotlineCount: registered.filter((c) => c.source === 'hotline').length,
    resolved: resolved.length,
    firstContactResolved,
    resolvedOnTime,
    followedUp: followedUp.length,
    satisfied,
  });
}
