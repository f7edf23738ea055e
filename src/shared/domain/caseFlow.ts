// The case flow (DOMAIN.md "Flow"): which step may be taken from which status, by whom, and where it leads.
// The buttons on the case page and the server both ask this module; nothing else decides a transition.
import type { CaseKind, CaseStatus, Satisfaction } from './cases';
import { type Permission, type Role, roleHasPermission } from './roles';

/** Steps a person takes on a case after registering it; each becomes a timeline entry. */
export const caseActions = [
  'accept',
  'assign',
  'claim',
  'start',
  'resolve',
  'return',
  'escalate',
  'requestExtension',
  'decideExtension',
  'supervise',
  'followUp',
  'close',
  'void',
  'note',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** Timeline entries besides the flow's steps: the registration itself, a change of details, an attachment. */
export const caseEventKinds = ['register', ...caseActions, 'edit', 'attach'] as const;
export type CaseEventKind = (typeof caseEventKinds)[number];

/** What the flow needs to know about a case. */
export interface CaseFlowState {
  kind: CaseKind;
  status: CaseStatus;
  handlerUserId: number | null;
  extensionPending: boolean;
}

export interface FlowActor {
  userId: number;
  role: Role;
}

/**
 * cases.register: desk work (accept, dispatch, follow up, close, void); cases.handle: working a case (grid workers
 * only on cases dispatched to them); cases.supervise: the manager's side steps; wishes.claim: a wish off the wall.
 */
type Capacity = Extract<Permission, 'cases.register' | 'cases.handle' | 'cases.supervise' | 'wishes.claim'>;

/** Roles that work only the cases dispatched to them. */
const handlerOnlyRoles: readonly Role[] = ['grid_worker'];

interface Rule {
  from: readonly CaseStatus[];
  by: Capacity;
  /** Where the step leads; `same` keeps the status (side steps and notes). */
  to: CaseStatus | 'same';
  wishOnly?: boolean;
  /** true: must have a pending extension request; false: must not. */
  extensionPending?: boolean;
}

const working = ['assigned', 'claimed', 'in_progress'] as const satisfies readonly CaseStatus[];
const open = ['registered', 'accepted', ...working, 'escalated'] as const satisfies readonly CaseStatus[];

const rules: Record<CaseAction, Rule> = {
  accept: { from: ['registered'], by: 'cases.register', to: 'accepted' },
  assign: { from: ['accepted', 'assigned'], by: 'cases.register', to: 'assigned' },
  claim: { from: ['accepted', 'assigned'], by: 'wishes.claim', to: 'claimed', wishOnly: true },
  start: { from: ['assigned', 'claimed'], by: 'cases.handle', to: 'in_progress' },
  // From `accepted`: resolved at the desk on first contact; only the desk has an unassigned case in hand.
  resolve: { from: ['accepted', ...working, 'escalated'], by: 'cases.handle', to: 'resolved' },
  return: { from: [...working, 'escalated'], by: 'cases.handle', to: 'accepted' },
  escalate: { from: ['accepted', ...working], by: 'cases.handle', to: 'escalated' },
  requestExtension: { from: [...working, 'escalated'], by: 'cases.handle', to: 'same', extensionPending: false },
  decideExtension: { from: open, by: 'cases.supervise', to: 'same', extensionPending: true },
  supervise: { from: open, by: 'cases.supervise', to: 'same' },
  // 不满意 reopens: see `transitionTarget`.
  followUp: { from: ['resolved'], by: 'cases.register', to: 'followed_up' },
  close: { from: ['resolved', 'followed_up'], by: 'cases.register', to: 'closed' },
  void: { from: open, by: 'cases.register', to: 'voided' },
  note: { from: [...open, 'resolved', 'followed_up'], by: 'cases.handle', to: 'same' },
};

/** Why a step is refused: the first two are the actor's (FORBIDDEN), the rest the case's (INVALID_TRANSITION). */
export type TransitionRefusal =
  | 'roleMayNotAct'
  | 'notYourCase'
  | 'notFromStatus'
  | 'onlyForWishes'
  | 'extensionAlreadyPending'
  | 'noExtensionPending';

export const actorRefusals: readonly TransitionRefusal[] = ['roleMayNotAct', 'notYourCase'];

export type TransitionCheck = { allowed: true } | { allowed: false; refusal: TransitionRefusal };

export function checkTransition(state: CaseFlowState, action: CaseAction, actor: FlowActor): TransitionCheck {
  const rule = rules[action];
  if (!roleHasPermission(actor.role, rule.by)) return { allowed: false, refusal: 'roleMayNotAct' };
  if (rule.wishOnly && state.kind !== 'wish') return { allowed: false, refusal: 'onlyForWishes' };
  if (!rule.from.includes(state.status)) return { allowed: false, refusal: 'notFromStatus' };
  if (rule.extensionPending === true && !state.extensionPending)
    return { allowed: false, refusal: 'noExtensionPending' };
  if (rule.extensionPending === false && state.extensionPending) {
    return { allowed: false, refusal: 'extensionAlreadyPending' };
  }
  if (rule.by === 'cases.handle' && handlerOnlyRoles.includes(actor.role) && state.handlerUserId !== actor.userId) {
    return { allowed: false, refusal: 'notYourCase' };
  }
  return { allowed: true };
}

/** The steps this actor may take on this case now, in the order the case page shows them. */
export function allowedActions(state: CaseFlowState, actor: FlowActor): CaseAction[] {
  return caseActions.filter((action) => checkTransition(state, action, actor).allowed);
}

/** The status a step leads to; a follow-up of 不满意 reopens the case into the hands of whoever resolved it. */
export function transitionTarget(
  state: Pick<CaseFlowState, 'status'>,
  action: CaseAction,
  satisfaction?: Satisfaction,
): CaseStatus {
  if (action === 'followUp' && satisfaction === 'dissatisfied') return 'in_progress';
  const to = rules[action].to;
  return to === 'same' ? state.status : to;
}

/** Whether any step at all could still change the case's status (a closed or voided case only takes notes, or nothing). */
export function isFinished(status: CaseStatus): boolean {
  return status === 'closed' || status === 'voided';
}
