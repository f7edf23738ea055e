// What each step of the case flow changes on the case besides its status, and the details its timeline entry
// keeps. One rule for the server (cases.transition) and for the demo's generated timelines. Pure: whatever must
// be looked up (the handler's name, the case a duplicate repeats) is looked up by the caller and passed in.
import type { CaseAction } from './caseFlow';
import type { ClaimantKind, EscalationLevel, Satisfaction, SupervisionLevel, VoidReason } from './cases';

/** What a step needs to know of the case before it. */
export interface CaseHolding {
  handlerUserId: number | null;
  handlerDepartment: string | null;
  extensionDays: number;
  extensionRequestDays: number | null;
}

/** A step's details, with the handler's name and the duplicated case already found. */
export interface StepDetails {
  handler?: { userId: number; name: string } | { department: string };
  resolution?: string;
  satisfaction?: Satisfaction;
  escalationLevel?: EscalationLevel;
  supervisionLevel?: SupervisionLevel;
  extensionDays?: number;
  approved?: boolean;
  voidReason?: VoidReason;
  duplicateOf?: { id: number; number: string } | null;
  claimantKind?: ClaimantKind;
  claimantName?: string;
  claimantPhone?: string | null;
}

/** The case's columns a step may change. */
export interface CaseStepChanges {
  acceptedAt?: number;
  handlerUserId?: number | null;
  handlerDepartment?: string | null;
  handlerName?: string | null;
  claimantKind?: ClaimantKind;
  claimantName?: string;
  claimantPhone?: string | null;
  claimedAt?: number;
  resolution?: string;
  escalationLevel?: EscalationLevel;
  supervisionLevel?: SupervisionLevel;
  extensionPending?: boolean;
  extensionRequestDays?: number | null;
  /** When present the resolve-by deadline moves: the caller recomputes it with caseDeadlines. */
  extensionDays?: number;
  closedAt?: number;
  voidReason?: VoidReason;
  duplicateOfId?: number | null;
}

/** The details a timeline entry keeps (contract caseEvent.data). */
export interface StepEventData {
  handlerName?: string;
  handlerDepartment?: string;
  resolution?: string;
  satisfaction?: Satisfaction;
  escalationLevel?: EscalationLevel;
  supervisionLevel?: SupervisionLevel;
  extensionDays?: number;
  approved?: boolean;
  voidReason?: VoidReason;
  duplicateOfNumber?: string;
  claimantKind?: ClaimantKind;
  claimantName?: string;
}

export function stepEffects(
  action: CaseAction,
  holding: CaseHolding,
  details: StepDetails,
  actor: { userId: number; name: string },
  at: number,
): { changes: CaseStepChanges; data: StepEventData } {
  switch (action) {
    case 'accept':
      return { changes: { acceptedAt: at }, data: {} };
    case 'assign': {
      const handler = details.handler;
      if (handler && 'userId' in handler) {
        return {
          changes: { handlerUserId: handler.userId, handlerDepartment: null, handlerName: handler.name },
          data: { handlerName: handler.name },
        };
      }
      const department = handler?.department ?? '';
      return {
        changes: { handlerUserId: null, handlerDepartment: department, handlerName: department },
        data: { handlerName: department, handlerDepartment: department },
      };
    }
    case 'claim':
      return {
        changes: {
          claimantKind: details.claimantKind,
          claimantName: details.claimantName,
          claimantPhone: details.claimantPhone || null,
          claimedAt: at,
        },
        data: { claimantKind: details.claimantKind, claimantName: details.claimantName },
      };
    case 'resolve': {
      // Resolved by whoever holds it; a case nobody was given (resolved at the desk) becomes the resolver's.
      const unassigned = holding.handlerUserId === null && holding.handlerDepartment === null;
      const handler = unassigned ? { handlerUserId: actor.userId, handlerName: actor.name } : {};
      return { changes: { resolution: details.resolution, ...handler }, data: { resolution: details.resolution } };
    }
    case 'return':
      // Back at the desk, to be dispatched again.
      return { changes: { handlerUserId: null, handlerDepartment: null, handlerName: null }, data: {} };
    case 'escalate':
      return {
        changes: { escalationLevel: details.escalationLevel },
        data: { escalationLevel: details.escalationLevel },
      };
    case 'requestExtension':
      return {
        changes: { extensionPending: true, extensionRequestDays: details.extensionDays },
        data: { extensionDays: details.extensionDays },
      };
    case 'decideExtension': {
      const requested = holding.extensionRequestDays ?? 0;
      const cleared = { extensionPending: false, extensionRequestDays: null };
      const data = { approved: details.approved, extensionDays: requested };
      if (!details.approved) return { changes: cleared, data };
      return { changes: { ...cleared, extensionDays: holding.extensionDays + requested }, data };
    }
    case 'supervise':
      return {
        changes: { supervisionLevel: details.supervisionLevel },
        data: { supervisionLevel: details.supervisionLevel },
      };
    case 'followUp':
      return { changes: {}, data: { satisfaction: details.satisfaction } };
    case 'close':
      return { changes: { closedAt: at }, data: {} };
    case 'void': {
      const original = details.duplicateOf ?? null;
      return {
        changes: { voidReason: details.voidReason, duplicateOfId: original?.id ?? null },
        data: original
          ? { voidReason: details.voidReason, duplicateOfNumber: original.number }
          : { voidReason: details.voidReason },
      };
    }
    case 'start':
    case 'note':
      return { changes: {}, data: {} };
  }
}
