// Members' community service (党员服务): records of what a member did and for how long, with the hours summed.
import { and, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { ServiceRow } from '../../../shared/contract/party';
import { partyBranches, partyMembers, partyServiceRecords } from '../../db/schema/party';
import { requireActor } from '../auth';
import type { Ctx, Handlers } from '../context';
import { keysetPage } from '../paging';
import { inReachableBranches, requireReadableBranch, requireReadableMember, requireWritableMember } from './partyScope';
import { IssueList } from './serviceIssues';

const serviceColumns = {
  id: partyServiceRecords.id,
  memberId: partyServiceRecords.memberId,
  memberName: partyMembers.name,
  branchId: partyServiceRecords.branchId,
  branchName: partyBranches.name,
  servedOn: partyServiceRecords.servedOn,
  activity: partyServiceRecords.activity,
  hours: partyServiceRecords.hours,
};

function serviceRows(ctx: Ctx) {
  return ctx.db
    .select(serviceColumns)
    .from(partyServiceRecords)
    .innerJoin(partyMembers, eq(partyMembers.id, partyServiceRecords.memberId))
    .innerJoin(partyBranches, eq(partyBranches.id, partyServiceRecords.branchId));
}

function serviceRow(ctx: Ctx, id: number): ServiceRow {
  const row = serviceRows(ctx).where(eq(partyServiceRecords.id, id)).get();
  if (!row) throw new Error(`Service record ${id} vanished while being recorded.`);
  return row;
}

export const serviceHandlers: Handlers<'party.services' | 'party.recordService'> = {
  'party.services': (ctx, input) => {
    if (input.branchId !== undefined) requireReadableBranch(ctx, input.branchId);
    if (input.memberId !== undefined) requireReadableMember(ctx, input.memberId);
    const filters: (SQL | undefined)[] = [
      isNull(partyBranches.archivedAt),
      inReachableBranches(ctx, partyServiceRecords.branchId),
      input.branchId === undefined ? undefined : eq(partyServiceRecords.branchId, input.branchId),
      input.memberId === undefined ? undefined : eq(partyServiceRecords.memberId, input.memberId),
      input.month === undefined ? undefined : eq(partyServiceRecords.month, input.month),
    ];
    const totals = ctx.db
      .select({ n: count(), hours: sql<number>`coalesce(sum(${partyServiceRecords.hours}), 0)` })
      .from(partyServiceRecords)
      .innerJoin(partyBranches, eq(partyBranches.id, partyServiceRecords.branchId))
      .where(and(...filters))
      .get();
    // Newest first by date; the cursor is the last record's id, its date read back for the (date, id) key.
    const after =
      input.cursor === undefined
        ? undefined
        : sql`(${partyServiceRecords.servedOn}, ${partyServiceRecords.id}) < ((select served_on from party_service_records where id = ${input.cursor}), ${input.cursor})`;
    const rows = serviceRows(ctx)
      .where(and(...filters, after))
      .orderBy(desc(partyServiceRecords.servedOn), desc(partyServiceRecords.id))
      .limit(input.limit + 1)
      .all();
    const { page, nextCursor } = keysetPage(rows, input.limit, (r) => r.id);
    return { rows: page, total: totals?.n ?? 0, hours: totals?.hours ?? 0, nextCursor };
  },

  'party.recordService': (ctx, input) => {
    const actor = requireActor(ctx);
    const member = requireWritableMember(ctx, input.memberId);
    const issues = new IssueList(ctx).notInFuture(['servedOn'], input.servedOn);
    if (input.servedOn < member.arrivedOn) issues.add(['servedOn'], 'changeBeforeArrival');
    issues.throwIfAny();
    const record = ctx.db
      .insert(partyServiceRecords)
      .values({
        memberId: member.id,
        branchId: member.branchId,
        servedOn: input.servedOn,
        month: input.servedOn.slice(0, 7),
        activity: input.activity,
        hours: input.hours,
        recordedBy: actor.userId,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: partyServiceRecords.id })
      .get();
    const after = serviceRow(ctx, record.id);
    ctx.audit.record({ entity: 'party_service_records', entityId: record.id, after });
    return after;
  },
};
