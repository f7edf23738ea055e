// One step of the case flow: the only code that moves a case. cases.transition, wishes.claim and the follow-on
// steps of cases.create all come here, so caseFlow's check, the timeline entry and the stored facts never differ.
import { asc, eq, sql } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CaseEvent } from '../../../shared/contract/cases';
import { AppError } from '../../../shared/contract/errors';
import { caseDeadlines } from '../../../shared/domain/caseDeadlines';
import { caseFacts } from '../../../shared/domain/caseFacts';
import { actorRefusals, type CaseEventKind, checkTransition, transitionTarget } from '../../../shared/domain/caseFlow';
import { type StepDetails, stepEffects } from '../../../shared/domain/caseStepEffects';
import type { CaseStatus, ClaimantKind } from '../../../shared/domain/cases';
import { roleHasPermission } from '../../../shared/domain/roles';
import { caseEvents, cases, users } from '../../db/schema';
import { requireActor } from '../auth';
import type { Actor, Ctx } from '../context';
import { invalidField } from './caseIssues';
import type { CaseRecord } from './caseScope';
import { categoryLimits } from './categories';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface ClaimStep {
  action: 'claim';
  note: string;
  claimantKind: ClaimantKind;
  claimantName: string;
  claimantPhone?: string;
}

/** A step as the flow takes it: what cases.transition carries without the case's id and version, or a claim. */
export type CaseStep = DistributiveOmit<ParsedInputOf<'cases.transition'>, 'id' | 'version'> | ClaimStep;

type EventData = CaseEvent['data'];
type CaseChanges = Partial<CaseRecord>;

/** What a change answers: enough to show "saved" and to send the next change with the new version. */
export function changeOf(record: CaseRecord) {
  return { id: record.id, number: record.number, status: record.status, version: record.version };
}

/** Writes one timeline entry; `data` holds only the step's own details. */
export function recordEvent(
  ctx: Ctx,
  actor: Actor,
  event: { caseId: number; kind: CaseEventKind; fromStatus: CaseStatus | null; toStatus: CaseStatus; note?: string },
  data: EventData = {},
): void {
  ctx.db
    .insert(caseEvents)
    .values({
      caseId: event.caseId,
      kind: event.kind,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      actorId: actor.userId,
      actorName: actor.displayName,
      at: ctx.clock.now(),
      note: event.note ?? '',
      data,
    })
    .run();
}

/** What the whole timeline says now (resolved, reopened, satisfaction…), in the columns the lists and rates read. */
function storedFacts(ctx: Ctx, caseId: number): CaseChanges {
  const timeline = ctx.db
    .select({ kind: caseEvents.kind, at: caseEvents.at, data: caseEvents.data })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.id))
    .all();
  const facts = caseFacts(timeline);
  return {
    firstResolvedAt: facts.firstResolvedAt,
    resolvedAt: facts.resolvedAt,
    reopenCount: facts.reopenCount,
    firstHandlingResolved: facts.firstHandlingResolved,
    satisfaction: facts.satisfaction,
    followedUpAt: facts.followedUpAt,
  };
}

/** Someone a case may be dispatched to: an active account whose role handles cases. */
function handlerUser(ctx: Ctx, userId: number) {
  const user = ctx.db
    .select({ id: users.id, displayName: users.displayName, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user?.active || !roleHasPermission(user.role, 'cases.handle')) {
    throw invalidField(ctx, 'handlerUserId', 'caseHandlerCannotHandle', `User ${userId} cannot handle cases.`);
  }
  return user;
}

function duplicateOf(ctx: Ctx, record: CaseRecord, number: string | undefined): { id: number; number: string } {
  if (!number) {
    throw invalidField(ctx, 'duplicateOfNumber', 'caseDuplicateOfRequired', 'Name the case this one repeats.');
  }
  const original = ctx.db
    .select({ id: cases.id, number: cases.number })
    .from(cases)
    .where(eq(cases.number, number.toUpperCase()))
    .get();
  if (!original || original.id === record.id) {
    throw invalidField(ctx, 'duplicateOfNumber', 'caseDuplicateOfUnknown', `No other case numbered ${number}.`, {
      number,
    });
  }
  return original;
}

/** A step's details with what it names looked up: the handler's account, the case a duplicate repeats. */
function detailsOf(ctx: Ctx, record: CaseRecord, step: CaseStep): StepDetails {
  switch (step.action) {
    case 'assign': {
      if (step.handlerUserId === undefined) return { handler: { department: step.handlerDepartment ?? '' } };
      const user = handlerUser(ctx, step.handlerUserId);
      return { handler: { userId: user.id, name: user.displayName } };
    }
    case 'void':
      return {
        voidReason: step.voidReason,
        duplicateOf: step.voidReason === 'duplicate' ? duplicateOf(ctx, record, step.duplicateOfNumber) : null,
      };
    case 'claim':
      return { claimantKind: step.claimantKind, claimantName: step.claimantName, claimantPhone: step.claimantPhone };
    default:
      // The other steps carry their details under the same names (resolution, satisfaction, levels, days…).
      return step as StepDetails;
  }
}

/** What a step changes on the case besides its status (shared/domain/caseStepEffects), with the deadline it moves. */
function effectsOf(ctx: Ctx, actor: Actor, record: CaseRecord, step: CaseStep) {
  const { changes, data } = stepEffects(
    step.action,
    record,
    detailsOf(ctx, record, step),
    { userId: actor.userId, name: actor.displayName },
    ctx.clock.now(),
  );
  if (changes.extensionDays === undefined) return { changes, data };
  const { resolveBy } = caseDeadlines({
    registeredAt: record.registeredAt,
    urgency: record.urgency,
    limits: categoryLimits(ctx, record.categoryId),
    hotlineDeadline: record.hotlineDeadline,
    extensionDays: changes.extensionDays,
  });
  return { changes: { ...changes, resolveBy }, data };
}

function refused(refusal: string, action: string): AppError {
  const code = (actorRefusals as readonly string[]).includes(refusal) ? 'FORBIDDEN' : 'INVALID_TRANSITION';
  return new AppError(code, `The step ${action} is refused: ${refusal}.`, { reason: refusal });
}

/**
 * Takes one step on a case already loaded (and version-checked by the caller): asks caseFlow, applies the step's
 * effects, writes the timeline entry, stores the timeline's facts and bumps the version. Answers the case after.
 */
export function takeCaseStep(ctx: Ctx, record: CaseRecord, step: CaseStep): CaseRecord {
  const actor = requireActor(ctx);
  const check = checkTransition(
    {
      kind: record.kind,
      status: record.status,
      handlerUserId: record.handlerUserId,
      extensionPending: record.extensionPending,
    },
    step.action,
    { userId: actor.userId, role: actor.role },
  );
  if (!check.allowed) throw refused(check.refusal, step.action);
  const { changes, data } = effectsOf(ctx, actor, record, step);
  const toStatus = transitionTarget(record, step.action, step.action === 'followUp' ? step.satisfaction : undefined);
  recordEvent(
    ctx,
    actor,
    { caseId: record.id, kind: step.action, fromStatus: record.status, toStatus, note: step.note },
    data,
  );
  return ctx.db
    .update(cases)
    .set({
      ...changes,
      ...storedFacts(ctx, record.id),
      status: toStatus,
      updatedAt: ctx.clock.now(),
      version: sql`${cases.version} + 1`,
    })
    .where(eq(cases.id, record.id))
    .returning()
    .get();
}
