// The scope of the dashboard's figures: a grid and everything below it within the caller's reach, or all they reach;
// with its name and path, the grids its figures count and the areas its 12345 chart is split by.
import { asc, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import type { DashboardToday } from '../../../shared/contract/stats';
import { grids } from '../../db/schema';
import type { Ctx } from '../context';
import { scopeGridIds } from '../scope';
import { readSetting, settingKeys } from '../settingsStore';

interface GridNode {
  id: number;
  parentId: number | null;
  level: string;
  name: string;
  archivedAt: number | null;
}

/** An area of the 12345 chart, with the grids its count covers (itself and everything below it). */
export interface Area {
  gridId: number;
  name: string;
  below: number[];
}

export interface DashboardScope {
  info: DashboardToday['scope'];
  /** The grids the scope's figures count (the scope's subtree, or the caller's reach); null when nothing limits them. */
  gridIds: number[] | null;
  /**
   * A grid worker's whole reach (no grid picked): the case list also shows the cases dispatched to them on other
   * grids (caseVisibility), so their figures count those too. Their user id then, else null.
   */
  handlerElsewhere: number | null;
  areas: Area[];
}

/**
 * The whole grid tree, read once per call (a district has a few hundred grids): subtrees, paths and areas are then
 * worked out here instead of one recursive query each. Ordered as the coverage table orders its rows.
 */
function gridTree(ctx: Ctx) {
  const nodes: GridNode[] = ctx.db
    .select({
      id: grids.id,
      parentId: grids.parentId,
      level: grids.level,
      name: grids.name,
      archivedAt: grids.archivedAt,
    })
    .from(grids)
    .orderBy(asc(sql`coalesce(${grids.code}, ${grids.name})`), asc(grids.name))
    .all();
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const children = new Map<number, GridNode[]>();
  for (const node of nodes) {
    if (node.parentId !== null) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  }
  /** Like scope.gridSubtree: archived grids included, as the case list counts their cases. */
  const subtree = (id: number): number[] => [id, ...(children.get(id) ?? []).flatMap((child) => subtree(child.id))];
  const path = (node: GridNode): string => {
    const names: string[] = [];
    for (let at: GridNode | undefined = node; at; at = at.parentId === null ? undefined : byId.get(at.parentId)) {
      names.unshift(at.name);
    }
    return names.join(' / ');
  };
  const live = (list: readonly GridNode[]) => list.filter((node) => node.archivedAt === null);
  const area = (node: GridNode): Area => ({ gridId: node.id, name: node.name, below: subtree(node.id) });
  return { nodes, byId, children, subtree, path, live, area };
}

function gridScope(tree: ReturnType<typeof gridTree>, grid: GridNode): Omit<DashboardScope, 'handlerElsewhere'> {
  const children = tree.live(tree.children.get(grid.id) ?? []);
  return {
    info: { gridId: grid.id, name: grid.name, path: tree.path(grid) },
    gridIds: tree.subtree(grid.id),
    areas: (children.length > 0 ? children : [grid]).map(tree.area),
  };
}

/**
 * The scope asked for: a grid within the caller's reach (FORBIDDEN outside it, NOT_FOUND when there is none), or
 * without one, everything they reach: a grid worker with one top grid gets that grid, so the screen's links carry it.
 */
export function dashboardScope(ctx: Ctx, gridId: number | undefined): DashboardScope {
  const reach = scopeGridIds(ctx);
  const tree = gridTree(ctx);
  if (gridId !== undefined) {
    const grid = tree.byId.get(gridId);
    if (!grid) throw new AppError('NOT_FOUND', `No grid with id ${gridId}.`, { reason: 'gridNotFound' });
    if (reach !== null && !reach.includes(gridId)) {
      throw new AppError('FORBIDDEN', 'This grid is outside your grids.', { reason: 'gridOutsideYourGrids' });
    }
    return { ...gridScope(tree, grid), handlerElsewhere: null };
  }
  const centre = readSetting<string>(ctx.db, settingKeys.centreName) ?? '';
  const everything = { gridId: null, name: centre, path: centre };
  if (reach === null) {
    const communities = tree.live(tree.nodes.filter((node) => node.level === 'community'));
    return { info: everything, gridIds: null, handlerElsewhere: null, areas: communities.map(tree.area) };
  }
  const inReach = new Set(reach);
  const tops = tree.nodes.filter((node) => inReach.has(node.id) && !inReach.has(node.parentId ?? -1));
  const [only] = tops;
  if (tops.length === 1 && only) return { ...gridScope(tree, only), handlerElsewhere: null };
  return {
    info: everything,
    gridIds: reach,
    handlerElsewhere: ctx.actor?.userId ?? null,
    areas: tree.live(tops).map(tree.area),
  };
}
