// The organisation tree and the staff on each grid: create, rename, move, archive, assign.
import { and, asc, eq, isNull, like, sql } from 'drizzle-orm';
import { AppError } from '../../shared/contract/errors';
import type { GridNode, StaffAssignment } from '../../shared/contract/grids';
import { localDate } from '../../shared/domain/dates';
import { type GridLevel, gridLevels, parentLevelOf } from '../../shared/domain/gridLevels';
import { validationMessage } from '../../shared/i18n/validation';
import { gridStaff, grids, staff } from '../db/schema';
import type { Ctx, Handlers } from './context';

type GridRecord = typeof grids.$inferSelect;

function toNode(grid: GridRecord): GridNode {
  return {
    id: grid.id,
    parentId: grid.parentId,
    level: grid.level,
    name: grid.name,
    code: grid.code,
    archived: grid.archivedAt !== null,
    version: grid.version,
  };
}

function findGrid(ctx: Ctx, id: number): GridRecord {
  const grid = ctx.db.select().from(grids).where(eq(grids.id, id)).get();
  if (!grid) throw new AppError('NOT_FOUND', `No grid with id ${id}.`, { reason: 'gridNotFound' });
  return grid;
}

function requireCurrent(grid: GridRecord, version: number): void {
  if (grid.version !== version) {
    throw new AppError('CONFLICT', 'Someone else changed this grid; reload and try again.', { reason: 'staleVersion' });
  }
}

function requireActive(grid: GridRecord): void {
  if (grid.archivedAt !== null) {
    throw new AppError('CONFLICT', `The grid ${grid.name} is archived.`, {
      reason: 'gridArchived',
      params: { name: grid.name },
    });
  }
}

/** Checks that `parentId` may hold a grid of `level`, and answers the parent. */
function requireParentFor(ctx: Ctx, level: GridLevel, parentId: number | null): GridRecord | null {
  const expected = parentLevelOf(level);
  if (expected === null) {
    if (parentId !== null) throw wrongParent(level);
    return null;
  }
  if (parentId === null) throw wrongParent(level);
  const parent = findGrid(ctx, parentId);
  requireActive(parent);
  if (parent.level !== expected) throw wrongParent(level);
  return parent;
}

function wrongParent(level: GridLevel): AppError {
  return new AppError('VALIDATION', `A ${level} must hang from a ${parentLevelOf(level) ?? 'nothing'}.`, {
    reason: 'wrongParentLevel',
    params: { level },
  });
}

function requireNameFree(ctx: Ctx, parentId: number | null, name: string, exceptId?: number): void {
  const clash = ctx.db
    .select({ id: grids.id })
    .from(grids)
    .where(
      and(
        parentId === null ? isNull(grids.parentId) : eq(grids.parentId, parentId),
        eq(grids.name, name),
        isNull(grids.archivedAt),
      ),
    )
    .get();
  if (clash && clash.id !== exceptId) {
    throw new AppError('CONFLICT', `A grid named ${name} already exists under the same parent.`, {
      reason: 'gridNameTaken',
      params: { name },
      issues: [{ path: ['name'], message: validationMessage(ctx.lang, 'gridNameTaken', { name }) }],
    });
  }
}

function activeChildCount(ctx: Ctx, id: number): number {
  return (
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(grids)
      .where(and(eq(grids.parentId, id), isNull(grids.archivedAt)))
      .get()?.n ?? 0
  );
}

function saveGrid(ctx: Ctx, before: GridRecord, changes: Partial<GridRecord>): GridNode {
  const after = ctx.db
    .update(grids)
    .set({ ...changes, updatedAt: ctx.clock.now(), version: before.version + 1 })
    .where(eq(grids.id, before.id))
    .returning()
    .get();
  ctx.audit.record({ entity: 'grids', entityId: after.id, before: toNode(before), after: toNode(after) });
  return toNode(after);
}

