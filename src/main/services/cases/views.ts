// Saved views of the case list: a person's named sets of filters. Filters are parsed again on the way out, so a
// view saved by an older version that no longer fits the filters is left out rather than breaking the list.
import { and, asc, eq } from 'drizzle-orm';
import { caseFilters } from '../../../shared/contract/cases';
import { AppError } from '../../../shared/contract/errors';
import { caseViews } from '../../db/schema/cases';
import type { Ctx, Handlers } from '../context';

function userIdOf(ctx: Ctx): number {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Please sign in.', { reason: 'signInRequired' });
  return ctx.actor.userId;
}

export const caseViewHandlers: Handlers<'cases.listViews' | 'cases.saveView' | 'cases.removeView'> = {
  'cases.listViews': (ctx) => {
    const stored = ctx.db
      .select()
      .from(caseViews)
      .where(eq(caseViews.userId, userIdOf(ctx)))
      .orderBy(asc(caseViews.name))
      .all();
    const rows = stored.flatMap((view) => {
      const filters = caseFilters.safeParse(view.filters);
      return filters.success ? [{ id: view.id, name: view.name, filters: filters.data }] : [];
    });
    return { rows };
  },

  'cases.saveView': (ctx, input) => {
    const userId = userIdOf(ctx);
    const before = ctx.db
      .select()
      .from(caseViews)
      .where(and(eq(caseViews.userId, userId), eq(caseViews.name, input.name)))
      .get();
    const saved = ctx.db
      .insert(caseViews)
      .values({ userId, name: input.name, filters: input.filters, createdAt: ctx.clock.now() })
      .onConflictDoUpdate({ target: [caseViews.userId, caseViews.name], set: { filters: input.filters } })
      .returning()
      .get();
    ctx.audit.record({ entity: 'case_views', entityId: saved.id, before: before ?? null, after: saved });
    return { id: saved.id, name: saved.name, filters: input.filters };
  },

  'cases.removeView': (ctx, input) => {
    const own = and(eq(caseViews.id, input.id), eq(caseViews.userId, userIdOf(ctx)));
    const before = ctx.db.select().from(caseViews).where(own).get();
    if (!before) {
      throw new AppError('NOT_FOUND', 'You have no saved view with this id.', { reason: 'caseViewNotFound' });
    }
    ctx.db.delete(caseViews).where(own).run();
    ctx.audit.record({ entity: 'case_views', entityId: before.id, before });
    return { ok: true as const };
  },
};
