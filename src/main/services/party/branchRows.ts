// What the branch screens show of a branch: its grid path, active members (and how many are probationary), the
// meetings it still owes this month and quarter, the committee's secretary; and the whole committee in post order.
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { BranchDetail, BranchSummary } from '../../../shared/contract/party';
import { committeePosts } from '../../../shared/domain/party';
import { grids } from '../../db/schema';
import { partyBranches, partyCommittee, partyMembers } from '../../db/schema/party';
import type { Ctx } from '../context';
import { gridPaths } from '../scope';
import { type BranchRecord, inReachableBranches, meetingsDueByBranch } from './partyScope';
import { currentMonth } from './serviceIssues';

/** The committee of each branch, secretary first, then deputies, then members, each by since and name. */
function committeesOf(ctx: Ctx, branchIds: readonly number[]) {
  const seats = ctx.db
    .select({
      branchId: partyCommittee.branchId,
      memberId: partyCommittee.memberId,
      name: partyMembers.name,
      post: partyCommittee.post,
      background: partyCommittee.background,
      since: partyCommittee.since,
    })
    .from(partyCommittee)
    .innerJoin(partyMembers, eq(partyMembers.id, partyCommittee.memberId))
    .where(sql`${partyCommittee.branchId} in (select value from json_each(${JSON.stringify(branchIds)}))`)
    .all()
    .sort(
      (a, b) =>
        committeePosts.indexOf(a.post) - committeePosts.indexOf(b.post) ||
        a.since.localeCompare(b.since) ||
        a.name.localeCompare(b.name, 'zh-CN') ||
        a.memberId - b.memberId,
    );
  const byBranch = new Map<number, typeof seats>();
  for (const seat of seats) byBranch.set(seat.branchId, [...(byBranch.get(seat.branchId) ?? []), seat]);
  return byBranch;
}

/** Active members and probationary ones per branch, in one grouped query. */
function memberCounts(ctx: Ctx, branchIds: readonly number[]) {
  const rows = ctx.db
    .select({
      branchId: partyMembers.branchId,
      members: sql<number>`count(*)`,
      probationary: sql<number>`sum(${partyMembers.standing} = 'probationary')`,
    })
    .from(partyMembers)
    .where(
      and(
        eq(partyMembers.status, 'active'),
        sql`${partyMembers.branchId} in (select value from json_each(${JSON.stringify(branchIds)}))`,
      ),
    )
    .groupBy(partyMembers.branchId)
    .all();
  return new Map(rows.map((r) => [r.branchId, { members: r.members, probationary: r.probationary ?? 0 }]));
}

/** Branch records as the screens show them, each with its committee. */
export function toBranchDetails(ctx: Ctx, records: readonly BranchRecord[]): BranchDetail[] {
  const ids = records.map((b) => b.id);
  const paths = gridPaths(
    ctx,
    records.map((b) => b.gridId),
  );
  const committees = committeesOf(ctx, ids);
  const counts = memberCounts(ctx, ids);
  const owed = meetingsDueByBranch(ctx, currentMonth(ctx), ids);
  return records.map((b) => {
    const committee = (committees.get(b.id) ?? []).map(({ branchId: _branch, ...seat }) => seat);
    return {
      id: b.id,
      name: b.name,
      brandName: b.brandName,
      gridId: b.gridId,
      gridPath: paths.get(b.gridId) ?? '',
      foundedOn: b.foundedOn,
      secretaryUserId: b.secretaryUserId,
      secretaryName: committee.find((s) => s.post === 'secretary')?.name ?? null,
      members: counts.get(b.id)?.members ?? 0,
      probationary: counts.get(b.id)?.probationary ?? 0,
      meetingsOwed: (owed.get(b.id) ?? []).filter((due) => due.owed).length,
      version: b.version,
      committee,
    };
  });
}

export function toBranchDetail(ctx: Ctx, record: BranchRecord): BranchDetail {
  const [detail] = toBranchDetails(ctx, [record]);
  if (!detail) throw new Error('unreachable: one branch in, one out');
  return detail;
}

/** The branches the actor reaches, by their grid's code and name, then the branch's name. */
export function reachableBranchSummaries(ctx: Ctx): BranchSummary[] {
  const reach: SQL | undefined = inReachableBranches(ctx, partyBranches.id);
  const records = ctx.db
    .select({ branch: partyBranches })
    .from(partyBranches)
    .innerJoin(grids, eq(grids.id, partyBranches.gridId))
    .where(and(isNull(partyBranches.archivedAt), reach))
    .orderBy(sql`${grids.code} is null`, asc(grids.code), asc(grids.name), asc(partyBranches.name))
    .all()
    .map((r) => r.branch);
  return toBranchDetails(ctx, records).map(({ committee: _committee, ...summary }) => summary);
}
