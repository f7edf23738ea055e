// Case deadlines (DOMAIN.md "Deadlines", a local rule configurable per category): accept within N working days,
// resolve within N days (fewer when urgent); a 12345 work order brings the hotline's own deadline.
import type { CaseUrgency } from './cases';
import { defaultTimeZone, localDate } from './dates';

const dayMs = 24 * 60 * 60_000;

/** How long before its deadline an open case counts as due soon. */
export const dueSoonMs = dayMs;

export interface DeadlineLimits {
  acceptWorkingDays: number;
  resolveDays: number;
  urgentResolveDays: number;
}

function isWeekend(epochMs: number, timeZone: string): boolean {
  const weekday = new Date(`${localDate(epochMs, timeZone)}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * The same time of day `days` working days later (Monday to Friday in the centre's time zone). Public holidays
 * are not known to the app, so a case registered before a holiday may show overdue a day early.
 */
export function addWorkingDays(epochMs: number, days: number, timeZone: string = defaultTimeZone): number {
  let at = epochMs;
  let left = days;
  while (left > 0) {
    at += dayMs;
    if (!isWeekend(at, timeZone)) left -= 1;
  }
  return at;
}

export interface DeadlineInput {
  registeredAt: number;
  urgency: CaseUrgency;
  limits: DeadlineLimits;
  /** The 12345 work order's own deadline, which wins over the category's. */
  hotlineDeadline?: number | null;
  /** Days granted by approved extension requests. */
  extensionDays?: number;
}

export function caseDeadlines(
  input: DeadlineInput,
  timeZone: string = defaultTimeZone,
): { acceptBy: number; resolveBy: number } {
  const days = input.urgency === 'urgent' ? input.limits.urgentResolveDays : input.limits.resolveDays;
  const resolveBy = input.hotlineDeadline ?? input.registeredAt + days * dayMs;
  return {
    acceptBy: addWorkingDays(input.registeredAt, input.limits.acceptWorkingDays, timeZone),
    resolveBy: resolveBy + (input.extensionDays ?? 0) * dayMs,
  };
}

/**
 * Overdue = not resolved by the deadline (DOMAIN.md): an open case past it, or a case resolved after it.
 * Due soon = open and within `dueSoonMs` of it.
 */
export type DeadlineState = 'onTime' | 'dueSoon' | 'overdue';

export function deadlineState(resolveBy: number, resolvedAt: number | null, now: number): DeadlineState {
  if (resolvedAt !== null) return resolvedAt <= resolveBy ? 'onTime' : 'overdue';
  if (now > resolveBy) return 'overdue';
  return resolveBy - now <= dueSoonMs ? 'dueSoon' : 'onTime';
}
