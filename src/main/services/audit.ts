// Reading the audit log, newest first.
import { and, desc, eq, like, lt, type SQL } from 'drizzle-orm';
import { auditLog, users } from '../db/schema';
import type { Ctx, Handlers } from './context';
import { keysetPage } from './paging';

/** Audit entries matching a condition, newest first, each with the name of the actor who made it. */
export function auditEntries(ctx: Ctx, where: SQL | undefined, limit: number) {
  return ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.displayName,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}

export const auditHandlers: Handlers<'audit.list'> = {
  'audit.list': (ctx, input) => {
    const filters: SQL[] = [];
    if (input.cursor !== undefined) filters.push(lt(auditLog.id, input.cursor));
    if (input.action) filters.push(like(auditLog.action, `${input.action.replace(/[%_\\]/g, '\\$&')}%`));
    if (input.entity) filters.push(eq(auditLog.entity, input.entity));
    if (input.entityId !== undefined) filters.push(eq(auditLog.entityId, input.entityId));
    const rows = auditEntries(ctx, and(...filters), input.limit + 1);
    const { page, nextCursor } = keysetPage(rows, input.limit, (row) => row.id);
    return { rows: page, nextCursor };
  },
};
