// Walks a demo case through the case flow step by step, as the people named in each step, so every generated
// timeline is one the app itself would have allowed; a refused step is a bug in the generator and stops the build.
import { type CaseAction, type CaseFlowState, checkTransition, transitionTarget } from '../../shared/domain/caseFlow';
import { type StepDetails, type StepEventData, stepEffects } from '../../shared/domain/caseStepEffects';
import type {
  CaseKind,
  CaseStatus,
  ClaimantKind,
  EscalationLevel,
  Satisfaction,
  SupervisionLevel,
  VoidReason,
} from '../../shared/domain/cases';
import type { Role } from '../../shared/domain/roles';

export interface DemoActor {
  userId: number;
  role: Role;
  name: string;
}

/** The details a step carries, named as the timeline's `data` names them. */
export interface StepData {
  /** Who an assign step dispatches to; the case keeps it, the timeline entry names the handler only. */
  handlerUserId?: number;
  handlerName?: string;
  handlerDepartment?: string;
  resolution?: string;
  satisfaction?: Satisfaction;
  escalationLevel?: EscalationLevel;
  supervisionLevel?: SupervisionLevel;
  extensionDays?: number;
  approved?: boolean;
  voidReason?: VoidReason;
  duplicateOf?: { id: number; number: string };
  claimantKind?: ClaimantKind;
  claimantName?: string;
}

export interface PlannedStep {
  action: CaseAction;
  actor: DemoActor;
  at: number;
  note?: string;
  data?: StepData;
}

export interface TimelineEvent {
  kind: 'register' | CaseAction;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  actor: DemoActor;
  at: number;
  note: string;
  data: StepEventData | null;
}

/** The case as its timeline leaves it: what the `cases` row stores besides the facts of caseFacts(). */
export interface CaseOutcome {
  status: CaseStatus;
  events: TimelineEvent[];
  acceptedAt: number | null;
  resolution: string | null;
  closedAt: number | null;
  handlerUserId: number | null;
  handlerDepartment: string | null;
  handlerName: string | null;
  claimantKind: ClaimantKind | null;
  claimantName: string | null;
  claimantPhone: string | null;
  claimedAt: number | null;
  escalationLevel: EscalationLevel | null;
  supervisionLevel: SupervisionLevel | null;
  extensionPending: boolean;
  extensionRequestDays: number | null;
  extensionDays: number;
  voidReason: VoidReason | null;
  duplicateOfId: number | null;
}

/**
 * Registers the case as `registrar` at `registeredAt`, then takes each planned step whose time has come by `now`;
 * the case stays wherever the last of them left it.
 */
export function runTimeline(
  kind: CaseKind,
  registrar: DemoActor,
  registeredAt: number,
  steps: readonly PlannedStep[],
  now: number,
): CaseOutcome {
  const state: CaseFlowState = { kind, status: 'registered', handlerUserId: null, extensionPending: false };
  const outcome: CaseOutcome = {
    status: 'registered',
    events: [
      {
        kind: 'register',
        fromStatus: null,
        toStatus: 'registered',
        actor: registrar,
        at: registeredAt,
        note: '',
        data: null,
      },
    ],
    acceptedAt: null,
    resolution: null,
    closedAt: null,
    handlerUserId: null,
    handlerDepartment: null,
    handlerName: null,
    claimantKind: null,
    claimantName: null,
    claimantPhone: null,
    claimedAt: null,
    escalationLevel: null,
    supervisionLevel: null,
    extensionPending: false,
    extensionRequestDays: null,
    extensionDays: 0,
    voidReason: null,
    duplicateOfId: null,
  };
  let last = registeredAt;
  for (const step of steps) {
    if (step.at > now) break;
    if (step.at < last) throw new Error(`demo case: step ${step.action} goes back in time`);
    const check = checkTransition(state, step.action, { userId: step.actor.userId, role: step.actor.role });
    if (!check.allowed) {
      throw new Error(`demo case: ${step.actor.role} may not ${step.action} from ${state.status} (${check.refusal})`);
    }
    const toStatus = transitionTarget(state, step.action, step.data?.satisfaction);
    const { changes, data } = stepEffects(
      step.action,
      outcome,
      detailsOf(step.data ?? {}),
      { userId: step.actor.userId, name: step.actor.name },
      step.at,
    );
    outcome.events.push({
      kind: step.action,
      fromStatus: state.status,
      toStatus,
      actor: step.actor,
      at: step.at,
      note: step.note ?? '',
      data,
    });
    Object.assign(outcome, changes);
    state.handlerUserId = outcome.handlerUserId;
    state.extensionPending = outcome.extensionPending;
    state.status = toStatus;
    last = step.at;
  }
  outcome.status = state.status;
  return outcome;
}

/** A planned step's details as shared/domain/caseStepEffects takes them. */
function detailsOf({ handlerUserId, handlerName, handlerDepartment, ...details }: StepData): StepDetails {
  if (handlerUserId !== undefined) return { ...details, handler: { userId: handlerUserId, name: handlerName ?? '' } };
  if (handlerDepartment !== undefined) return { ...details, handler: { department: handlerDepartment } };
  return details;
}
