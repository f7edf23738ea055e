// The monthly summary of a scope (月度工作总结): every section in print order, the manager's commentary with its
// version check, and the .xlsx of it all (summarySheet).
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import type { MonthlySummary } from '../../../shared/contract/stats';
import { summarySections } from '../../../shared/domain/monthlySummary';
import { validationMessage } from '../../../shared/i18n/validation';
import { monthlySummaries } from '../../db/schema';
import { requireActor } from '../auth';
import type { Ctx, Handlers } from '../context';
import { currentMonth } from '../party/serviceIssues';
import { casesSection, wishesSection } from './summaryCases';
import { rowGridsOf, type SummaryScope, summaryScope } from './summaryParts';
import { partySection } from './summaryParty';
import { householdsSection, visitsSection } from './summaryRegister';
import { writeSummarySheet } from './summarySheet';
import { assessmentSection, inspectionsSection, patrolsSection, trainingSection } from './summaryTeam';

/** A month not yet begun has nothing to sum up: VALIDATION on ['month']. */
function requireMonthBegun(ctx: Ctx, month: string): void {
  if (month <= currentMonth(ctx)) return;
  const message = validationMessage(ctx.lang, 'summaryMonthInFuture', { month });
  throw new AppError('VALIDATION', `month: ${message}`, {
    reason: 'invalidInput',
    issues: [{ path: ['month'], message }],
  });
}

/** The scope of a summary a caller may read, for a month that has begun. */
export function readableScope(ctx: Ctx, gridId: number, month: string): SummaryScope {
  const scope = summaryScope(ctx, gridId, month);
  requireMonthBegun(ctx, month);
  return scope;
}

function findCommentary(ctx: Ctx, gridId: number, month: string) {
  return ctx.db
    .select()
    .from(monthlySummaries)
    .where(and(eq(monthlySummaries.gridId, gridId), eq(monthlySummaries.month, month)))
    .get();
}

type CommentaryRecord = NonNullable<ReturnType<typeof findCommentary>>;

const commentaryOf = (row: CommentaryRecord): NonNullable<MonthlySummary['commentary']> => ({
  text: row.commentary,
  updatedByName: row.updatedByName,
  updatedAt: row.updatedAt,
  version: row.version,
});

/** The whole summary of a scope's month, as the screen, the print and the sheet read it. */
export function monthlySummaryOf(ctx: Ctx, gridId: number, month: string): MonthlySummary {
  const scope = readableScope(ctx, gridId, month);
  const rowGrids = rowGridsOf(ctx, scope);
  const build = {
    households: () => householdsSection(ctx, scope, rowGrids),
    visits: () => visitsSection(ctx, scope, rowGrids),
    cases: () => casesSection(ctx, scope),
    wishes: () => wishesSection(ctx, scope, rowGrids),
    inspections: () => inspectionsSection(ctx, scope),
    patrols: () => patrolsSection(ctx, scope),
    training: () => trainingSection(ctx, scope),
    party: () => partySection(ctx, scope),
    assessment: () => assessmentSection(ctx, scope),
  };
  const commentary = findCommentary(ctx, gridId, month);
  return {
    scope: { gridId, name: scope.name, path: scope.path },
    month,
    previousMonth: scope.months.previous,
    lastYearMonth: scope.months.lastYear,
    provisional: month === currentMonth(ctx),
    sections: summarySections.map((key) => build[key]()),
    commentary: commentary ? commentaryOf(commentary) : null,
  };
}

const staleVersion = () =>
  new AppError('CONFLICT', 'Someone else saved this commentary first; reload and try again.', {
    reason: 'staleVersion',
  });

export const summaryHandlers: Handlers<'summaries.month' | 'summaries.saveCommentary' | 'exports.monthlySummary'> = {
  'summaries.month': (ctx, input) => monthlySummaryOf(ctx, input.gridId, input.month),

  'summaries.saveCommentary': (ctx, input) => {
    const actor = requireActor(ctx);
    readableScope(ctx, input.gridId, input.month);
    const before = findCommentary(ctx, input.gridId, input.month);
    // The first save expects nothing saved yet (version null); every later one the version it read.
    if ((before?.version ?? null) !== input.version) throw staleVersion();
    const values = {
      commentary: input.text,
      updatedBy: actor.userId,
      updatedByName: actor.displayName,
      updatedAt: ctx.clock.now(),
    };
    const after = before
      ? ctx.db
          .update(monthlySummaries)
          .set({ ...values, version: before.version + 1 })
          .where(eq(monthlySummaries.id, before.id))
          .returning()
          .get()
      : ctx.db
          .insert(monthlySummaries)
          .values({ ...values, gridId: input.gridId, month: input.month })
          .returning()
          .get();
    ctx.audit.record({ entity: 'monthly_summaries', entityId: after.id, ...(before ? { before } : {}), after });
    return commentaryOf(after);
  },

  'exports.monthlySummary': (ctx, input) => {
    const actor = requireActor(ctx);
    const summary = monthlySummaryOf(ctx, input.gridId, input.month);
    const file = writeSummarySheet(ctx, summary, actor.userId);
    ctx.audit.record({
      entity: 'monthly_summaries',
      entityId: null,
      after: { fileName: file.fileName, gridId: input.gridId, month: input.month },
    });
    return file;
  },
};
