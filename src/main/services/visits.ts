// Monthly home visits (入户走访): recording one, the households still to visit this month, coverage per grid.
import { and, asc, count, eq, gt, isNull, notExists, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../shared/contract/errors';
import { localDate } from '../../shared/domain/dates';
import { validationMessage } from '../../shared/i18n/validation';
import { grids, households, registerMonthlyCounts, visits } from '../db/schema';
import { requireActor } from './auth';
import type { Ctx, Handlers } from './context';
import { headNameSql, lastVisitDateSql, visitRowColumns } from './householdFacts';
import { keysetPage } from './paging';
import { findHouseholdForChange } from './register';
import { gridSubtree, inGrids, scopeGridIds, visibleGridIds, withGridPaths } from './scope';

const earliestVisitDate = '2000-01-01';

function requireVisitDate(ctx: Ctx, visitDate: string): void {
  if (visitDate > localDate(ctx.clock.now()) || visitDate < earliestVisitDate) {
    const message = validationMessage(ctx.lang, 'visitDateRange');
    throw new AppError('VALIDATION', `visitDate: ${message}`, {
      reason: 'invalidInput',
      issues: [{ path: ['visitDate'], message }],
    });
  }
}

/** The grids a coverage table has a row for: the children of a grid (itself for a micro-grid), or the communities. */
function coverageRowGrids(ctx: Ctx, gridId: number | undefined) {
  const columns = { id: grids.id, name: grids.name, level: grids.level };
  const order = [asc(sql`coalesce(${grids.code}, ${grids.name})`), asc(grids.name)];
  if (gridId === undefined) {
    return ctx.db
      .select(columns)
      .from(grids)
      .where(and(eq(grids.level, 'community'), isNull(grids.archivedAt)))
      .orderBy(...order)
      .all();
  }
  const grid = ctx.db.select(columns).from(grids).where(eq(grids.id, gridId)).get();
  if (!grid) throw new AppError('NOT_FOUND', `No grid with id ${gridId}.`, { reason: 'gridNotFound' });
  const children = ctx.db
    .select(columns)
    .from(grids)
    .where(and(eq(grids.parentId, gridId), isNull(grids.archivedAt)))
    .orderBy(...order)
    .all();
  return children.length > 0 ? children : [grid];
}

function countsByGrid(rows: { gridId: number; n: number }[]): Map<number, number> {
  return new Map(rows.map((r) => [r.gridId, r.n]));
}

export const visitsHandlers: Handlers<'visits.record' | 'visits.unvisited' | 'visits.coverage'> = {
  'visits.record': (ctx, input) => {
    const actor = requireActor(ctx);
    const household = findHouseholdForChange(ctx, input.householdId);
    requireVisitDate(ctx, input.visitDate);
    const visit = ctx.db
      .insert(visits)
      .values({
        householdId: household.id,
        gridId: household.gridId,
        visitDate: input.visitDate,
        month: input.visitDate.slice(0, 7),
        type: input.type,
        visitorId: actor.userId,
        visitorName: actor.displayName,
        peopleMet: input.peopleMet,
        findings: input.findings,
        followUpNeeded: input.followUpNeeded,
        createdAt: ctx.clock.now(),
      })
      .returning(visitRowColumns)
      .get();
    ctx.audit.record({ entity: 'visits', entityId: visit.id, after: visit });
    return visit;
  },

  'visits.unvisited': (ctx, input) => {
    const gridIds = visibleGridIds(ctx, input.gridId);
    const unvisited: (SQL | undefined)[] = [
      isNull(households.archivedAt),
      gridIds === null ? undefined : inGrids(households.gridId, gridIds),
      notExists(
        ctx.db
          .select({ one: sql`1` })
          .from(visits)
          .where(and(eq(visits.householdId, households.id), eq(visits.month, input.month))),
      ),
    ];
    const total =
      ctx.db
        .select({ n: count() })
        .from(households)
        .where(and(...unvisited))
        .get()?.n ?? 0;
    const rows = ctx.db
      .select({
        householdId: households.id,
        gridId: households.gridId,
        address: households.address,
        headName: headNameSql,
        lastVisitDate: lastVisitDateSql,
      })
      .from(households)
      .where(and(...unvisited, input.cursor === undefined ? undefined : gt(households.id, input.cursor)))
      .orderBy(asc(households.id))
      .limit(input.limit + 1)
      .all();
    const { page, nextCursor } = keysetPage(rows, input.limit, (r) => r.householdId);
    return { rows: withGridPaths(ctx, page), total, nextCursor };
  },

  'visits.coverage': (ctx, input) => {
    const scope = scopeGridIds(ctx);
    const reach = scope === null ? null : new Set(scope);
    const rowGrids = coverageRowGrids(ctx, input.gridId)
      .map((grid) => ({ ...grid, below: gridSubtree(ctx, grid.id).filter((id) => reach === null || reach.has(id)) }))
      .filter((grid) => grid.below.length > 0);
    const allIds = rowGrids.flatMap((g) => g.below);
    // Households on the roll now per grid: what the register's monthly rollup adds up to (migration 0009), a few
    // rows per grid instead of a count of every household.
    const householdCounts = countsByGrid(
      ctx.db
        .select({
          gridId: registerMonthlyCounts.gridId,
          n: sql<number>`sum(${registerMonthlyCounts.householdsAdded} - ${registerMonthlyCounts.householdsArchived})`,
        })
        .from(registerMonthlyCounts)
        .where(inGrids(registerMonthlyCounts.gridId, allIds))
        .groupBy(registerMonthlyCounts.gridId)
        .all(),
    );
    // A visit counts for the grid the household was on that day (visits.grid_id), so past months stay as they were.
    const visitedCounts = countsByGrid(
      ctx.db
        .select({ gridId: visits.gridId, n: sql<number>`count(distinct ${visits.householdId})` })
        .from(visits)
        .where(and(eq(visits.month, input.month), inGrids(visits.gridId, allIds)))
        .groupBy(visits.gridId)
        .all(),
    );
    const coverageOf = (visited: number, total: number) => (total > 0 ? Math.min(1, visited / total) : null);
    const rows = rowGrids.map((grid) => {
      const sum = (counts: Map<number, number>) => grid.below.reduce((n, id) => n + (counts.get(id) ?? 0), 0);
      const householdsBelow = sum(householdCounts);
      const visited = sum(visitedCounts);
      return {
        gridId: grid.id,
        name: grid.name,
        level: grid.level,
        households: householdsBelow,
        visited,
        coverage: coverageOf(visited, householdsBelow),
      };
    });
    const totalHouseholds = rows.reduce((n, r) => n + r.households, 0);
    const totalVisited = rows.reduce((n, r) => n + r.visited, 0);
    return {
      month: input.month,
      rows,
      total: {
        households: totalHouseholds,
        visited: totalVisited,
        coverage: coverageOf(totalVisited, totalHouseholds),
      },
    };
  },
};
