// Which cases an actor may see: a grid worker sees the cases of their grids and the ones dispatched to them;
// every other role that reads cases sees them all. Every case query and the case page ask this module.
import { eq, or, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import { prepared } from '../../db/prepared';
import { cases } from '../../db/schema/cases';
import type { Ctx } from '../context';
import { inGrids, scopeGridIds } from '../scope';

export type CaseRecord = typeof cases.$inferSelect;

/** The condition limiting `cases` to what the actor may see, or null when nothing limits it. */
export function caseVisibility(ctx: Ctx): SQL | null {
  const grids = scopeGridIds(ctx);
  if (grids === null || ctx.actor === null) return null;
  return or(inGrids(cases.gridId, grids), eq(cases.handlerUserId, ctx.actor.userId)) as SQL;
}

/** Whether the actor may see this case (already loaded). */
export function isCaseVisible(ctx: Ctx, row: Pick<CaseRecord, 'gridId' | 'handlerUserId'>): boolean {
  const grids = scopeGridIds(ctx);
  if (grids === null) return true;
  return row.handlerUserId === ctx.actor?.userId || grids.includes(row.gridId);
}

/** The case, or NOT_FOUND when it does not exist or the actor may not see it (a hidden case is not confirmed). */
export function requireVisibleCase(ctx: Ctx, caseId: number): CaseRecord {
  const row = prepared(ctx.db, 'cases.byId', (db) =>
    db
      .select()
      .from(cases)
      .where(eq(cases.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id: caseId });
  return visibleOrNotFound(ctx, row);
}

/** A case read by id (with whatever else its reader joined) if the actor may see it, else NOT_FOUND. */
export function visibleOrNotFound<T extends Pick<CaseRecord, 'gridId' | 'handlerUserId'>>(
  ctx: Ctx,
  row: T | undefined,
): T {
  if (!row || !isCaseVisible(ctx, row)) {
    throw new AppError('NOT_FOUND', 'This case does not exist.', { reason: 'caseNotFound' });
  }
  return row;
}
