// The household file (一户一档): households by address on micro-grids, with members, visits and change history.
import { and, asc, desc, eq, gt, inArray, isNull, like, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { sensitiveReadQueries } from '../../shared/contract/audit';
import { AppError } from '../../shared/contract/errors';
import type { Household } from '../../shared/contract/households';
import { relationsToHead } from '../../shared/domain/residents';
import { auditLog, households, residents, visits } from '../db/schema';
import { auditEntries } from './audit';
import type { Ctx, Handlers } from './context';
import { headNameSql, lastVisitDateSql, memberCountSql, visitRowColumns } from './householdFacts';
import { keysetPage } from './paging';
import {
  type HouseholdRecord,
  householdAuditView,
  householdColumns,
  insertHousehold,
  requireAddressFree,
  requireMicroGrid,
} from './register';
import { auditSnapshotForActor, loadTags, toResidentSummary } from './residentViews';
import { gridPaths, inGrids, isGridInScope, requireGridInScope, visibleGridIds, withGridPaths } from './scope';
import { recordSensitiveRead, sensitiveKindsOfResident } from './sensitiveReads';

const historyLimit = 50;
const visitLimit = 100;

/** Address text as a list filter: the trigram index for three characters or more, a plain scan below that. */
export function addressFilter(text: string): SQL {
  // The trigram index takes no ESCAPE clause, so LIKE's own wildcards are dropped from the text.
  const plain = text.normalize('NFKC').replace(/[%_]/g, '');
  if ([...plain].length >= 3) {
    return sql`${households.id} in (select rowid from households_address_fts where address like ${`%${plain}%`})`;
  }
  return like(households.address, `%${plain}%`);
}

export function toHousehold(h: HouseholdRecord, gridPath: string): Household {
  return {
    id: h.id,
    gridId: h.gridId,
    gridPath,
    estate: h.estate,
    building: h.building,
    unit: h.unit,
    room: h.room,
    address: h.address,
    houseUse: h.houseUse,
    rental:
      h.landlordName === null
        ? null
        : {
            landlordName: h.landlordName,
            landlordPhone: h.landlordPhone,
            tenantCount: h.tenantCount ?? 0,
            leaseStart: h.leaseStart,
            leaseEnd: h.leaseEnd,
            pledgeSigned: h.pledgeSigned ?? false,
          },
    version: h.version,
  };
}

function householdOut(ctx: Ctx, h: HouseholdRecord): Household {
  return toHousehold(h, gridPaths(ctx, [h.gridId]).get(h.gridId) ?? '');
}

function notFound(id: number): AppError {
  return new AppError('NOT_FOUND', `No household with id ${id}.`, { reason: 'householdNotFound' });
}

/** A household to read: one outside the actor's grids is as good as absent. */
export function findHouseholdToRead(ctx: Ctx, id: number): HouseholdRecord {
  const h = ctx.db.select().from(households).where(eq(households.id, id)).get();
  if (!h || !isGridInScope(ctx, h.gridId)) throw notFound(id);
  return h;
}

function findHouseholdToChange(ctx: Ctx, id: number): HouseholdRecord {
  const h = ctx.db.select().from(households).where(eq(households.id, id)).get();
  if (!h) throw notFound(id);
  requireGridInScope(ctx, h.gridId);
  return h;
}

export function requireCurrentVersion(record: { version: number }, version: number): void {
  if (record.version !== version) {
    throw new AppError('CONFLICT', 'Someone else changed this record; reload and try again.', {
      reason: 'staleVersion',
    });
  }
}

function historyOf(ctx: Ctx, householdId: number, residentIds: number[]) {
  const ofHousehold = and(eq(auditLog.entity, 'households'), eq(auditLog.entityId, householdId));
  const ofMembers =
    residentIds.length > 0 ? and(eq(auditLog.entity, 'residents'), inArray(auditLog.entityId, residentIds)) : undefined;
  // The file's history is its changes: who merely looked at it is for the audit log's own page.
  const changes = and(or(ofHousehold, ofMembers), notInArray(auditLog.action, [...sensitiveReadQueries]));
  return auditEntries(ctx, changes, historyLimit).map((row) => ({
    ...row,
    before: auditSnapshotForActor(ctx, row.before ?? null),
    after: auditSnapshotForActor(ctx, row.after ?? null),
  }));
}

const memberOrder = (a: typeof residents.$inferSelect, b: typeof residents.$inferSelect) =>
  relationsToHead.indexOf(a.relationToHead) - relationsToHead.indexOf(b.relationToHead) ||
  (a.birthDate ?? '').localeCompare(b.birthDate ?? '') ||
  a.id - b.id;

export const householdsHandlers: Handlers<
  'households.list' | 'households.get' | 'households.create' | 'households.update'
> = {
  'households.list': (ctx, input) => {
    const gridIds = visibleGridIds(ctx, input.gridId);
    const rows = ctx.db
      .select({
        id: households.id,
        gridId: households.gridId,
        address: households.address,
        houseUse: households.houseUse,
        headName: headNameSql,
        memberCount: memberCountSql,
        lastVisitDate: lastVisitDateSql,
      })
      .from(households)
      .where(
        and(
          isNull(households.archivedAt),
          input.cursor === undefined ? undefined : gt(households.id, input.cursor),
          gridIds === null ? undefined : inGrids(households.gridId, gridIds),
          input.houseUse ? eq(households.houseUse, input.houseUse) : undefined,
          input.address ? addressFilter(input.address) : undefined,
        ),
      )
      .orderBy(asc(households.id))
      .limit(input.limit + 1)
      .all();
    const { page, nextCursor } = keysetPage(rows, input.limit, (r) => r.id);
    return { rows: withGridPaths(ctx, page), nextCursor };
  },

  'households.get': (ctx, input) => {
    const h = findHouseholdToRead(ctx, input.id);
    const people = ctx.db.select().from(residents).where(eq(residents.householdId, h.id)).all().sort(memberOrder);
    const tags = loadTags(
      ctx,
      people.map((p) => p.id),
    );
    const summaries = people.map((p) => toResidentSummary(ctx, p, tags.get(p.id)));
    const visitRows = ctx.db
      .select(visitRowColumns)
      .from(visits)
      .where(eq(visits.householdId, h.id))
      .orderBy(desc(visits.visitDate), desc(visits.id))
      .limit(visitLimit)
      .all();
    const household = householdOut(ctx, h);
    const shown = summaries.filter((s) => sensitiveKindsOfResident(ctx, s).length > 0);
    recordSensitiveRead(
      ctx,
      'households',
      h.id,
      [
        ...shown.flatMap((s) => sensitiveKindsOfResident(ctx, s)),
        ...(household.rental?.landlordPhone ? (['landlordPhone'] as const) : []),
      ],
      shown.length > 0 ? { residentIds: shown.map((s) => s.id) } : {},
    );
    return {
      household,
      members: summaries.filter((s) => s.lifeStatus === 'active'),
      formerMembers: summaries.filter((s) => s.lifeStatus !== 'active'),
      visits: visitRows,
      history: historyOf(
        ctx,
        h.id,
        people.map((p) => p.id),
      ),
    };
  },

  'households.create': (ctx, input) => householdOut(ctx, insertHousehold(ctx, { ...input, unit: input.unit ?? null })),

  'households.update': (ctx, input) => {
    const before = findHouseholdToChange(ctx, input.id);
    requireCurrentVersion(before, input.version);
    if (input.gridId !== before.gridId) requireMicroGrid(ctx, input.gridId);
    const columns = householdColumns({ ...input, unit: input.unit ?? null });
    requireAddressFree(ctx, columns.addressKey, before.id);
    const after = ctx.db
      .update(households)
      .set({ ...columns, updatedAt: ctx.clock.now(), version: before.version + 1 })
      .where(eq(households.id, before.id))
      .returning()
      .get();
    ctx.audit.record({
      entity: 'households',
      entityId: after.id,
      before: householdAuditView(before),
      after: householdAuditView(after),
    });
    return householdOut(ctx, after);
  },
};
