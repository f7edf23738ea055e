// The register's sections of the monthly summary: households and residents (totals at the month's end and the
// month's comings and goings) and home visits (done, and coverage by grid as visits.coverage gives it), both from
// the rollups migration 0009's triggers keep.
import { and, inArray, lte, min, sql } from 'drizzle-orm';
import type { SummarySection } from '../../../shared/contract/stats';
import { registerMonthlyCounts, visitMonthlyCounts } from '../../db/schema';
import type { Ctx } from '../context';
import { inGrids } from '../scope';
import {
  chartOf,
  columns,
  figureOf,
  forMonths,
  type Months,
  mapMonths,
  type RowGrid,
  type SummaryScope,
  section,
  sumOver,
} from './summaryParts';

interface RegisterMonth {
  households: number;
  residents: number;
  householdsAdded: number;
  householdsArchived: number;
  residentsAdded: number;
  movedOut: number;
  deceased: number;
}

type GridCounts = Map<number, RegisterMonth>;

const emptyMonth = (): RegisterMonth => ({
  households: 0,
  residents: 0,
  householdsAdded: 0,
  householdsArchived: 0,
  residentsAdded: 0,
  movedOut: 0,
  deceased: 0,
});

/**
 * Each grid's totals at the end of each of the three months and its changes in them: one pass over the rollup's
 * rows up to the month. A month before the register's first record has no figures (null): nothing was kept then.
 */
function registerMonths(ctx: Ctx, scope: SummaryScope): Months<GridCounts | null> {
  const r = registerMonthlyCounts;
  const rows = ctx.db
    .select({
      gridId: r.gridId,
      month: r.month,
      householdsAdded: r.householdsAdded,
      householdsArchived: r.householdsArchived,
      residentsAdded: r.residentsAdded,
      movedOut: r.movedOut,
      deceased: r.deceased,
    })
    .from(r)
    .where(and(inGrids(r.gridId, scope.gridIds), lte(r.month, scope.months.value)))
    .all();
  const first =
    ctx.db
      .select({ month: min(r.month) })
      .from(r)
      .get()?.month ?? null;
  return forMonths(scope, (month) => {
    if (first === null || month < first) return null;
    const byGrid: GridCounts = new Map();
    for (const row of rows) {
      if (row.month > month) continue;
      const counts = byGrid.get(row.gridId) ?? emptyMonth();
      counts.households += row.householdsAdded - row.householdsArchived;
      counts.residents += row.residentsAdded - row.movedOut - row.deceased;
      if (row.month === month) {
        counts.householdsAdded += row.householdsAdded;
        counts.householdsArchived += row.householdsArchived;
        counts.residentsAdded += row.residentsAdded;
        counts.movedOut += row.movedOut;
        counts.deceased += row.deceased;
      }
      byGrid.set(row.gridId, counts);
    }
    return byGrid;
  });
}

const registerKeys = [
  'households',
  'residents',
  'householdsAdded',
  'householdsArchived',
  'residentsAdded',
  'movedOut',
  'deceased',
] as const;

function totalOf(counts: GridCounts, gridIds: readonly number[]): RegisterMonth {
  const total = emptyMonth();
  for (const id of gridIds) {
    const c = counts.get(id);
    if (c) for (const key of registerKeys) total[key] += c[key];
  }
  return total;
}

export function householdsSection(ctx: Ctx, scope: SummaryScope, rowGrids: RowGrid[]): SummarySection {
  const byMonth = registerMonths(ctx, scope);
  const totals = mapMonths(byMonth, (counts) => (counts === null ? null : totalOf(counts, scope.gridIds)));
  const figures = registerKeys.map((key) => figureOf(key, 'count', totals, (t) => t?.[key] ?? null));
  const current = byMonth.value ?? new Map();
  const rows = rowGrids.map((row) => ({ row, t: totalOf(current, row.gridIds) }));
  const t = totals.value;
  return section('households', {
    figures,
    chart: chartOf(
      'bar',
      'residentsByGrid',
      'count',
      rows.map(({ row, t }) => ({ label: row.name, value: t.residents })),
    ),
    table: {
      columns: columns(
        ['grid', 'count'],
        ['households', 'count'],
        ['residents', 'count'],
        ['residentsAdded', 'count'],
        ['movedOut', 'count'],
        ['deceased', 'count'],
      ),
      rows: rows.map(({ row, t }) => ({
        label: row.name,
        values: [t.households, t.residents, t.residentsAdded, t.movedOut, t.deceased],
      })),
    },
    hasData: t !== null && (t.households > 0 || t.householdsArchived > 0),
  });
}

