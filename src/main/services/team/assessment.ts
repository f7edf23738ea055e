// The monthly assessment's procedures: the plan, the ranking, a worker's score sheet (a grid worker: their own), and
// a manager's manual points and deductions. Facts are gathered in assessmentFacts, scored in scoreSheets.
import { and, eq } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/errors';
import type { ScoreSheet } from '../../../shared/contract/team';
import { deductionProblem, manualPointsProblem, tenthsOf } from '../../../shared/domain/assessment';
import { roleHasPermission } from '../../../shared/domain/roles';
import { staff } from '../../db/schema/grids';
import { assessmentDeductions, assessmentManualPoints } from '../../db/schema/team';
import type { Ctx, Handlers } from '../context';
import { currentMonth, IssueList } from '../party/serviceIssues';
import { planInForce, savePlan } from './assessmentPlan';
import { findWorker } from './rosterRows';
import { assessMonth, rankingRowOf, sheetOf } from './scoreSheets';

/** A month not yet begun has nothing to assess: VALIDATION on ['month']. */
function requireMonthBegun(ctx: Ctx, month: string): void {
  if (month > currentMonth(ctx)) new IssueList(ctx).add(['month'], 'assessmentMonthInFuture', { month }).throwIfAny();
}

/** A worker's sheet for the month; NOT_FOUND when they were not on the roster that month. */
function sheetFor(ctx: Ctx, month: string, staffId: number): ScoreSheet {
  requireMonthBegun(ctx, month);
  const worker = findWorker(ctx, staffId);
  const assessment = assessMonth(ctx, month);
  const row = assessment.ranked.find((r) => r.staffId === worker.id);
  if (!row) {
    throw new AppError('NOT_FOUND', `${worker.name} was not on the team roster in ${month}.`, {
      reason: 'teamMemberNotFound',
    });
  }
  return sheetOf(assessment, row);
}

/** Whose sheet the actor asks for: anyone's with team.read; a grid worker only their own. */
function sheetStaffId(ctx: Ctx, staffId: number | undefined): number {
  const actor = ctx.actor;
  if (actor && roleHasPermission(actor.role, 'team.read')) {
    if (staffId === undefined) new IssueList(ctx).add(['staffId'], 'required').throwIfAny();
    return staffId as number;
  }
  const own = actor ? ctx.db.select({ id: staff.id }).from(staff).where(eq(staff.userId, actor.userId)).get() : null;
  if (!own) throw new AppError('NOT_FOUND', 'You are not on the team roster.', { reason: 'teamMemberNotFound' });
  if (staffId !== undefined && staffId !== own.id) {
    throw new AppError('FORBIDDEN', 'You can see your own score sheet only.', { reason: 'notYourScoreSheet' });
  }
  return own.id;
}

function setManualPoints(ctx: Ctx, input: ParsedInputOf<'team.setManualPoints'>): ScoreSheet {
  requireMonthBegun(ctx, input.month);
  const item = planInForce(ctx).plan.items.find((i) => i.key === input.itemKey && i.source === 'manual');
  const issues = new IssueList(ctx);
  if (!item) issues.add(['itemKey'], 'manualItemUnknown');
  else if (manualPointsProblem(item, input.points) !== null) {
    issues.add(['points'], 'manualPointsOutOfRange', { max: item.weight });
  }
  issues.throwIfAny();
  const worker = findWorker(ctx, input.staffId);
  const key = and(
    eq(assessmentManualPoints.month, input.month),
    eq(assessmentManualPoints.staffId, worker.id),
    eq(assessmentManualPoints.itemKey, input.itemKey),
  );
  const before = ctx.db.select().from(assessmentManualPoints).where(key).get();
  const after = {
    month: input.month,
    staffId: worker.id,
    itemKey: input.itemKey,
    pointsTenths: tenthsOf(input.points) ?? 0,
    updatedAt: ctx.clock.now(),
  };
  ctx.db
    .insert(assessmentManualPoints)
    .values(after)
    .onConflictDoUpdate({
      target: [assessmentManualPoints.month, assessmentManualPoints.staffId, assessmentManualPoints.itemKey],
      set: { pointsTenths: after.pointsTenths, updatedAt: after.updatedAt },
    })
    .run();
  ctx.audit.record({
    entity: 'assessment_manual_points',
    entityId: worker.id,
    before,
    after: { ...after, staffName: worker.name },
  });
  return sheetFor(ctx, input.month, worker.id);
}

function addDeduction(ctx: Ctx, input: ParsedInputOf<'team.addDeduction'>): ScoreSheet {
  requireMonthBegun(ctx, input.month);
  if (deductionProblem(input.points) !== null) {
    new IssueList(ctx).add(['points'], 'deductionNotPositive').throwIfAny();
  }
  const worker = findWorker(ctx, input.staffId);
  const row = ctx.db
    .insert(assessmentDeductions)
    .values({
      month: input.month,
      staffId: worker.id,
      reason: input.reason,
      pointsTenths: tenthsOf(input.points) ?? 0,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.clock.now(),
    })
    .returning()
    .get();
  ctx.audit.record({ entity: 'assessment_deductions', entityId: row.id, after: { ...row, staffName: worker.name } });
  return sheetFor(ctx, input.month, worker.id);
}

function removeDeduction(ctx: Ctx, input: ParsedInputOf<'team.removeDeduction'>): ScoreSheet {
  const row = ctx.db.select().from(assessmentDeductions).where(eq(assessmentDeductions.id, input.id)).get();
  if (!row) throw new AppError('NOT_FOUND', `No deduction ${input.id}.`, { reason: 'deductionNotFound' });
  ctx.db.delete(assessmentDeductions).where(eq(assessmentDeductions.id, row.id)).run();
  ctx.audit.record({ entity: 'assessment_deductions', entityId: row.id, before: row });
  return sheetFor(ctx, row.month, row.staffId);
}

export const assessmentHandlers: Handlers<
  | 'team.assessmentPlan'
  | 'team.saveAssessmentPlan'
  | 'team.ranking'
  | 'team.scoreSheet'
  | 'team.setManualPoints'
  | 'team.addDeduction'
  | 'team.removeDeduction'
> = {
  'team.assessmentPlan': (ctx) => planInForce(ctx),
  'team.saveAssessmentPlan': (ctx, input) => savePlan(ctx, input.plan),
  'team.ranking': (ctx, input) => {
    requireMonthBegun(ctx, input.month);
    return { month: input.month, rows: assessMonth(ctx, input.month).ranked.map(rankingRowOf) };
  },
  'team.scoreSheet': (ctx, input) => sheetFor(ctx, input.month, sheetStaffId(ctx, input.staffId)),
  'team.setManualPoints': setManualPoints,
  'team.addDeduction': addDeduction,
  'team.removeDeduction': removeDeduction,
};
