// The case page, the case list, my work and a resident's open cases: every list reads through caseListQuery,
// so a "my work" bucket shows exactly what the case list shows with the bucket's filters.
import type { CaseDetail, CaseEvent, CaseFilters, CaseRow, myWorkBuckets } from '../../../shared/contract/cases';
import { allowedActions, isFinished } from '../../../shared/domain/caseFlow';
import { caseKinds } from '../../../shared/domain/cases';
import { type Role, roleHasPermission } from '../../../shared/domain/roles';
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

/**
 * Everything the case page shows beside the case itself, in one statement: the names and numbers of the records it
 * points to, its timeline and its attachments (as JSON arrays, oldest first).
 */
function caseSurroundingsOf(ctx: Ctx, c: CaseRecord) {
  const row = ctx.sqlite
    .prepare(
      `select (select display_name from users where id = @registeredBy) as registeredByName,
              (select address from households where id = @householdId) as householdAddress,
              (select number from cases where id = @duplicateOfId) as duplicateNumber,
              (select name from residents where id = @residentId) as residentName,
              (select json_group_array(json_object('id', e.id, 'kind', e.kind, 'fromStatus', e.from_status,
                        'toStatus', e.to_status, 'actorName', e.actor_name, 'at', e.at, 'note', e.note,
                        'data', json(coalesce(e.data, '{}'))))
                 from (select * from case_events where case_id = @caseId order by id) e) as timeline,
              (select json_group_array(json_object('id', a.id, 'fileName', a.file_name, 'mediaType', a.media_type,
                        'size', a.size, 'uploadedByName', a.uploadedByName, 'uploadedAt', a.uploaded_at))
                 from (select a.*, u.display_name as uploadedByName from case_attachments a
                         left join users u on u.id = a.uploaded_by where a.case_id = @caseId order by a.id) a) as attachments`,
    )
    .get({
      caseId: c.id,
      registeredBy: c.registeredBy,
      householdId: c.householdId,
      duplicateOfId: c.duplicateOfId,
      residentId: c.residentId,
    }) as {
    registeredByName: string | null;
    householdAddress: string | null;
    duplicateNumber: string | null;
    residentName: string | null;
    timeline: string;
    attachments: string;
  };
  return {
    ...row,
    timeline: JSON.parse(row.timeline) as CaseEvent[],
    attachments: JSON.parse(row.attachments) as CaseDetail['attachments'],
  };
}

function caseDetailOf(ctx: Ctx, c: CaseRecord): CaseDetail {
  const linked = caseSurroundingsOf(ctx, c);
  const names = new Map(
    c.residentId === null || linked.residentName === null ? [] : [[c.residentId, linked.residentName]],
  );
  const row = toCaseRows(ctx, [c], names)[0] as CaseRow;
  const actor = ctx.actor;
  const duplicateOf =
    c.duplicateOfId === null || linked.duplicateNumber === null
      ? null
      : { id: c.duplicateOfId, number: linked.duplicateNumber };
  return {
    ...row,
    description: c.description,
    residentId: c.residentId,
    householdId: c.householdId,
    householdAddress: linked.householdAddress,
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
    registeredByName: linked.registeredByName,
    version: c.version,
    allowedActions: actor ? allowedActions(c, { userId: actor.userId, role: actor.role }) : [],
    canEdit: actor !== null && roleHasPermission(actor.role, 'cases.register') && !isFinished(c.status),
    timeline: linked.timeline,
    attachments: linked.attachments,
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
