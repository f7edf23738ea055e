// The roster as the screens and the export read it: members with their branch's name, the household of a linked
// resident, their committee post and their monthly dues; the filters party.members and exports.partyMembers share.
import { and, asc, eq, gt, like, type SQL, sql } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import type { MemberRow } from '../../../shared/contract/party';
import { monthlyDuesFen } from '../../../shared/domain/partyDues';
import { residents } from '../../db/schema';
import { partyBranches, partyCommittee, partyMembers } from '../../db/schema/party';
import type { Ctx } from '../context';
import { inReachableBranches, type MemberRecord, requireReadableBranch } from './partyScope';

/** The roster's filters: what exports.partyMembers takes, and party.members besides its paging. */
type Filters = ParsedInputOf<'exports.partyMembers'>;

/** Which members a roster shows: within the actor's reach, of the branch, kind and standing asked, by part of a name. */
export function memberConditions(ctx: Ctx, filters: Filters): SQL | undefined {
  if (filters.branchId !== undefined) requireReadableBranch(ctx, filters.branchId);
  const q = filters.q?.replace(/[%_\\]/g, '');
  return and(
    inReachableBranches(ctx, partyMembers.branchId),
    filters.branchId === undefined ? undefined : eq(partyMembers.branchId, filters.branchId),
    eq(partyMembers.status, filters.status),
    filters.kind === undefined ? undefined : eq(partyMembers.kind, filters.kind),
    filters.standing === undefined ? undefined : eq(partyMembers.standing, filters.standing),
    q ? like(partyMembers.name, `%${q}%`) : undefined,
  );
}

const rowColumns = {
  member: partyMembers,
  branchName: partyBranches.name,
  householdId: residents.householdId,
  committeePost: partyCommittee.post,
};

function rowQuery(ctx: Ctx) {
  return ctx.db
    .select(rowColumns)
    .from(partyMembers)
    .innerJoin(partyBranches, eq(partyBranches.id, partyMembers.branchId))
    .leftJoin(residents, eq(residents.id, partyMembers.residentId))
    .leftJoin(
      partyCommittee,
      and(eq(partyCommittee.memberId, partyMembers.id), eq(partyCommittee.branchId, partyMembers.branchId)),
    );
}

type Joined = {
  member: MemberRecord;
  branchName: string;
  householdId: number | null;
  committeePost: MemberRow['committeePost'];
};

function toMemberRow({ member: m, branchName, householdId, committeePost }: Joined): MemberRow {
  return {
    id: m.id,
    branchId: m.branchId,
    branchName,
    residentId: m.residentId,
    householdId,
    name: m.name,
    gender: m.gender,
    birthDate: m.birthDate,
    phone: m.phone,
    standing: m.standing,
    joinedOn: m.joinedOn,
    fullOn: m.fullOn,
    status: m.status,
    statusDate: m.statusDate,
    arrivedOn: m.arrivedOn,
    kind: m.kind,
    employer: m.employer,
    reportedOn: m.reportedOn,
    servicePost: m.servicePost,
    mobileWhere: m.mobileWhere,
    mobileSince: m.mobileSince,
    mobileContact: m.mobileContact,
    incomeCategory: m.incomeCategory,
    incomeFen: m.incomeFen,
    monthlyDuesFen: monthlyDuesFen(m.incomeCategory, m.incomeFen),
    committeePost,
    version: m.version,
  };
}

/** Roster rows by id order after the cursor: `limit` of them, or every one when no limit is given. */
export function memberRowsWhere(ctx: Ctx, where: SQL | undefined, page: { cursor?: number; limit?: number } = {}) {
  const query = rowQuery(ctx)
    .where(and(where, page.cursor === undefined ? undefined : gt(partyMembers.id, page.cursor)))
    .orderBy(asc(partyMembers.id));
  return (page.limit === undefined ? query.all() : query.limit(page.limit).all()).map(toMemberRow);
}

export function countMembers(ctx: Ctx, where: SQL | undefined): number {
  return ctx.db.select({ n: sql<number>`count(*)` }).from(partyMembers).where(where).get()?.n ?? 0;
}

/** One member's roster row (the member is known to exist). */
export function memberRowOf(ctx: Ctx, memberId: number): MemberRow {
  const [row] = memberRowsWhere(ctx, eq(partyMembers.id, memberId));
  if (!row) throw new Error(`unreachable: member ${memberId} was just read`);
  return row;
}
