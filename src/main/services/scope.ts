// Row scope of the register: which grids' households an actor may see and change. A grid worker reaches the
// grids they are assigned to and everything below them; every other role with the permission reaches all.
import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../shared/contract/errors';
import type { Ctx } from './context';
import { cachedReference } from './referenceCache';

const scopes = new WeakMap<Ctx, number[] | null>();

/** The grid ids (every level) within the actor's reach, or null when the actor reaches every grid. Once per call. */
export function scopeGridIds(ctx: Ctx): number[] | null {
  if (scopes.has(ctx)) return scopes.get(ctx) ?? null;
  let ids: number[] | null = null;
  if (ctx.actor?.role === 'grid_worker') {
    ids = ctx.sqlite
      .prepare(
        `with recursive mine(id) as (
           select gs.grid_id from grid_staff gs join staff s on s.id = gs.staff_id
            where s.user_id = ? and gs.until is null
           union
           select g.id from grids g join mine m on g.parent_id = m.id
         )
         select id from mine order by id`,
      )
      .pluck()
      .all(ctx.actor.userId) as number[];
  }
  scopes.set(ctx, ids);
  return ids;
}

export function isGridInScope(ctx: Ctx, gridId: number): boolean {
  const scope = scopeGridIds(ctx);
  return scope === null || scope.includes(gridId);
}

/** For changes: a household outside the actor's grids is refused, not hidden. */
export function requireGridInScope(ctx: Ctx, gridId: number): void {
  if (!isGridInScope(ctx, gridId)) {
    throw new AppError('FORBIDDEN', 'This household is outside your grids.', { reason: 'outsideYourGrids' });
  }
}

/** A grid and every grid below it, in one recursive query. */
export function gridSubtree(ctx: Ctx, gridId: number): number[] {
  return ctx.sqlite
    .prepare(
      `with recursive below(id) as (
         select id from grids where id = ?
         union all
         select g.id from grids g join below b on g.parent_id = b.id
       )
       select id from below order by id`,
    )
    .pluck()
    .all(gridId) as number[];
}

/**
 * The grids a list may show: the subtree of `gridId` (when given) within the actor's scope; null when nothing
 * limits it.
 */
export function visibleGridIds(ctx: Ctx, gridId?: number): number[] | null {
  const scope = scopeGridIds(ctx);
  if (gridId === undefined) return scope;
  const subtree = gridSubtree(ctx, gridId);
  if (scope === null) return subtree;
  const reach = new Set(scope);
  return subtree.filter((id) => reach.has(id));
}

/** `column in (…ids)` as one bound JSON parameter, however many grids a district has. */
export function inGrids(column: SQLiteColumn | SQL, ids: readonly number[]): SQL {
  return sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/** 社区 / 综合网格 / 微网格 for each grid id (the street is left out: every row shares it); '' for an unknown id. */
export function gridPaths(ctx: Ctx, gridIds: Iterable<number>): Map<number, string> {
  const all = allGridPaths(ctx);
  const paths = new Map<number, string>();
  for (const id of gridIds) paths.set(id, all.get(id) ?? '');
  return paths;
}

/**
 * Every grid's path, read once and kept until the grid tree changes (services/referenceCache.ts): every list page
 * with a grid column asks. The tree has four fixed levels (street, community, grid, micro-grid), so a grid's path is
 * its parent's path and its own name.
 */
function allGridPaths(ctx: Ctx): ReadonlyMap<number, string> {
  return cachedReference(ctx.sqlite, 'grids', 'gridPaths', () => {
    const rows = ctx.sqlite
      .prepare('select id, name, level, parent_id as parentId from grids order by id')
      .all() as GridNode[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const paths = new Map<number, string>();
    const pathOf = (row: GridNode, depth: number): string => {
      const known = paths.get(row.id);
      if (known !== undefined) return known;
      const parent = row.parentId === null ? undefined : byId.get(row.parentId);
      // A street's path is empty; the depth bound keeps a damaged tree (a loop of parents) from recursing forever.
      const above = parent && depth < 8 ? pathOf(parent, depth + 1) : '';
      const path = row.level === 'street' ? '' : above ? `${above} / ${row.name}` : row.name;
      paths.set(row.id, path);
      return path;
    };
    for (const row of rows) pathOf(row, 0);
    return paths;
  });
}

interface GridNode {
  id: number;
  name: string;
  level: string;
  parentId: number | null;
}

/** Rows with the 社区 / 综合网格 / 微网格 path of their grid, for a list column. */
export function withGridPaths<T extends { gridId: number }>(ctx: Ctx, rows: T[]): (T & { gridPath: string })[] {
  const paths = gridPaths(
    ctx,
    rows.map((r) => r.gridId),
  );
  return rows.map((r) => ({ ...r, gridPath: paths.get(r.gridId) ?? '' }));
}
