// Calendar arithmetic on 'YYYY-MM-DD' dates for the demo's party area: days and years apart, a random day
// between two dates, and the instant a day's business happened (never after the demo's clock).
import { dayMs, hourMs } from './demoCaseCalendar';
import type { Random } from './random';

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** The same day n years later (29 February becomes 28 February). */
export function addYears(date: string, years: number): string {
  const day = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}-${day}`;
}

export function later(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/** A day from `from` to `to`, both included; `from` when the span is empty. */
export function dateBetween(random: Random, from: string, to: string): string {
  if (to <= from) return from;
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
  return addDays(from, random.int(0, span));
}

/** Full years from a birth date to a date. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** A day of a month (1-based), kept within the month. */
export function dayOf(month: string, day: number): string {
  const length = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(Math.min(Math.max(day, 1), length)).padStart(2, '0')}`;
}

/** Working hours of a day, as a whole-millisecond instant no later than `now` (Shanghai keeps no summer time: a fixed offset). */
export function instantOn(random: Random, date: string, now: number): number {
  return Math.min(Date.parse(`${date}T00:00:00+08:00`) + Math.floor((9 + random.next() * 8) * hourMs), now);
}
