// The case page, the case list, my work and a resident's open cases: every list reads through caseListQuery,
// so a "my work" bucket shows exactly what the case list shows with the bucket's filters.
import { asc, eq } from 'drizzle-orm';
import type { CaseDetail, CaseEvent, CaseFilters, CaseRow, myWorkBuckets } from '../../../shared/contract/cases';
import { allowedActions, isFinished } from '../../../shared/domain/caseFlow';
import { caseKinds } from '../../../shared/domain/cases';
import { type Role, roleHasPermission } from '../../../shared/domain/roles';
import { users } from '../../db/schema/auth';
import { caseAttachments, caseEvents, cases } from '../../db/schema/cases';
import { households } from '../../db/schema/households';
import type { Ctx, Handlers } from '../context';
import { recordSensitiveRead } from '../sensitiveReads';
import { caseCount, casePage, listCases } from './caseListQuery';
import { toCaseRows } from './caseRows';
import { type CaseRecord, requireVisibleCase } from './caseScope';

type BucketKey = (typeof myWorkBuckets)[number];

/** How many rows of each bucket my work shows before "see all". */
const bucketPreview = 5;
/** More open cases than this for one resident would be a data problem, not a warning to show. */
const openCasesShown = 200;

const notWishes = caseKinds.filter((kind) => kind !== 'wish');

/** What each role must act on now; each bucket is a filter of the case list. */
function bucketsOf(role: Role): [BucketKey, CaseFilters][] {
  switch (role) {
    case 'desk':
      return [
        ['toAccept', { status: ['registered'] }],
        ['toAssign', { status: ['accepted'], kind: notWishes }],
        ['toFollowUp', { status: ['resolved'] }],
        ['overdue', { deadline: 'overdue' }],
        ['dueSoon', { deadline: 'dueSoon' }],
        ['wishesToClaim', { kind: ['wish'], status: ['accepted', 'assigned'] }],
      ];
    case 'grid_worker':
      return [
        ['assignedToMe', { mine: true, status: ['assigned', 'claimed'] }],
        ['inMyHands', { mine: true, status: ['in_progress', 'escalated'] }],
        ['overdue', { mine: true, deadline: 'overdue' }],
        ['dueSoon', { mine: true, deadline: 'dueSoon' }],
      ];
    case 'manager':
    case 'admin':
      return [
        ['extensionRequests', { extensionPending: true }],
        ['overdue', { deadline: 'overdue' }],
        ['supervised', { open: true, supervision: ['yellow', 'red'] }],
        ['escalated', { status: ['escalated'] }],
        ['toFollowUp', { status: ['resolved'] }],
      ];
    default:
      return [];
  }
}

function timelineOf(ctx: Ctx, caseId: number): CaseEvent[] {
  return ctx.db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.id))
    .all()
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorName: e.actorName,
      at: e.at,
      note: e.note,
      data: (e.data ?? {}) as CaseEvent['data'],
    }));
}

function attachmentsOf(ctx: Ctx, caseId: number) {
  return ctx.db
    .select({
      id: caseAttachments.id,
      fileName: caseAttachments.fileName,
      mediaType: caseAttachments.mediaType,
      size: caseAttachments.size,
      uploadedByName: users.displayName,
      uploadedAt: caseAttachments.uploadedAt,
    })
    .from(caseAttachments)
    .leftJoin(users, eq(users.id, caseAttachments.uploadedBy))
    .where(eq(caseAttachments.caseId, caseId))
    .orderBy(asc(caseAttachments.id))
    .all();
}

function displayNameOf(ctx: Ctx, userId: number | null): string | null {
  if (userId === null) return null;
  return ctx.db.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).get()?.name ?? null;
}

function caseDetailOf(ctx: Ctx, c: CaseRecord): CaseDetail {
  const row = toCaseRows(ctx, [c])[0] as CaseRow;
  const actor = ctx.actor;
  const duplicateOf =
    c.duplicateOfId === null
      ? null
      : (ctx.db.select({ id: cases.id, number: cases.number }).from(cases).where(eq(cases.id, c.duplicateOfId)).get() ??
        null);
  const householdAddress =
    c.householdId === null
      ? null
      : (ctx.db.select({ address: households.address }).from(households).where(eq(households.id, c.householdId)).get()
          ?.address ?? null);
  return {
    ...row,
    description: c.description,
    residentId: c.residentId,
    householdId: c.householdId,
    householdAddress,
    contactName: c.contactName,
    contactPhone: c.contactPhone,
    hotlineDeadline: c.hotlineDeadline,
    acceptBy: c.acceptBy,
    acceptedAt: c.acceptedAt,
    firstResolvedAt: c.firstResolvedAt,
    resolution: c.resolution,
    closedAt: c.closedAt,
    handlerUserId: c.handlerUserId,
    handlerDepartment: c.handlerDepartment,
    claimantKind: c.claimantKind,
    claimantName: c.claimantName,
    claimantPhone: c.claimantPhone,
    claimedAt: c.claimedAt,
    escalationLevel: c.escalationLevel,
    extensionRequestDays: c.extensionRequestDays,
    extensionDays: c.extensionDays,
    satisfaction: c.satisfaction,
    followedUpAt: c.followedUpAt,
    reopenCount: c.reopenCount,
    voidReason: c.voidReason,
    duplicateOf,
    registeredByName: displayNameOf(ctx, c.registeredBy),
    version: c.version,
    allowedActions: actor ? allowedActions(c, { userId: actor.userId, role: actor.role }) : [],
    canEdit: actor !== null && roleHasPermission(actor.role, 'cases.register') && !isFinished(c.status),
    timeline: timelineOf(ctx, c.id),
    attachments: attachmentsOf(ctx, c.id),
  };
}

export const caseReadHandlers: Handlers<'cases.get' | 'cases.list' | 'cases.myWork' | 'cases.openForResident'> = {
  'cases.get': (ctx, input) => {
    const detail = caseDetailOf(ctx, requireVisibleCase(ctx, input.id));
    // The caller's and the claimant's phones are shown whole to everyone who may read the case.
    const phoneShown = detail.contactPhone !== null || detail.claimantPhone !== null;
    recordSensitiveRead(ctx, 'cases', detail.id, phoneShown ? ['callerPhone'] : []);
    return detail;
  },

  'cases.list': (ctx, input) => listCases(ctx, input.filters, input),

  'cases.myWork': (ctx) => ({
    buckets: bucketsOf(ctx.actor?.role ?? 'branch_secretary').map(([key, filters]) => ({
      key,
      filters,
      count: caseCount(ctx, filters).total,
      rows: casePage(ctx, filters, { limit: bucketPreview }).rows,
    })),
  }),

  'cases.openForResident': (ctx, input) => ({
    rows: casePage(ctx, { residentId: input.residentId, open: true }, { limit: openCasesShown }).rows,
  }),
};
