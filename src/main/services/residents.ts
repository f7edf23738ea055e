// Residents on the register: read, create, edit, move between households, move out, deceased, reveal an ID number.
import { and, asc, eq, gt, inArray, isNull, type SQL } from 'drizzle-orm';
import { AppError } from '../../shared/contract/errors';
import { localDate } from '../../shared/domain/dates';
import { isAttentionTag, type LifeStatus } from '../../shared/domain/residents';
import { type ValidationKey, validationMessage } from '../../shared/i18n/validation';
import { households, residents, residentTagsTable } from '../db/schema';
import type { Ctx, Handlers } from './context';
import { requireCurrentVersion } from './households';
import { keysetPage } from './paging';
import {
  findHouseholdForChange,
  insertResident,
  maySeeAttentionTags,
  type ResidentRecord,
  residentAuditView,
  residentColumns,
  residentProblems,
  residentProblemsError,
  type StoredTag,
  type TagInput,
  writeTags,
} from './register';
import { loadTags, toResident, toResidentSummary } from './residentViews';
import { inGrids, isGridInScope, requireGridInScope, visibleGridIds, withGridPaths } from './scope';
import { recordSensitiveRead, residentsWithAttentionTags, sensitiveKindsOfResident } from './sensitiveReads';

type Access = 'read' | 'change';

/** A resident and their household's grid; outside the actor's grids it is absent to read and refused to change. */
function findResident(ctx: Ctx, id: number, access: Access): ResidentRecord {
  const row = ctx.db
    .select({ resident: residents, gridId: households.gridId })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .where(eq(residents.id, id))
    .get();
  const hidden = row && access === 'read' && !isGridInScope(ctx, row.gridId);
  if (!row || hidden) throw new AppError('NOT_FOUND', `No resident with id ${id}.`, { reason: 'residentNotFound' });
  if (access === 'change') requireGridInScope(ctx, row.gridId);
  return row.resident;
}

function tagsOf(ctx: Ctx, residentId: number): StoredTag[] {
  return loadTags(ctx, [residentId]).get(residentId) ?? [];
}

/** Saves changed columns with the version bumped, audits before and after, and answers the resident. */
function saveResident(
  ctx: Ctx,
  before: ResidentRecord,
  changes: Partial<ResidentRecord>,
  options: { tags?: TagInput[]; auditExtra?: Record<string, unknown> } = {},
) {
  const beforeTags = tagsOf(ctx, before.id);
  const after = ctx.db
    .update(residents)
    .set({ ...changes, updatedAt: ctx.clock.now(), version: before.version + 1 })
    .where(eq(residents.id, before.id))
    .returning()
    .get();
  const afterTags = options.tags ? writeTags(ctx, after.id, options.tags) : beforeTags;
  ctx.audit.record({
    entity: 'residents',
    entityId: after.id,
    before: residentAuditView(before, beforeTags),
    after: { ...residentAuditView(after, afterTags), ...options.auditExtra },
  });
  return toResident(ctx, after, afterTags);
}

function dateIssue(ctx: Ctx, key: ValidationKey): AppError {
  const message = validationMessage(ctx.lang, key);
  return new AppError('VALIDATION', `date: ${message}`, {
    reason: 'invalidInput',
    issues: [{ path: ['date'], message }],
  });
}

/** Moving out or dying takes a resident off the current register; the record stays, with the date. */
function leaveRegister(
  ctx: Ctx,
  input: { id: number; version: number; date: string; note?: string },
  status: Exclude<LifeStatus, 'active'>,
) {
  const before = findResident(ctx, input.id, 'change');
  requireCurrentVersion(before, input.version);
  if (before.lifeStatus !== 'active') {
    throw new AppError('CONFLICT', `${before.name} is no longer on the current register.`, {
      reason: 'residentNotActive',
      params: { name: before.name },
    });
  }
  if (input.date > localDate(ctx.clock.now())) throw dateIssue(ctx, 'dateInFuture');
  if (before.birthDate && input.date < before.birthDate) throw dateIssue(ctx, 'dateBeforeBirth');
  return saveResident(
    ctx,
    before,
    { lifeStatus: status, lifeStatusDate: input.date },
    { auditExtra: input.note ? { statusNote: input.note } : {} },
  );
}

export const residentsHandlers: Handlers<
  | 'residents.list'
  | 'residents.get'
  | 'residents.create'
  | 'residents.update'
  | 'residents.move'
  | 'residents.moveOut'
  | 'residents.markDeceased'
  | 'residents.revealIdNumber'
