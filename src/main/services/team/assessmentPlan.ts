// The assessment plan in force (the newest saved row, else DOMAIN.md's default) and saving a new one, refused with
// the plan's problems so a manager never puts an unusable plan in force.
import { desc } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import { type AssessmentPlanInput, assessmentPlanInput } from '../../../shared/contract/team';
import { type AssessmentPlan, defaultAssessmentPlan, planProblems } from '../../../shared/domain/assessment';
import { validationMessage } from '../../../shared/i18n/validation';
import { assessmentPlans } from '../../db/schema/team';
import type { Ctx } from '../context';

export interface PlanInForce {
  plan: AssessmentPlanInput;
  savedAt: number | null;
  isDefault: boolean;
}

/** Data items are named by the catalogue, so only a manual item keeps a label. */
function withLabels(plan: AssessmentPlan | AssessmentPlanInput): AssessmentPlanInput {
  return {
    items: plan.items.map((item) => ({
      key: item.key,
      weight: item.weight,
      source: item.source,
      metric: item.metric,
      inspectionTarget: item.inspectionTarget,
      label: item.source === 'manual' && 'label' in item ? (item.label ?? null) : null,
    })),
    grades: { ...plan.grades },
    bottomCount: plan.bottomCount,
  };
}

/** The plan as the domain scores it (labels are for screens only). */
export function domainPlan(plan: AssessmentPlanInput): AssessmentPlan {
  return {
    items: plan.items.map(({ label: _label, ...item }) => item),
    grades: plan.grades,
    bottomCount: plan.bottomCount,
  };
}

/** The newest saved plan, or the default one when none has been saved. */
export function planInForce(ctx: Ctx): PlanInForce {
  const row = ctx.db.select().from(assessmentPlans).orderBy(desc(assessmentPlans.id)).limit(1).get();
  if (!row) return { plan: withLabels(defaultAssessmentPlan), savedAt: null, isDefault: true };
  return { plan: assessmentPlanInput.parse(row.plan), savedAt: row.createdAt, isDefault: false };
}

/** planProblems as one VALIDATION: the weights' sum on the items, everything else as one list on the plan. */
function throwIfUnusable(ctx: Ctx, plan: AssessmentPlanInput): void {
  const problems = planProblems(domainPlan(plan));
  if (problems.length === 0) return;
  const issues = [];
  const sum = problems.find((p) => p.problem === 'weightsNotHundred');
  if (sum && 'sum' in sum) {
    issues.push({
      path: ['plan', 'items'],
      message: validationMessage(ctx.lang, 'weightsNotHundred', { sum: sum.sum }),
    });
  }
  const others = problems
    .filter((p) => p.problem !== 'weightsNotHundred')
    .map((p) => ('key' in p ? `${p.problem} (${p.key})` : p.problem));
  if (others.length > 0) {
    issues.push({
      path: ['plan'],
      message: validationMessage(ctx.lang, 'planInvalid', { problems: others.join(', ') }),
    });
  }
  const summary = issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new AppError('VALIDATION', summary, { reason: 'invalidInput', issues });
}

/** Stores the plan as a new row (the history of plans stays), audited against the plan it replaces. */
export function savePlan(ctx: Ctx, input: AssessmentPlanInput): PlanInForce {
  const plan = withLabels(input);
  throwIfUnusable(ctx, plan);
  const before = planInForce(ctx);
  const now = ctx.clock.now();
  const row = ctx.db
    .insert(assessmentPlans)
    .values({ plan: plan as unknown as Record<string, unknown>, createdBy: ctx.actor?.userId ?? null, createdAt: now })
    .returning()
    .get();
  ctx.audit.record({ entity: 'assessment_plans', entityId: row.id, before: before.plan, after: plan });
  return { plan, savedAt: now, isDefault: false };
}
