// Reading the audit log, newest first, and verifying its hash chain.
import { and, desc, eq, inArray, like, lt, lte, type SQL } from 'drizzle-orm';
import { sensitiveReadActions } from '../../shared/contract/audit';
import { auditLog, users } from '../db/schema';
import { verifyAuditChain } from './auditChain';
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

export const auditHandlers: Handlers<'audit.list' | 'audit.verify'> = {
  'audit.list': (ctx, input) => {
    const filters: SQL[] = [];
    if (input.cursor !== undefined) filters.push(lt(auditLog.id, input.cursor));
    if (input.fromId !== undefined) filters.push(lte(auditLog.id, input.fromId));
    if (input.action) filters.push(like(auditLog.action, `${input.action.replace(/[%_\\]/g, '\\$&')}%`));
    if (input.entity) filters.push(eq(auditLog.entity, input.entity));
    if (input.entityId !== undefined) filters.push(eq(auditLog.entityId, input.entityId));
    if (input.sensitiveReads) filters.push(inArray(auditLog.action, [...sensitiveReadActions]));
    const rows = auditEntries(ctx, and(...filters), input.limit + 1);
    const { page, nextCursor } = keysetPage(rows, input.limit, (row) => row.id);
    return { rows: page, nextCursor };
  },

  'audit.verify': (ctx) => {
    const result = verifyAuditChain(ctx.sqlite);
    // Who checked the log, when, and what they found, is itself worth keeping: it is appended after the check.
    ctx.audit.record({
      entity: 'audit_log',
      entityId: result.firstBreak?.id ?? null,
      after: { total: result.total, intact: result.intact, firstBreak: result.firstBreak },
    });
    return result;
  },
};