> = {
  'residents.list': (ctx, input) => {
    if (input.tag && isAttentionTag(input.tag) && !maySeeAttentionTags(ctx)) {
      throw new AppError('FORBIDDEN', 'Your role may not list attention groups.', {
        reason: 'attentionTagsNotAllowed',
      });
    }
    const gridIds = visibleGridIds(ctx, input.gridId);
    const filters: (SQL | undefined)[] = [
      eq(residents.lifeStatus, input.lifeStatus),
      isNull(households.archivedAt),
      input.cursor === undefined ? undefined : gt(residents.id, input.cursor),
      gridIds === null ? undefined : inGrids(households.gridId, gridIds),
      input.residenceType ? eq(residents.residenceType, input.residenceType) : undefined,
      input.houseUse ? eq(households.houseUse, input.houseUse) : undefined,
      input.tag
        ? inArray(
            residents.id,
            ctx.db
              .select({ id: residentTagsTable.residentId })
              .from(residentTagsTable)
              .where(eq(residentTagsTable.tag, input.tag)),
          )
        : undefined,
    ];
    const rows = ctx.db
      .select({ resident: residents, address: households.address, gridId: households.gridId })
      .from(residents)
      .innerJoin(households, eq(households.id, residents.householdId))
      .where(and(...filters))
      .orderBy(asc(residents.id))
      .limit(input.limit + 1)
      .all();
    const { page, nextCursor } = keysetPage(rows, input.limit, (r) => r.resident.id);
    const tags = loadTags(
      ctx,
      page.map((r) => r.resident.id),
    );
    const answer = withGridPaths(ctx, page).map((r) => ({
      ...toResidentSummary(ctx, r.resident, tags.get(r.resident.id)),
      address: r.address,
      gridPath: r.gridPath,
    }));
    // A list shows phones as the day's work needs them (not logged); the attention groups it shows are logged.
    const attention = residentsWithAttentionTags(answer);
    recordSensitiveRead(ctx, 'residents', null, attention.length > 0 ? ['attentionTags'] : [], {
      residentIds: attention,
    });
    return { rows: answer, nextCursor };
  },

  'residents.get': (ctx, input) => {
    const r = findResident(ctx, input.id, 'read');
    const answer = toResident(ctx, r, tagsOf(ctx, r.id));
    recordSensitiveRead(ctx, 'residents', r.id, sensitiveKindsOfResident(ctx, answer));
    return answer;
  },

  'residents.create': (ctx, input) => {
    const r = insertResident(ctx, input);
    return toResident(ctx, r, tagsOf(ctx, r.id));
  },

  'residents.update': (ctx, input) => {
    const before = findResident(ctx, input.id, 'change');
    requireCurrentVersion(before, input.version);
    // The screen never holds the whole ID number (it is masked): left out, the stored one stays.
    const details = {
      ...input,
      householdId: before.householdId,
      idNumber: input.idNumber ?? before.idNumber ?? undefined,
    };
    const problems = residentProblems(ctx, details, { exceptResidentId: before.id });
    if (problems.length > 0) throw residentProblemsError(ctx, problems);
    // Tags the actor cannot see are not theirs to drop: an edit from the desk keeps the attention groups.
    const kept = maySeeAttentionTags(ctx) ? [] : tagsOf(ctx, before.id).filter((t) => isAttentionTag(t.tag));
    return saveResident(ctx, before, residentColumns(details), { tags: [...input.tags, ...kept] });
  },

  'residents.move': (ctx, input) => {
    const before = findResident(ctx, input.id, 'change');
    requireCurrentVersion(before, input.version);
    if (before.lifeStatus === 'deceased') {
      throw new AppError('CONFLICT', `${before.name} is recorded as deceased.`, {
        reason: 'residentDeceased',
        params: { name: before.name },
      });
    }
    findHouseholdForChange(ctx, input.householdId);
    // Moving a former resident into a household brings them back onto the current register.
    return saveResident(ctx, before, {
      householdId: input.householdId,
      relationToHead: input.relationToHead,
      lifeStatus: 'active',
      lifeStatusDate: null,
    });
  },

  'residents.moveOut': (ctx, input) => leaveRegister(ctx, input, 'moved_out'),

  'residents.markDeceased': (ctx, input) => leaveRegister(ctx, input, 'deceased'),

  'residents.revealIdNumber': (ctx, input) => {
    const r = findResident(ctx, input.id, 'read');
    ctx.audit.record({ entity: 'residents', entityId: r.id, after: { revealed: 'idNumber' } });
    return { idNumber: r.idNumber };
  },
};
