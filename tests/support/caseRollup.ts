// The cases' monthly rollup (case_monthly_stats) as stored, and as worked out from the cases themselves with the
// pure repeat rule of shared/domain/caseRates: what tests/integration/caseMonthlyStats.test.ts holds equal.
import type { OutputOf } from '../../src/shared/contract';
import { withRepeats } from '../../src/shared/domain/caseRates';
import type { CaseSource, Satisfaction } from '../../src/shared/domain/cases';
import { localDate } from '../../src/shared/domain/dates';
import { lastDateOfMonth } from '../../src/shared/domain/months';
import type { TestGridDesk } from './testGridDesk';

/** The rollup's counts (case_monthly_stats' columns, in camelCase). */
export const figureNames = [
  'registered',
  'hotline',
  'resolved',
  'resolvedOnTime',
  'firstContactResolved',
  'followedUp',
  'satisfied',
] as const;
export type Figures = Record<(typeof figureNames)[number], number>;
export interface RollupRow extends Figures {
  month: string;
  gridId: number;
  topCategoryId: number;
}

/** What the rollup and the repeat rule need of a stored case. */
export interface StoredCase {
  id: number;
  residentId: number | null;
  categoryId: number;
  topCategoryId: number;
  gridId: number;
  source: CaseSource;
  status: string;
  registeredAt: number;
  resolveBy: number;
  resolvedAt: number | null;
  firstHandlingResolved: number;
  followedUpAt: number | null;
  satisfaction: Satisfaction | null;
  cameBack: number;
}

export function storedCases(desk: TestGridDesk): StoredCase[] {
  return desk.app.database.sqlite
    .prepare(
      `select id, resident_id as residentId, category_id as categoryId, top_category_id as topCategoryId,
              grid_id as gridId, source, status, registered_at as registeredAt, resolve_by as resolveBy,
              resolved_at as resolvedAt, first_handling_resolved as firstHandlingResolved,
              followed_up_at as followedUpAt, satisfaction, came_back as cameBack
         from cases order by id`,
    )
    .all() as StoredCase[];
}

/** Whether each case came back, by the pure rule of shared/domain/caseRates over all the cases. */
export function pureCameBack(all: readonly StoredCase[]): Map<number, boolean> {
  const byResident = new Map<number, StoredCase[]>();
  for (const c of all)
    if (c.residentId !== null) byResident.set(c.residentId, [...(byResident.get(c.residentId) ?? []), c]);
  const flags = new Map(all.map((c) => [c.id, false]));
  for (const group of byResident.values()) {
    const facts = group.map((c) => ({
      ...c,
      voided: c.status === 'voided',
      firstHandlingResolved: c.firstHandlingResolved === 1,
    }));
    for (const c of withRepeats(facts)) flags.set(c.id, c.repeated);
  }
  return flags;
}

/** The month of an instant in China time (YYYY-MM). */
export const monthOf = (at: number) => localDate(at).slice(0, 7);
export const emptyFigures = () => Object.fromEntries(figureNames.map((name) => [name, 0])) as Figures;

/** The rollup worked out from the cases directly, with the pure repeat rule: rows with any count, sorted. */
export function aggregateOf(all: readonly StoredCase[]): RollupRow[] {
  const cameBack = pureCameBack(all);
  const rows = new Map<string, RollupRow>();
  const row = (at: number, c: StoredCase) => {
    const key = `${monthOf(at)}|${c.gridId}|${c.topCategoryId}`;
    const found = rows.get(key) ?? {
      month: monthOf(at),
      gridId: c.gridId,
      topCategoryId: c.topCategoryId,
      ...emptyFigures(),
    };
    rows.set(key, found);
    return found;
  };
  for (const c of all.filter((c) => c.status !== 'voided')) {
    const registered = row(c.registeredAt, c);
    registered.registered += 1;
    if (c.source === 'hotline') registered.hotline += 1;
    if (c.resolvedAt !== null) {
      const resolved = row(c.resolvedAt, c);
      resolved.resolved += 1;
      if (c.resolvedAt <= c.resolveBy) resolved.resolvedOnTime += 1;
      if (c.firstHandlingResolved === 1 && !cameBack.get(c.id)) resolved.firstContactResolved += 1;
    }
    if (c.followedUpAt !== null) {
      const followed = row(c.followedUpAt, c);
      followed.followedUp += 1;
      if (c.satisfaction === 'satisfied' || c.satisfaction === 'basically_satisfied') followed.satisfied += 1;
    }
  }
  return sortRows([...rows.values()]);
}

const sortRows = (rows: RollupRow[]) =>
  rows.sort((a, b) => a.month.localeCompare(b.month) || a.gridId - b.gridId || a.topCategoryId - b.topCategoryId);

/** The stored rollup, every row (those a change left at zero too). */
export function rollupOf(desk: TestGridDesk): RollupRow[] {
  return desk.app.database.sqlite
    .prepare(
      `select month, grid_id as gridId, top_category_id as topCategoryId, registered, hotline, resolved,
              resolved_on_time as resolvedOnTime, first_contact_resolved as firstContactResolved,
              followed_up as followedUp, satisfied
         from case_monthly_stats order by month, grid_id, top_category_id`,
    )
    .all() as RollupRow[];
}

/** A month's figures summed over the rollup's rows. */
export function rollupMonth(rows: readonly RollupRow[], of: string): Figures {
  const sum = emptyFigures();
  for (const row of rows.filter((r) => r.month === of)) {
    for (const name of figureNames) sum[name] += row[name];
  }
  return sum;
}

/** cases.rates' counts under the rollup's names. */
export function ratesAsFigures(rates: OutputOf<'cases.rates'>): Figures {
  return {
    registered: rates.newCases,
    hotline: rates.hotlineCount,
    resolved: rates.resolved,
    resolvedOnTime: rates.resolvedOnTime,
    firstContactResolved: rates.firstContactResolved,
    followedUp: rates.followedUp,
    satisfied: rates.satisfied,
  };
}

export const monthPeriod = (of: string) => ({ from: `${of}-01`, to: lastDateOfMonth(of) });
