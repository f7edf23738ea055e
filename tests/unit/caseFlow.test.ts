// The case flow as a table: each action from each status for each role, written out from DOMAIN.md's flow.
import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  type CaseAction,
  type CaseFlowState,
  caseActions,
  checkTransition,
  isFinished,
  transitionTarget,
} from '../../src/shared/domain/caseFlow';
import { type CaseStatus, caseStatuses } from '../../src/shared/domain/cases';
import { type Role, roles } from '../../src/shared/domain/roles';

const open: CaseStatus[] = ['registered', 'accepted', 'assigned', 'claimed', 'in_progress', 'escalated'];
const working: CaseStatus[] = ['assigned', 'claimed', 'in_progress'];
const deskRoles: Role[] = ['admin', 'manager', 'desk'];
const handlers: Role[] = ['admin', 'manager', 'desk', 'grid_worker'];
const supervisors: Role[] = ['admin', 'manager'];

/** action → the statuses it is taken from, the roles that take it, where it leads ('same' keeps the status). */
const flow: Record<CaseAction, { from: CaseStatus[]; by: Role[]; to: CaseStatus | 'same' }> = {
  accept: { from: ['registered'], by: deskRoles, to: 'accepted' },
  assign: { from: ['accepted', 'assigned'], by: deskRoles, to: 'assigned' },
  claim: { from: ['accepted', 'assigned'], by: [...deskRoles, 'branch_secretary'], to: 'claimed' },
  start: { from: ['assigned', 'claimed'], by: handlers, to: 'in_progress' },
  resolve: { from: ['accepted', ...working, 'escalated'], by: handlers, to: 'resolved' },
  return: { from: [...working, 'escalated'], by: handlers, to: 'accepted' },
  escalate: { from: ['accepted', ...working], by: handlers, to: 'escalated' },
  requestExtension: { from: [...working, 'escalated'], by: handlers, to: 'same' },
  decideExtension: { from: open, by: supervisors, to: 'same' },
  supervise: { from: open, by: supervisors, to: 'same' },
  followUp: { from: ['resolved'], by: deskRoles, to: 'followed_up' },
  close: { from: ['resolved', 'followed_up'], by: deskRoles, to: 'closed' },
  void: { from: open, by: deskRoles, to: 'voided' },
  note: { from: [...open, 'resolved', 'followed_up'], by: handlers, to: 'same' },
};

const actorId = 7;

/** A case the step could apply to: a wish for claiming, a pending extension to decide, in the actor's hands. */
function caseFor(action: CaseAction, status: CaseStatus): CaseFlowState {
  return {
    kind: action === 'claim' ? 'wish' : 'demand',
    status,
    handlerUserId: actorId,
    extensionPending: action === 'decideExtension',
  };
}

describe('each action from each status for each role', () => {
  const cells = caseActions.flatMap((action) =>
    caseStatuses.flatMap((status) => roles.map((role) => ({ action, status, role }))),
  );

  it.each(cells)('$action from $status by $role', ({ action, status, role }) => {
    const rule = flow[action];
    const expected = !rule.by.includes(role)
      ? { allowed: false, refusal: 'roleMayNotAct' }
      : !rule.from.includes(status)
        ? { allowed: false, refusal: 'notFromStatus' }
        : { allowed: true };
    expect(checkTransition(caseFor(action, status), action, { userId: actorId, role })).toEqual(expected);
  });

  it.each(caseActions)('%s leads where DOMAIN.md says', (action) => {
    for (const status of flow[action].from) {
      const to = flow[action].to;
      expect(transitionTarget({ status }, action, 'satisfied')).toBe(to === 'same' ? status : to);
    }
  });
});

describe('the side rules', () => {
  const worker = { userId: actorId, role: 'grid_worker' as const };
  const assigned: CaseFlowState = {
    kind: 'demand',
    status: 'assigned',
    handlerUserId: actorId,
    extensionPending: false,
  };

  it('lets a grid worker work only the cases dispatched to them', () => {
    const elsewhere = { ...assigned, handlerUserId: 99 };
    for (const action of ['start', 'resolve', 'return', 'escalate', 'requestExtension', 'note'] as const) {
      expect(checkTransition(elsewhere, action, worker)).toEqual({ allowed: false, refusal: 'notYourCase' });
      expect(checkTransition({ ...elsewhere, handlerUserId: null }, action, worker).allowed).toBe(false);
      expect(checkTransition(assigned, action, worker)).toEqual({ allowed: true });
    }
    // The desk works any case, dispatched or not.
    expect(checkTransition(elsewhere, 'resolve', { userId: 1, role: 'desk' })).toEqual({ allowed: true });
  });

  it('claims wishes only', () => {
    const accepted = { ...assigned, status: 'accepted' as const };
    expect(checkTransition(accepted, 'claim', { userId: 1, role: 'branch_secretary' })).toEqual({
      allowed: false,
      refusal: 'onlyForWishes',
    });
    expect(checkTransition({ ...accepted, kind: 'wish' }, 'claim', { userId: 1, role: 'branch_secretary' })).toEqual({
      allowed: true,
    });
  });

  it('takes one extension request at a time, and decides only a pending one', () => {
    expect(checkTransition({ ...assigned, extensionPending: true }, 'requestExtension', worker)).toEqual({
      allowed: false,
      refusal: 'extensionAlreadyPending',
    });
    expect(checkTransition(assigned, 'decideExtension', { userId: 1, role: 'manager' })).toEqual({
      allowed: false,
      refusal: 'noExtensionPending',
    });
  });

  it('reopens a case followed up as 不满意, and only then', () => {
    expect(transitionTarget({ status: 'resolved' }, 'followUp', 'dissatisfied')).toBe('in_progress');
    expect(transitionTarget({ status: 'resolved' }, 'followUp', 'basically_satisfied')).toBe('followed_up');
  });

  it('offers the buttons the role may press now', () => {
    expect(allowedActions(assigned, worker)).toEqual([
      'start',
      'resolve',
      'return',
      'escalate',
      'requestExtension',
      'note',
    ]);
    expect(allowedActions({ ...assigned, status: 'resolved' }, { userId: 1, role: 'desk' })).toEqual([
      'followUp',
      'close',
      'note',
    ]);
    expect(allowedActions({ ...assigned, status: 'closed' }, { userId: 1, role: 'admin' })).toEqual([]);
  });

  it('counts closed and voided cases as finished', () => {
    expect(caseStatuses.filter(isFinished)).toEqual(['closed', 'voided']);
  });
});
