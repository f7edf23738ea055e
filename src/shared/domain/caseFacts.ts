// What a case's timeline says about how it was handled: when it was resolved, whether it was reopened,
// escalated, returned or passed between handlers. Stored on the case at every step and read by the rates.
import type { CaseEventKind } from './caseFlow';
import type { Satisfaction } from './cases';

export interface TimelineStep {
  kind: CaseEventKind;
  at: number;
  data?: { satisfaction?: Satisfaction } | null;
}

export interface CaseFacts {
  firstResolvedAt: number | null;
  /** The latest resolution, or null while a reopened case is being worked again. */
  resolvedAt: number | null;
  reopenCount: number;
  escalated: boolean;
  returned: boolean;
  assignCount: number;
  /** Resolved at the first handling: no reopen, no escalation, no return, no second dispatch. */
  firstHandlingResolved: boolean;
  satisfaction: Satisfaction | null;
  followedUpAt: number | null;
}

/** The facts of a timeline given in the order its steps were taken. */
export function caseFacts(timeline: readonly TimelineStep[]): CaseFacts {
  const facts: CaseFacts = {
    firstResolvedAt: null,
    resolvedAt: null,
    reopenCount: 0,
    escalated: false,
    returned: false,
    assignCount: 0,
    firstHandlingResolved: false,
    satisfaction: null,
    followedUpAt: null,
  };
  for (const step of timeline) {
    switch (step.kind) {
      case 'assign':
        facts.assignCount += 1;
        break;
      case 'return':
        facts.returned = true;
        break;
      case 'escalate':
        facts.escalated = true;
        break;
      case 'resolve':
        facts.firstResolvedAt ??= step.at;
        facts.resolvedAt = step.at;
        break;
      case 'followUp': {
        const satisfaction = step.data?.satisfaction ?? null;
        facts.satisfaction = satisfaction;
        facts.followedUpAt = step.at;
        if (satisfaction === 'dissatisfied') {
          facts.reopenCount += 1;
          facts.resolvedAt = null;
        }
        break;
      }
      default:
        break;
    }
  }
  facts.firstHandlingResolved =
    facts.resolvedAt !== null &&
    facts.reopenCount === 0 &&
    !facts.escalated &&
    !facts.returned &&
    facts.assignCount <= 1;
  return facts;
}