function pathOf(ctx: Ctx, grid: GridRecord) {
  const path: { id: number; name: string; level: GridLevel }[] = [];
  for (let node: GridRecord | null = grid; node; node = node.parentId ? findGrid(ctx, node.parentId) : null) {
    path.unshift({ id: node.id, name: node.name, level: node.level });
  }
  return path;
}

/** Active descendants of a grid by level, in one recursive query. */
function descendantCounts(ctx: Ctx, id: number): Record<GridLevel, number> {
  const rows = ctx.sqlite
    .prepare(
      `with recursive below(id, level) as (
         select id, level from grids where parent_id = ? and archived_at is null
         union all
         select g.id, g.level from grids g join below b on g.parent_id = b.id where g.archived_at is null
       )
       select level, count(*) as n from below group by level`,
    )
    .all(id) as { level: GridLevel; n: number }[];
  const counts = Object.fromEntries(gridLevels.map((level) => [level, 0])) as Record<GridLevel, number>;
  for (const row of rows) counts[row.level] = row.n;
  return counts;
}

function activeStaffOf(ctx: Ctx, gridId: number): StaffAssignment[] {
  return ctx.db
    .select({
      id: gridStaff.id,
      staffId: staff.id,
      name: staff.name,
      phone: staff.phone,
      duty: gridStaff.duty,
      since: gridStaff.since,
    })
    .from(gridStaff)
    .innerJoin(staff, eq(staff.id, gridStaff.staffId))
    .where(and(eq(gridStaff.gridId, gridId), isNull(gridStaff.until)))
    .orderBy(asc(gridStaff.duty), asc(staff.name))
    .all();
}

const levelOrder = sql`case ${grids.level} when 'street' then 0 when 'community' then 1 when 'grid' then 2 else 3 end`;

export const gridsHandlers: Handlers<
  | 'grids.tree'
  | 'grids.get'
  | 'grids.create'
  | 'grids.rename'
  | 'grids.move'
  | 'grids.archive'
  | 'grids.restore'
  | 'grids.staffDirectory'
  | 'grids.assignStaff'
  | 'grids.unassignStaff'
