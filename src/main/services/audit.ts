// Reading the audit log, newest first.
import { and, desc, eq, like, lt, type SQL } from 'drizzle-orm';
import { auditLog, users } from '../db/schema';
import type { Handlers } from './context';

export const auditHandlers: Handlers<'audit.list'> = {
  'audit.list': (ctx, input) => {
    const filters: SQL[] = [];
    if (input.cursor !== undefined) filters.push(lt(auditLog.id, input.cursor));
    if (input.action) filters.push(like(auditLog.action, `${input.action.replace(/[%_\\]/g, '\\$&')}%`));
    if (input.entity) filters.push(eq(auditLog.entity, input.entity));
    if (input.entityId !== undefined) filters.push(eq(auditLog.entityId, input.entityId));
    const rows = ctx.db
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
      .where(and(...filters))
      .orderBy(desc(auditLog.id))
      .limit(input.limit + 1)
      .all();
    const page = rows.slice(0, input.limit);
    return {
      rows: page,
      nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
    };
  },
};