/** Each grid's visits and households visited in the three months, from the trigger-kept visit_monthly_counts. */
function visitMonths(ctx: Ctx, scope: SummaryScope) {
  const v = visitMonthlyCounts;
  const rows = ctx.db
    .select({ gridId: v.gridId, month: v.month, visits: v.visits, visited: v.householdsVisited })
    .from(v)
    .where(
      and(
        inArray(v.month, [scope.months.value, scope.months.previous, scope.months.lastYear]),
        inGrids(v.gridId, scope.gridIds),
      ),
    )
    .all();
  return forMonths(scope, (month) => ({
    visits: new Map(rows.filter((r) => r.month === month).map((r) => [r.gridId, r.visits])),
    visited: new Map(rows.filter((r) => r.month === month).map((r) => [r.gridId, r.visited])),
  }));
}

/** The households each grid has now (what coverage divides by, in every month, as visits.coverage does). */
function currentHouseholds(ctx: Ctx, scope: SummaryScope): Map<number, number> {
  const r = registerMonthlyCounts;
  const rows = ctx.db
    .select({ gridId: r.gridId, n: sql<number>`total(${r.householdsAdded} - ${r.householdsArchived})` })
    .from(r)
    .where(inGrids(r.gridId, scope.gridIds))
    .groupBy(r.gridId)
    .all();
  return new Map(rows.map((row) => [row.gridId, row.n]));
}

const coverageOf = (visited: number, households: number) => (households > 0 ? Math.min(1, visited / households) : null);

/**
 * Home visits: the visits made, and coverage as visits.coverage gives it (households visited in the month on each
 * grid / the grid's households now), read from the two rollups instead of a month's visits.
 */
export function visitsSection(ctx: Ctx, scope: SummaryScope, rowGrids: RowGrid[]): SummarySection {
  const households = currentHouseholds(ctx, scope);
  const byMonth = visitMonths(ctx, scope);
  const totalHouseholds = sumOver({ gridId: scope.gridId, name: scope.name, gridIds: scope.gridIds }, households);
  const months = mapMonths(byMonth, (m) => {
    const visited = [...m.visited.values()].reduce((n, x) => n + x, 0);
    return {
      visits: [...m.visits.values()].reduce((n, x) => n + x, 0),
      visited,
      coverage: coverageOf(visited, totalHouseholds),
    };
  });
  const rows = rowGrids.map((row) => {
    const toVisit = sumOver(row, households);
    const visited = sumOver(row, byMonth.value.visited);
    return { name: row.name, households: toVisit, visited, coverage: coverageOf(visited, toVisit) };
  });
  return section('visits', {
    figures: [
      figureOf('visitsDone', 'count', months, (m) => m.visits),
      figureOf('householdsVisited', 'count', months, (m) => m.visited),
      figureOf('householdsToVisit', 'count', months, () => totalHouseholds),
      figureOf('coverage', 'rate', months, (m) => m.coverage),
    ],
    chart: chartOf(
      'bar',
      'coverageByGrid',
      'rate',
      rows.map((r) => ({ label: r.name, value: r.coverage })),
    ),
    table: {
      columns: columns(
        ['grid', 'count'],
        ['households', 'count'],
        ['householdsVisited', 'count'],
        ['coverage', 'rate'],
      ),
      rows: rows.map((r) => ({ label: r.name, values: [r.households, r.visited, r.coverage] })),
    },
    hasData: months.value.visits > 0,
  });
}
