// When demo cases happen: working hours and weekends, the Spring Festival and other holidays, and the seasons in
// which each kind of trouble reaches the desk. Shanghai keeps no summer time, so its fixed offset is enough here.
import type { Random } from './random';

export const hourMs = 3_600_000;
export const dayMs = 24 * hourMs;
const shanghaiOffsetMs = 8 * hourMs;

/** Local midnight of the day an instant falls on. */
export function dayStart(at: number): number {
  return Math.floor((at + shanghaiOffsetMs) / dayMs) * dayMs - shanghaiOffsetMs;
}

/** Local hour of day with fractions, 0 ≤ h < 24. */
function hourOfDay(at: number): number {
  return (at - dayStart(at)) / hourMs;
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
function weekday(at: number): number {
  return (Math.floor((at + shanghaiOffsetMs) / dayMs) + 4) % 7;
}

export function isWeekend(at: number): boolean {
  const day = weekday(at);
  return day === 0 || day === 6;
}

/** The local `YYYY-MM` and month number of an instant. */
export function localMonth(at: number): { month: string; monthNumber: number } {
  const month = new Date(at + shanghaiOffsetMs).toISOString().slice(0, 7);
  return { month, monthNumber: Number(month.slice(5, 7)) };
}

const springFestivals = [
  '2022-02-01',
  '2023-01-22',
  '2024-02-10',
  '2025-01-29',
  '2026-02-17',
  '2027-02-06',
  '2028-01-26',
  '2029-02-13',
  '2030-02-03',
].map((date) => Date.parse(`${date}T00:00:00+08:00`));

/** Days from the nearest Spring Festival (negative before it). */
function daysFromSpringFestival(day: number): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const festival of springFestivals) {
    const days = Math.round((day - festival) / dayMs);
    if (Math.abs(days) < Math.abs(nearest)) nearest = days;
  }
  return nearest;
}

/** How busy the desk is on a day compared with an ordinary working day. */
export function intakeFactor(day: number): number {
  const festival = daysFromSpringFestival(day);
  if (festival >= -2 && festival <= 6) return 0.15;
  const date = new Date(day + shanghaiOffsetMs).toISOString().slice(5, 10);
  // 劳动节 and 国庆节 weeks: the centre keeps a duty desk.
  if ((date >= '05-01' && date <= '05-05') || (date >= '10-01' && date <= '10-07')) return 0.3;
  const base = isWeekend(day) ? 0.22 : 1;
  return festival >= -9 && festival < -2 ? base * 0.8 : base;
}

/** Wishes gather before Children's Day (for children) and before the Spring Festival (for the old and the poor). */
export function wishFactor(day: number): number {
  const festival = daysFromSpringFestival(day);
  if (festival >= -35 && festival < -2) return 3.5;
  const date = new Date(day + shanghaiOffsetMs).toISOString().slice(5, 10);
  return date >= '05-08' && date <= '05-31' ? 3.5 : 1;
}

export type Season = 'flat' | 'summer' | 'winter' | 'rainy' | 'spring';

/** Monthly multipliers, January first; each averages about 1 over the year. */
const seasons: Record<Season, readonly number[]> = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  summer: [0.5, 0.5, 0.7, 0.85, 1.1, 1.45, 1.85, 1.8, 1.25, 0.9, 0.6, 0.5],
  winter: [1.8, 1.6, 1.2, 0.85, 0.65, 0.55, 0.55, 0.55, 0.65, 0.9, 1.2, 1.7],
  rainy: [0.5, 0.5, 0.7, 0.9, 1.1, 1.9, 2.1, 1.6, 1.0, 0.7, 0.5, 0.5],
  spring: [0.6, 0.7, 1.3, 1.5, 1.4, 1.2, 1.0, 0.9, 0.9, 1.0, 0.8, 0.7],
};

export function seasonFactor(season: Season, monthNumber: number): number {
  return seasons[season][monthNumber - 1] ?? 1;
}

/** A Poisson draw (Knuth's method; the means here are small). */
export function poisson(random: Random, mean: number): number {
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random.next(); p > limit; p *= random.next()) k++;
  return k;
}

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** An exponential draw with this mean: most cases are quick, a few take long. */
export function exponential(random: Random, mean: number): number {
  return -Math.log(1 - random.next()) * mean;
}

/** An instant in office hours (8:30–17:30) on a working day: what the desk does waits for the next opening. */
export function atDesk(random: Random, at: number): number {
  let t = at;
  const hour = hourOfDay(t);
  if (hour < 8.5) t = dayStart(t) + 8.5 * hourMs + random.next() * hourMs;
  else if (hour >= 17.5) t = dayStart(t) + dayMs + 8.5 * hourMs + random.next() * hourMs;
  while (isWeekend(t)) t += dayMs;
  return Math.max(t, at);
}

/** The instant itself when the desk is open then, else shortly before the desk last closed. */
export function deskOpenAtOrBefore(at: number): number {
  const hour = hourOfDay(at);
  if (!isWeekend(at) && hour >= 8.5 && hour < 17.5) return at;
  let close = dayStart(at) + 17 * hourMs;
  if (close > at) close -= dayMs;
  while (isWeekend(close)) close -= dayMs;
  return close;
}

/** An instant in a grid worker's day (8:00–20:00, weekends included: they are out on the street). */
export function onRound(random: Random, at: number): number {
  const hour = hourOfDay(at);
  if (hour < 8) return dayStart(at) + 8 * hourMs + random.next() * 2 * hourMs;
  if (hour >= 20) return dayStart(at) + dayMs + 8 * hourMs + random.next() * 2 * hourMs;
  return at;
}

/** The opening hours of a day, spread as callers and visitors come: busier in the morning. */
export function intakeTime(random: Random, day: number): number {
  const hour = random.next() < 0.6 ? 8.5 + random.next() * 3 : 13.5 + random.next() * 4;
  return day + hour * hourMs + Math.floor(random.next() * 60) * 1000;
}
