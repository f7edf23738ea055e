// The case page, the case list, my work and a resident's open cases: every list reads through caseListQuery,
// so a "my work" bucket shows exactly what the case list shows with the bucket's filters.
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { alias, SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import {
  type CaseDetail,
  type CaseFilters,
  type CaseRow,
  caseDetail,
  type myWorkBuckets,
} from '../../../shared/contract/cases';
import { allowedActions, isFinished } from '../../../shared/domain/caseFlow';
import { caseKinds } from '../../../shared/domain/cases';
import { type Role, roleHasPermission } from '../../../shared/domain/roles';
import { users } from '../../db/schema/auth';
import { cases } from '../../db/schema/cases';
import { households, residents } from '../../db/schema/households';
import type { Ctx, Handlers } from '../context';
import { recordSensitiveRead } from '../sensitiveReads';
import { caseCount, casePage, listCases } from './caseListQuery';
import { toCaseRows } from './caseRows';
import { visibleOrNotFound } from './caseScope';

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

const registeredBy = alias(users, 'registered_by_user');
const duplicate = alias(cases, 'duplicate_case');
const caseColumns = getTableColumns(cases);
type CaseColumnKey = keyof typeof caseColumns;

/** The case's own columns the page shows: every field of the contract's case detail that is a column of cases. */
const storedFieldsShown = Object.keys(caseDetail.shape).filter((key): key is CaseColumnKey => key in caseColumns);

/** What the statement answers: the case detail but for what is worked out here. */
type StoredCaseDetail = Omit<
  CaseDetail,
  Exclude<keyof CaseRow, CaseColumnKey | 'residentName'> | 'allowedActions' | 'canEdit'
>;

/** A column as a JSON value: a boolean column is stored as 0 or 1. */
const jsonValueOf = (key: CaseColumnKey): SQL => {
  const column = caseColumns[key];
  return column.columnType === 'SQLiteBoolean' ? sql`json(iif(${column}, 'true', 'false'))` : sql`${column}`;
};

/**
 * The case page in one statement, as one JSON object: the case's fields by their contract names, the names and numbers
 * of the records it points to, its timeline and its attachments (oldest first). Made by SQLite and parsed at once, the
 * page took 0.11 ms where a row of fifty columns copied field by field into the answer took 0.16. Rendered once.
 */
const storedCaseDetailSql = new SQLiteSyncDialect().sqlToQuery(
  sql`select json_object(${sql.join(
    // The keys are this module's own names, written into the statement rather than bound.
    storedFieldsShown.map((key) => sql`${sql.raw(`'${key}'`)}, ${jsonValueOf(key)}`),
    sql`, `,
  )},
      'residentName', ${residents.name},
      'householdAddress', ${households.address},
      'registeredByName', ${registeredBy.displayName},
      'duplicateOf', iif(${duplicate.id} is null, null, json_object('id', ${duplicate.id}, 'number', ${duplicate.number})),
      'timeline', (select json_group_array(json_object('id', e.id, 'kind', e.kind,
          'fromStatus', e.from_status, 'toStatus', e.to_status, 'actorName', e.actor_name, 'at', e.at,
          'note', e.note, 'data', json(coalesce(e.data, '{}'))))
        from (select * from case_events where case_id = ${cases.id} order by id) e),
      'attachments', (select json_group_array(json_object('id', a.id, 'fileName', a.file_name,
          'mediaType', a.media_type, 'size', a.size, 'uploadedByName', a.uploadedByName,
          'uploadedAt', a.uploaded_at))
        from (select a.*, u.display_name as uploadedByName from case_attachments a
                left join users u on u.id = a.uploaded_by where a.case_id = ${cases.id} order by a.id) a))
    from ${cases}
    left join ${users} ${registeredBy} on ${registeredBy.id} = ${cases.registeredBy}
    left join ${households} on ${households.id} = ${cases.householdId}
    left join ${cases} ${duplicate} on ${duplicate.id} = ${cases.duplicateOfId}
    left join ${residents} on ${residents.id} = ${cases.residentId}
    where ${cases.id} = ?`,
).sql;

function readStoredCaseDetail(ctx: Ctx, caseId: number): StoredCaseDetail {
  const found = ctx.sqlite.prepare(storedCaseDetailSql).pluck().get(caseId) as string | undefined;
  return visibleOrNotFound(ctx, found === undefined ? undefined : (JSON.parse(found) as StoredCaseDetail));
}

function caseDetailOf(ctx: Ctx, caseId: number): CaseDetail {
  const stored = readStoredCaseDetail(ctx, caseId);
  const names = new Map(
    stored.residentId === null || stored.residentName === null ? [] : [[stored.residentId, stored.residentName]],
  );
  const [row] = toCaseRows(ctx, [stored], names) as [CaseRow];
  const actor = ctx.actor;
  // Added to the parsed object rather than copied into a new one: a fifty-key literal cost 40 µs, more than the parse.
  return Object.assign(stored, row, {
    allowedActions: actor ? allowedActions(stored, { userId: actor.userId, role: actor.role }) : [],
    canEdit: actor !== null && roleHasPermission(actor.role, 'cases.register') && !isFinished(stored.status),
  });
}

export const caseReadHandlers: Handlers<'cases.get' | 'cases.list' | 'cases.myWork' | 'cases.openForResident'> = {
  'cases.get': (ctx, input) => {
    const detail = caseDetailOf(ctx, input.id);
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