> = {
  'grids.tree': (ctx, input) =>
    ctx.db
      .select()
      .from(grids)
      .where(input.includeArchived ? undefined : isNull(grids.archivedAt))
      .orderBy(levelOrder, asc(sql`coalesce(${grids.code}, ${grids.name})`), asc(grids.name))
      .all()
      .map(toNode),

  'grids.get': (ctx, input) => {
    const grid = findGrid(ctx, input.id);
    const below = descendantCounts(ctx, grid.id);
    const staffRows = activeStaffOf(ctx, grid.id);
    return {
      grid: toNode(grid),
      path: pathOf(ctx, grid),
      staff: staffRows,
      counts: {
        communities: below.community,
        grids: below.grid,
        microGrids: below.micro_grid,
        staff: staffRows.length,
      },
    };
  },

  'grids.create': (ctx, input) => {
    requireParentFor(ctx, input.level, input.parentId);
    requireNameFree(ctx, input.parentId, input.name);
    const now = ctx.clock.now();
    const grid = ctx.db
      .insert(grids)
      .values({
        parentId: input.parentId,
        level: input.level,
        name: input.name,
        code: input.code || null,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    ctx.audit.record({ entity: 'grids', entityId: grid.id, after: toNode(grid) });
    return toNode(grid);
  },

  'grids.rename': (ctx, input) => {
    const grid = findGrid(ctx, input.id);
    requireCurrent(grid, input.version);
    requireActive(grid);
    requireNameFree(ctx, grid.parentId, input.name, grid.id);
    return saveGrid(ctx, grid, { name: input.name, code: input.code || null });
  },

  'grids.move': (ctx, input) => {
    const grid = findGrid(ctx, input.id);
    requireCurrent(grid, input.version);
    requireActive(grid);
    requireParentFor(ctx, grid.level, input.parentId);
    requireNameFree(ctx, input.parentId, grid.name, grid.id);
    return saveGrid(ctx, grid, { parentId: input.parentId });
  },

  'grids.archive': (ctx, input) => {
    const grid = findGrid(ctx, input.id);
    requireCurrent(grid, input.version);
    requireActive(grid);
    const children = activeChildCount(ctx, grid.id);
    if (children > 0) {
      throw new AppError('CONFLICT', `Archive or move the ${children} sub-grid(s) of ${grid.name} first.`, {
        reason: 'gridHasChildren',
        params: { name: grid.name, count: children },
      });
    }
    const now = ctx.clock.now();
    ctx.db
      .update(gridStaff)
      .set({ until: localDate(now) })
      .where(and(eq(gridStaff.gridId, grid.id), isNull(gridStaff.until)))
      .run();
    return saveGrid(ctx, grid, { archivedAt: now });
  },

  'grids.restore': (ctx, input) => {
    const grid = findGrid(ctx, input.id);
    requireCurrent(grid, input.version);
    if (grid.archivedAt === null) return toNode(grid);
    requireParentFor(ctx, grid.level, grid.parentId);
    requireNameFree(ctx, grid.parentId, grid.name, grid.id);
    return saveGrid(ctx, grid, { archivedAt: null });
  },

  'grids.staffDirectory': (ctx, input) =>
    ctx.db
      .select({ id: staff.id, name: staff.name, phone: staff.phone })
      .from(staff)
      .where(input.search ? like(staff.name, `%${input.search.replace(/[%_\\]/g, '\\$&')}%`) : undefined)
      .orderBy(asc(staff.name))
      .limit(50)
      .all(),

  'grids.assignStaff': (ctx, input) => {
    const grid = findGrid(ctx, input.gridId);
    requireActive(grid);
    const now = ctx.clock.now();
    let person: typeof staff.$inferSelect;
    if (input.staffId !== undefined) {
      const found = ctx.db.select().from(staff).where(eq(staff.id, input.staffId)).get();
      if (!found)
        throw new AppError('NOT_FOUND', `No staff person with id ${input.staffId}.`, { reason: 'staffNotFound' });
      person = found;
    } else {
      person = ctx.db
        .insert(staff)
        .values({ name: input.name ?? '', phone: input.phone ?? null, createdAt: now, updatedAt: now })
        .returning()
        .get();
      ctx.audit.record({ entity: 'staff', entityId: person.id, after: person });
    }
    const already = ctx.db
      .select({ id: gridStaff.id })
      .from(gridStaff)
      .where(
        and(
          eq(gridStaff.gridId, grid.id),
          eq(gridStaff.staffId, person.id),
          eq(gridStaff.duty, input.duty),
          isNull(gridStaff.until),
        ),
      )
      .get();
    if (already) {
      throw new AppError('CONFLICT', `${person.name} already has this duty on ${grid.name}.`, {
        reason: 'alreadyAssigned',
        params: { name: person.name },
      });
    }
    const assignment = ctx.db
      .insert(gridStaff)
      .values({
        gridId: grid.id,
        staffId: person.id,
        duty: input.duty,
        since: input.since ?? localDate(now),
        createdAt: now,
      })
      .returning()
      .get();
    ctx.audit.record({ entity: 'grid_staff', entityId: assignment.id, after: assignment });
    return {
      id: assignment.id,
      staffId: person.id,
      name: person.name,
      phone: person.phone,
      duty: assignment.duty,
      since: assignment.since,
    };
  },

  'grids.unassignStaff': (ctx, input) => {
    const before = ctx.db.select().from(gridStaff).where(eq(gridStaff.id, input.assignmentId)).get();
    if (!before || before.until !== null) {
      throw new AppError('NOT_FOUND', 'No such current assignment.', { reason: 'assignmentNotFound' });
    }
    const until = input.until ?? localDate(ctx.clock.now());
    if (until < before.since) {
      throw new AppError('VALIDATION', 'A duty cannot end before it began.', { reason: 'endsBeforeStart' });
    }
    const after = ctx.db.update(gridStaff).set({ until }).where(eq(gridStaff.id, before.id)).returning().get();
    ctx.audit.record({ entity: 'grid_staff', entityId: before.id, before, after });
    return { ok: true };
  },
};
