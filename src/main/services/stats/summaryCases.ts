// The case sections of the monthly summary. Cases: the month's figures from case_monthly_stats (what `cases.rates`
// gives for the month, by construction), by top category from the same rows and by source from the month's
// intake. Wishes (微心愿): posted, claimed and fulfilled in the month, read from the wishes themselves.
import { and, inArray, min, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { SummarySection } from '../../../shared/contract/stats';
import { type CaseSource, caseSources } from '../../../shared/domain/cases';
import { caseLabels } from '../../../shared/i18n/caseLabels';
import { caseMonthlyStats } from '../../db/schema';
import { categoryNames } from '../cases/caseRows';
import type { Ctx } from '../context';
import { inGrids } from '../scope';
import {
  chartOf,
  columns,
  figureLabel,
  figureOf,
  forMonths,
  mapMonths,
  monthBounds,
  type RowGrid,
  ratio,
  type SummaryScope,
  section,
  sumOver,
} from './summaryParts';

interface CaseMonth {
  registered: number;
  hotline: number;
  resolved: number;
  resolvedOnTime: number;
  firstContactResolved: number;
  followedUp: number;
  satisfied: number;
}

const caseColumns = [
  'registered',
  'hotline',
  'resolved',
  'resolvedOnTime',
  'firstContactResolved',
  'followedUp',
  'satisfied',
] as const;

const total = (column: SQLiteColumn) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);

/** The rollup's rows of the three months, per top category. */
function rollupRows(ctx: Ctx, scope: SummaryScope): ({ month: string; categoryId: number } & CaseMonth)[] {
  const s = caseMonthlyStats;
  const months = [scope.months.value, scope.months.previous, scope.months.lastYear];
  return ctx.db
    .select({
      month: s.month,
      categoryId: s.topCategoryId,
      registered: total(s.registered),
      hotline: total(s.hotline),
      resolved: total(s.resolved),
      resolvedOnTime: total(s.resolvedOnTime),
      firstContactResolved: total(s.firstContactResolved),
      followedUp: total(s.followedUp),
      satisfied: total(s.satisfied),
    })
    .from(s)
    .where(and(inArray(s.month, months), inGrids(s.gridId, scope.gridIds)))
    .groupBy(s.month, s.topCategoryId)
    .all();
}

function sumMonth(rows: readonly CaseMonth[]): CaseMonth {
  const total = Object.fromEntries(caseColumns.map((c) => [c, 0])) as unknown as CaseMonth;
  for (const row of rows) for (const c of caseColumns) total[c] += row[c];
  return total;
}

/**
 * The month's intake (voided left out) by source, from the cases: the rollup does not keep the source. Read from
 * the month's range of cases_registered_idx, which holds every column needed; grouping by `source` would otherwise
 * make SQLite walk all of cases_source_idx (50 ms against 10 at district scale).
 */
function intakeBySource(ctx: Ctx, scope: SummaryScope): Map<string, number> {
  const { fromMs, toMs } = monthBounds(scope.months.value);
  const rows = ctx.sqlite
    .prepare(
      `select source, count(*) as n from cases indexed by cases_registered_idx
        where registered_at >= ? and registered_at < ? and status <> 'voided'
          and grid_id in (select value from json_each(?))
        group by source`,
    )
    .all(fromMs, toMs, JSON.stringify(scope.gridIds)) as { source: CaseSource; n: number }[];
  return new Map(rows.map((r) => [r.source, r.n]));
}

export function casesSection(ctx: Ctx, scope: SummaryScope): SummarySection {
  const rows = rollupRows(ctx, scope);
  // Months before the first case the centre kept have no figures: nothing was recorded then.
  const first =
    ctx.db
      .select({ month: min(caseMonthlyStats.month) })
      .from(caseMonthlyStats)
      .get()?.month ?? null;
  const months = forMonths(scope, (month) =>
    first === null || month < first ? null : sumMonth(rows.filter((r) => r.month === month)),
  );
  const counts: [key: string, pick: (m: CaseMonth) => number][] = [
    ['newCases', (m) => m.registered],
    ['hotlineCount', (m) => m.hotline],
    ['resolved', (m) => m.resolved],
    ['resolvedOnTime', (m) => m.resolvedOnTime],
    ['resolvedLate', (m) => m.resolved - m.resolvedOnTime],
    ['firstContactResolved', (m) => m.firstContactResolved],
    ['followedUp', (m) => m.followedUp],
    ['satisfied', (m) => m.satisfied],
  ];
  const rates: [key: string, pick: (m: CaseMonth) => number | null][] = [
    ['firstContactRate', (m) => ratio(m.firstContactResolved, m.resolved)],
    ['onTimeRate', (m) => ratio(m.resolvedOnTime, m.resolved)],
    ['satisfactionRate', (m) => ratio(m.satisfied, m.followedUp)],
  ];
  const figures = [
    ...counts.map(([key, pick]) => figureOf(key, 'count', months, (m) => (m === null ? null : pick(m)))),
    ...rates.map(([key, pick]) => figureOf(key, 'rate', months, (m) => (m === null ? null : pick(m)))),
  ];
  const byCategory = rows
    .filter((r) => r.month === scope.months.value && r.registered > 0)
    .sort((a, b) => b.registered - a.registered || a.categoryId - b.categoryId);
  const names = categoryNames(
    ctx,
    byCategory.map((r) => r.categoryId),
  );
  const bySource = intakeBySource(ctx, scope);
  const sourceLabels = caseLabels[ctx.lang].caseSources;
  const value = months.value;
  return section('cases', {
    figures,
    chart: chartOf(
      'bar',
      'intakeByCategory',
      'count',
      byCategory.map((r) => ({ label: names.get(r.categoryId) ?? '', value: r.registered })),
    ),
    table: {
      columns: columns(['source', 'count'], ['newCases', 'count'], ['share', 'rate']),
      rows: caseSources
        .filter((source) => (bySource.get(source) ?? 0) > 0)
        .map((source) => {
          const n = bySource.get(source) ?? 0;
          return { label: sourceLabels[source], values: [n, ratio(n, value?.registered ?? 0)] };
        }),
    },
    hasData: value !== null && value.registered + value.resolved + value.followedUp > 0,
  });
}

