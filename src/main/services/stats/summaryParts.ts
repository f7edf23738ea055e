// What every section of the monthly summary is built of: the scope and its three months (the month, the one before
// and the same month a year before), figures that carry all three, and the sub-grids a section's table has rows for.
import { asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import type { SummaryFigure, SummarySection } from '../../../shared/contract/stats';
import { startOfLocalDate } from '../../../shared/domain/dates';
import type { GridLevel } from '../../../shared/domain/gridLevels';
import type { SummaryFigureKind, SummarySectionKey } from '../../../shared/domain/monthlySummary';
import { addMonths, previousMonth, sameMonthLastYear } from '../../../shared/domain/months';
import { statsLabels } from '../../../shared/i18n/statsLabels';
import { grids } from '../../db/schema';
import type { Ctx } from '../context';
import { gridSubtree, visibleGridIds } from '../scope';

/** The three months every figure is given for. */
export interface Months<T> {
  value: T;
  previous: T;
  lastYear: T;
}

export type MonthKey = keyof Months<unknown>;
export const monthKeys: readonly MonthKey[] = ['value', 'previous', 'lastYear'];

export interface SummaryScope {
  gridId: number;
  name: string;
  path: string;
  level: GridLevel;
  /** The grid and everything below it within the actor's reach. */
  gridIds: number[];
  /** The street itself: records kept without a grid (a patrol of the whole street) count in it. */
  isTop: boolean;
  months: Months<string>;
}

/** A table row's grid: one of the scope's sub-grids (itself for a micro-grid) with everything below it. */
export interface RowGrid {
  gridId: number;
  name: string;
  gridIds: number[];
}

/** The scope of a summary: NOT_FOUND for a grid that does not exist or lies outside the actor's reach. */
export function summaryScope(ctx: Ctx, gridId: number, month: string): SummaryScope {
  const grid = ctx.db.select().from(grids).where(eq(grids.id, gridId)).get();
  const reach = grid ? visibleGridIds(ctx, gridId) : null;
  if (!grid || (reach !== null && !reach.includes(gridId))) {
    throw new AppError('NOT_FOUND', `No grid with id ${gridId}.`, { reason: 'gridNotFound' });
  }
  const names = [grid.name];
  for (let parentId = grid.parentId; parentId !== null; ) {
    const parent = ctx.db
      .select({ name: grids.name, parentId: grids.parentId })
      .from(grids)
      .where(eq(grids.id, parentId))
      .get();
    if (!parent) break;
    names.unshift(parent.name);
    parentId = parent.parentId;
  }
  return {
    gridId,
    name: grid.name,
    path: names.join(' / '),
    level: grid.level,
    gridIds: reach ?? gridSubtree(ctx, gridId),
    isTop: grid.parentId === null,
    months: { value: month, previous: previousMonth(month), lastYear: sameMonthLastYear(month) },
  };
}

/** The same work done for each of the three months. */
export function forMonths<T>(scope: SummaryScope, of: (month: string) => T): Months<T> {
  return { value: of(scope.months.value), previous: of(scope.months.previous), lastYear: of(scope.months.lastYear) };
}

export function mapMonths<T, U>(months: Months<T>, of: (month: T) => U): Months<U> {
  return { value: of(months.value), previous: of(months.previous), lastYear: of(months.lastYear) };
}

/** A month's bounds as instants in the centre's time zone: [its first midnight, the next month's). */
export function monthBounds(month: string): { fromMs: number; toMs: number } {
  return { fromMs: startOfLocalDate(`${month}-01`), toMs: startOfLocalDate(`${addMonths(month, 1)}-01`) };
}

/** One figure from a per-month record: `pick` answers null where the database cannot say. */
export function figureOf<T>(
  key: string,
  kind: SummaryFigureKind,
  months: Months<T>,
  pick: (of: T) => number | null,
): SummaryFigure {
  return { key, kind, value: pick(months.value), previous: pick(months.previous), lastYear: pick(months.lastYear) };
}

/** A figure's label in the caller's language (statsLabels), for chart points named after figures. */
export function figureLabel(ctx: Ctx, key: string): string {
  return (statsLabels[ctx.lang].stats.figures as Record<string, string>)[key] ?? key;
}

export { ratio } from '../../../shared/domain/caseRates';

/** Sums a per-grid count over a row grid's subtree. */
export function sumOver(row: RowGrid, counts: ReadonlyMap<number, number>): number {
  return row.gridIds.reduce((n, id) => n + (counts.get(id) ?? 0), 0);
}

/**
 * The sub-grids of the scope for its tables: the children still in use, or the grid itself when it has none; in the
 * order visits.coverage gives its rows.
 */
export function rowGridsOf(ctx: Ctx, scope: SummaryScope): RowGrid[] {
  const reach = new Set(scope.gridIds);
  const children = ctx.db
    .select({ id: grids.id, name: grids.name, archivedAt: grids.archivedAt })
    .from(grids)
    .where(eq(grids.parentId, scope.gridId))
    .orderBy(asc(sql`coalesce(${grids.code}, ${grids.name})`), asc(grids.name))
    .all()
    .filter((g) => g.archivedAt === null && reach.has(g.id));
  if (children.length === 0) return [{ gridId: scope.gridId, name: scope.name, gridIds: scope.gridIds }];
  return children.map((g) => ({
    gridId: g.id,
    name: g.name,
    gridIds: gridSubtree(ctx, g.id).filter((id) => reach.has(id)),
  }));
}

type Section = SummarySection;

/** A section in the contract's shape. */
export function section(
  key: SummarySectionKey,
  parts: { figures: SummaryFigure[]; chart: Section['chart']; table: Section['table']; hasData: boolean },
): Section {
  return { key, ...parts };
}

/** A section's chart: its kind, title key, kind of value and points. */
export function chartOf(
  kind: Section['chart']['kind'],
  key: string,
  kindOfValue: SummaryFigureKind,
  points: Section['chart']['points'],
): Section['chart'] {
  return { kind, key, kindOfValue, points };
}

/** Table columns of one kind each, by key. */
export function columns(...specs: [key: string, kind: SummaryFigureKind][]): Section['table']['columns'] {
  return specs.map(([key, kind]) => ({ key, kind }));
}
