// The dashboard's case figures: today's open, overdue and due-soon counts (the case list's own conditions) and the
// monthly figures of a scope read from the cases' monthly rollup (case_monthly_stats), month by month.
import { and, count, gte, lte, sql } from 'drizzle-orm';
import type { CaseFilters } from '../../../shared/contract/cases';
import type { DashboardTrends, MonthRates } from '../../../shared/contract/stats';
import { type RateCounts, withRates } from '../../../shared/domain/caseRates';
import { dueSoonCasesFilters, openCasesFilters, overdueCasesFilters } from '../../../shared/domain/statsLinks';
import { caseMonthlyStats, cases } from '../../db/schema';
import { caseConditions } from '../cases/caseListQuery';
import { categoryNames } from '../cases/caseRows';
import type { Ctx } from '../context';
import { inGrids } from '../scope';
import type { DashboardScope } from './dashboardScope';

/** One rollup row: a month, a grid, a top category and what its cases add up to there. */
interface RollupRow extends RateCounts {
  month: string;
  gridId: number;
  categoryId: number;
}

/** A rollup row's columns in the order rollupRows reads them, and the row they make. */
const rollupValues = sql.join(
  [
    caseMonthlyStats.month,
    caseMonthlyStats.gridId,
    caseMonthlyStats.topCategoryId,
    caseMonthlyStats.registered,
    caseMonthlyStats.hotline,
    caseMonthlyStats.resolved,
    caseMonthlyStats.firstContactResolved,
    caseMonthlyStats.resolvedOnTime,
    caseMonthlyStats.followedUp,
    caseMonthlyStats.satisfied,
  ],
  sql`, `,
);
type RollupValues = [string, number, number, number, number, number, number, number, number, number];
const toRollupRow = (v: RollupValues): RollupRow => ({
  month: v[0],
  gridId: v[1],
  categoryId: v[2],
  newCases: v[3],
  hotlineCount: v[4],
  resolved: v[5],
  firstContactResolved: v[6],
  resolvedOnTime: v[7],
  followedUp: v[8],
  satisfied: v[9],
});

/**
 * The cases dispatched to a grid worker on grids outside their reach, added up as the rollup adds them up
 * (migration 0008's rules, by registration, resolution and follow-up month): the case list shows these to them,
 * the rollup of their grids cannot. A handful of cases, found by the handler's index.
 */
function handledElsewhere(ctx: Ctx, userId: number, reach: readonly number[], from: string, to: string): RollupRow[] {
  const mine = sql`handler_user_id = ${userId} and status <> 'voided' and grid_id not in (select value from json_each(${JSON.stringify(reach)}))`;
  const localMonth = (column: string) => sql.raw(`strftime('%Y-%m', ${column} / 1000 + 28800, 'unixepoch')`);
  const rows = ctx.db.all<RollupRow>(sql`
    select month, grid_id as gridId, top_category_id as categoryId, sum(registered) as newCases,
           sum(hotline) as hotlineCount, sum(resolved) as resolved, sum(first_contact) as firstContactResolved,
           sum(on_time) as resolvedOnTime, sum(followed_up) as followedUp, sum(satisfied) as satisfied
      from (select registered_month as month, grid_id, top_category_id, 1 as registered, source = 'hotline' as hotline,
                   0 as resolved, 0 as first_contact, 0 as on_time, 0 as followed_up, 0 as satisfied
              from cases where ${mine}
            union all
            select ${localMonth('resolved_at')}, grid_id, top_category_id, 0, 0, 1,
                   first_handling_resolved and not came_back, resolved_at <= resolve_by, 0, 0
              from cases where ${mine} and resolved_at is not null
            union all
            select ${localMonth('followed_up_at')}, grid_id, top_category_id, 0, 0, 0, 0, 0, 1,
                   satisfaction in ('satisfied', 'basically_satisfied')
              from cases where ${mine} and followed_up_at is not null)
     where month between ${from} and ${to}
     group by month, grid_id, top_category_id`);
  return rows;
}

/**
 * The rollup rows of the scope's grids for the months from `from` to `to` (YYYY-MM, both included). Read as one JSON
 * array: two years of a district are 7,500 rows, and the driver takes three times as long to make them row objects
 * as parsing the array and making them here.
 */