interface WishMonth {
  posted: number;
  claimed: number;
  fulfilled: number;
}

/**
 * A month's wishes (voided left out) posted, claimed and fulfilled, per grid, in one statement: each from the one
 * index holding its month's range (cases_registered_idx, and migration 0009's cases_wish_claimed_idx and
 * cases_wish_resolved_idx); cases_kind_idx would walk every wish ever made.
 */
const wishCountsSql = `
  select 'posted' as flow, grid_id as gridId, count(*) as n from cases indexed by cases_registered_idx
   where registered_at >= @from and registered_at < @to and kind = 'wish' and status <> 'voided'
     and grid_id in (select value from json_each(@grids)) group by grid_id
  union all
  select 'claimed', grid_id, count(*) from cases indexed by cases_wish_claimed_idx
   where claimed_at >= @from and claimed_at < @to and kind = 'wish' and status <> 'voided'
     and grid_id in (select value from json_each(@grids)) group by grid_id
  union all
  select 'fulfilled', grid_id, count(*) from cases indexed by cases_wish_resolved_idx
   where resolved_at >= @from and resolved_at < @to and kind = 'wish' and status <> 'voided'
     and grid_id in (select value from json_each(@grids)) group by grid_id`;

function wishCounts(ctx: Ctx, scope: SummaryScope, month: string): Record<keyof WishMonth, Map<number, number>> {
  const { fromMs, toMs } = monthBounds(month);
  const counts: Record<keyof WishMonth, Map<number, number>> = {
    posted: new Map(),
    claimed: new Map(),
    fulfilled: new Map(),
  };
  const rows = ctx.sqlite
    .prepare(wishCountsSql)
    .all({ from: fromMs, to: toMs, grids: JSON.stringify(scope.gridIds) }) as {
    flow: keyof WishMonth;
    gridId: number;
    n: number;
  }[];
  for (const row of rows) counts[row.flow].set(row.gridId, row.n);
  return counts;
}

export function wishesSection(ctx: Ctx, scope: SummaryScope, rowGrids: RowGrid[]): SummarySection {
  const keys = ['posted', 'claimed', 'fulfilled'] as const;
  const months = forMonths(scope, (month) => wishCounts(ctx, scope, month));
  const tally = (counts: Record<keyof WishMonth, Map<number, number>>, row: RowGrid): WishMonth => ({
    posted: sumOver(row, counts.posted),
    claimed: sumOver(row, counts.claimed),
    fulfilled: sumOver(row, counts.fulfilled),
  });
  const whole: RowGrid = { gridId: scope.gridId, name: scope.name, gridIds: scope.gridIds };
  const totals = mapMonths(months, (counts) => tally(counts, whole));
  const figureKeys = { posted: 'wishesPosted', claimed: 'wishesClaimed', fulfilled: 'wishesFulfilled' } as const;
  const figures = keys.map((k) => figureOf(figureKeys[k], 'count', totals, (t) => t[k]));
  const t = totals.value;
  return section('wishes', {
    figures,
    chart: chartOf(
      'bar',
      'wishFlow',
      'count',
      keys.map((k) => ({ label: figureLabel(ctx, figureKeys[k]), value: t[k] })),
    ),
    table: {
      columns: columns(
        ['grid', 'count'],
        ['wishesPosted', 'count'],
        ['wishesClaimed', 'count'],
        ['wishesFulfilled', 'count'],
      ),
      rows: rowGrids.map((row) => {
        const c = tally(months.value, row);
        return { label: row.name, values: [c.posted, c.claimed, c.fulfilled] };
      }),
    },
    hasData: t.posted + t.claimed + t.fulfilled > 0,
  });
}
