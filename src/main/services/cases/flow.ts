// Taking a step of the case flow, and claiming a wish: both load the case, check its version and hand the step
// to caseSteps, the one place a case moves.
import type { Ctx, Handlers } from '../context';
import { requireCurrentVersion } from '../households';
import { requireVisibleCase } from './caseScope';
import { type CaseStep, changeOf, takeCaseStep } from './caseSteps';

function stepOn(ctx: Ctx, input: { id: number; version: number }, step: CaseStep) {
  const before = requireVisibleCase(ctx, input.id);
  requireCurrentVersion(before, input.version);
  const after = takeCaseStep(ctx, before, step);
  ctx.audit.record({ entity: 'cases', entityId: after.id, before, after });
  return changeOf(after);
}

export const caseFlowHandlers: Handlers<'cases.transition' | 'wishes.claim'> = {
  'cases.transition': (ctx, input) => {
    const { id, version, ...step } = input;
    return stepOn(ctx, { id, version }, step);
  },

  'wishes.claim': (ctx, input) => {
    const { id, version, ...claim } = input;
    return stepOn(ctx, { id, version }, { action: 'claim', ...claim });
  },
};
