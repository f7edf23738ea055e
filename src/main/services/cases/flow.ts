// Taking a step of the case flow, and claiming a wish: both load the case, check its version and hand the step
// to caseSteps, the one place a case moves.
import { eq } from 'drizzle-orm';
import { cases } from '../../db/schema/cases';
import type { Ctx, Handlers } from '../context';
import { requireCurrentVersion } from '../households';
import { claimantMemberOf } from '../party/memberClaims';
import { requireVisibleCase } from './caseScope';
import { type CaseStep, changeOf, takeCaseStep } from './caseSteps';

function stepOn(
  ctx: Ctx,
  input: { id: number; version: number },
  step: CaseStep,
  claimantMemberId: number | null = null,
) {
  const before = requireVisibleCase(ctx, input.id);
  requireCurrentVersion(before, input.version);
  const stepped = takeCaseStep(ctx, before, step);
  // The roster's member who claims a wish: the flow knows claimants by name; the party record needs the member.
  const after =
    claimantMemberId === null
      ? stepped
      : ctx.db.update(cases).set({ claimantMemberId }).where(eq(cases.id, stepped.id)).returning().get();
  ctx.audit.record({ entity: 'cases', entityId: after.id, before, after });
  return changeOf(after);
}

export const caseFlowHandlers: Handlers<'cases.transition' | 'wishes.claim'> = {
  'cases.transition': (ctx, input) => {
    const { id, version, ...step } = input;
    return stepOn(ctx, { id, version }, step);
  },

  'wishes.claim': (ctx, input) => {
    const { id, version, claimantMemberId, ...claim } = input;
    const memberId = claimantMemberOf(ctx, claim.claimantKind, claimantMemberId);
    return stepOn(ctx, { id, version }, { action: 'claim', ...claim }, memberId);
  },
};