function rollupRows(ctx: Ctx, scope: DashboardScope, from: string, to: string): RollupRow[] {
  const where = and(
    gte(caseMonthlyStats.month, from),
    lte(caseMonthlyStats.month, to),
    scope.gridIds === null ? undefined : inGrids(caseMonthlyStats.gridId, scope.gridIds),
  );
  const found = ctx.db.get<{ rows: string }>(
    sql`select json_group_array(json_array(${rollupValues})) as rows from ${caseMonthlyStats} where ${where}`,
  );
  const rows = (JSON.parse(found.rows) as RollupValues[]).map(toRollupRow);
  if (scope.handlerElsewhere === null || scope.gridIds === null) return rows;
  return [...rows, ...handledElsewhere(ctx, scope.handlerElsewhere, scope.gridIds, from, to)];
}

const noCounts = (): RateCounts => ({
  newCases: 0,
  hotlineCount: 0,
  resolved: 0,
  firstContactResolved: 0,
  resolvedOnTime: 0,
  followedUp: 0,
  satisfied: 0,
});

function addTo(sum: RateCounts, row: RateCounts): void {
  for (const key of Object.keys(sum) as (keyof RateCounts)[]) sum[key] += row[key];
}

/** A month's figures as `cases.rates` gives them for that month and scope. */
export function monthRates(ctx: Ctx, scope: DashboardScope, month: string) {
  const sum = noCounts();
  for (const row of rollupRows(ctx, scope, month, month)) addTo(sum, row);
  return withRates(sum);
}

/** How many cases the case list finds for these filters, uncapped (the list itself stops counting at 10,000). */
function listTotal(ctx: Ctx, filters: CaseFilters): number {
  return (
    ctx.db
      .select({ n: count() })
      .from(cases)
      .where(caseConditions(ctx, filters) ?? sql`1`)
      .get()?.n ?? 0
  );
}

/** Today's open, overdue and due-soon cases of the scope: the case list's totals for the same filters. */
export function openCaseCounts(ctx: Ctx, scope: DashboardScope) {
  const gridId = scope.info.gridId;
  return {
    open: listTotal(ctx, openCasesFilters(gridId)),
    overdue: listTotal(ctx, overdueCasesFilters(gridId)),
    dueSoon: listTotal(ctx, dueSoonCasesFilters(gridId)),
  };
}

/** Counts keyed by month and something else, kept in insertion order. */
class MonthCounts {
  private readonly counts = new Map<string, { month: string; key: number; count: number }>();
  add(month: string, key: number, n: number): void {
    if (n === 0) return;
    const id = `${month}|${key}`;
    const entry = this.counts.get(id) ?? { month, key, count: 0 };
    entry.count += n;
    this.counts.set(id, entry);
  }
  /** The non-zero counts, by month, then by the given order of keys. */
  rows(order: readonly number[]) {
    const rank = new Map(order.map((key, i) => [key, i]));
    return [...this.counts.values()]
      .filter((entry) => entry.count !== 0)
      .sort((a, b) => a.month.localeCompare(b.month) || (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0));
  }
}

/** The case charts of the trends: intake by top category, the rates and 12345 by area, month by month. */
export function caseTrends(
  ctx: Ctx,
  scope: DashboardScope,
  months: readonly string[],
): NonNullable<DashboardTrends['cases']> {
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  const rows = rollupRows(ctx, scope, first, last);
  const byMonth = new Map(months.map((month) => [month, noCounts()]));
  const intake = new MonthCounts();
  const categoryTotals = new Map<number, number>();
  const hotline = new MonthCounts();
  const areaOf = new Map<number, number>();
  for (const area of scope.areas) for (const id of area.below) areaOf.set(id, area.gridId);
  for (const row of rows) {
    const sum = byMonth.get(row.month);
    if (sum) addTo(sum, row);
    intake.add(row.month, row.categoryId, row.newCases);
    categoryTotals.set(row.categoryId, (categoryTotals.get(row.categoryId) ?? 0) + row.newCases);
    const area = areaOf.get(row.gridId);
    if (area !== undefined) hotline.add(row.month, area, row.hotlineCount);
  }
  const ranked = [...categoryTotals].filter(([, total]) => total > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const categoryIds = ranked.map(([id]) => id);
  const names = categoryNames(ctx, categoryIds);
  const areaIds = scope.areas.map((area) => area.gridId);
  return {
    categories: categoryIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    intake: intake.rows(categoryIds).map(({ month, key, count }) => ({ month, categoryId: key, count })),
    rates: months.map((month): MonthRates => ({ month, ...withRates(byMonth.get(month) ?? noCounts()) })),
    areas: scope.areas.map(({ gridId, name }) => ({ gridId, name })),
    hotlineByArea: hotline.rows(areaIds).map(({ month, key, count }) => ({ month, gridId: key, count })),
  };
}
