// A timeline entry is checked by its kind: every detail a step writes (domain/caseStepEffects) must be one its kind
// keeps in the contract, or the case page would lose it; a detail of another kind is not passed on.
import { describe, expect, it } from 'vitest';
import { caseEvent, caseEventDetailKeys } from '../../src/shared/contract/cases';
import { type CaseAction, caseActions } from '../../src/shared/domain/caseFlow';
import { type StepDetails, stepEffects } from '../../src/shared/domain/caseStepEffects';

/** Details that make each step write everything it can. */
const everyDetail: StepDetails = {
  handler: { department: '城管科' },
  resolution: '已清理',
  satisfaction: 'satisfied',
  escalationLevel: 'street',
  supervisionLevel: 'yellow',
  extensionDays: 5,
  approved: true,
  voidReason: 'duplicate',
  duplicateOf: { id: 7, number: 'SQ202611-0007' },
  claimantKind: 'party_member',
  claimantName: '王红',
  claimantPhone: '13800000000',
};
const holding = { handlerUserId: null, handlerDepartment: null, extensionDays: 0, extensionRequestDays: 3 };

function entry(kind: string, data: object) {
  return { id: 1, kind, fromStatus: 'accepted', toStatus: 'assigned', actorName: '李敏', at: 0, note: '', data };
}

describe('timeline entry details', () => {
  it.each(caseActions.map((action) => [action]))('keeps every detail the step %s writes', (action: CaseAction) => {
    const { data } = stepEffects(action, holding, everyDetail, { userId: 1, name: '李敏' }, 0);
    expect(Object.keys(data).every((key) => (caseEventDetailKeys[action] as readonly string[]).includes(key))).toBe(
      true,
    );
    const checked = caseEvent.parse(entry(action, data));
    expect(checked.data).toEqual(data);
  });

  it('passes on the details of the entry’s own kind and drops another kind’s', () => {
    const checked = caseEvent.parse(entry('assign', { handlerName: '城管科', resolution: '已清理' }));
    expect(checked.data).toEqual({ handlerName: '城管科' });
  });

  it('refuses a detail of the wrong type and a kind that does not exist', () => {
    expect(caseEvent.safeParse(entry('followUp', { satisfaction: 'delighted' })).success).toBe(false);
    expect(caseEvent.safeParse(entry('teleport', {})).success).toBe(false);
  });
});
