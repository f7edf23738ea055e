// The branch committee (支委会): replaced as a whole by the branch's secretary or a manager. Each seat is an active
// member of the branch, no member sits twice, and there is at most one secretary (书记).
import { and, eq, sql } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import { partyBranches, partyCommittee, partyMembers } from '../../db/schema/party';
import type { Ctx } from '../context';
import { requireCurrentVersion } from '../households';
import { type BranchRecord, requireWritableBranch } from './partyScope';
import { IssueList } from './serviceIssues';

type Seat = ParsedInputOf<'party.setCommittee'>['seats'][number];

function checkSeats(ctx: Ctx, branchId: number, seats: readonly Seat[]): void {
  const issues = new IssueList(ctx);
  const members = new Set(
    ctx.db
      .select({ id: partyMembers.id })
      .from(partyMembers)
      .where(and(eq(partyMembers.branchId, branchId), eq(partyMembers.status, 'active')))
      .all()
      .map((m) => m.id),
  );
  const seen = new Set<number>();
  let secretaries = 0;
  seats.forEach((seat, index) => {
    if (!members.has(seat.memberId)) issues.add(['seats', index, 'memberId'], 'committeeMemberNotInBranch');
    else if (seen.has(seat.memberId)) issues.add(['seats', index, 'memberId'], 'committeeSeatRepeated');
    seen.add(seat.memberId);
    if (seat.post === 'secretary' && ++secretaries > 1) issues.add(['seats', index, 'post'], 'committeeOneSecretary');
    issues.notInFuture(['seats', index, 'since'], seat.since);
  });
  issues.throwIfAny();
}

function seatsOf(ctx: Ctx, branchId: number) {
  return ctx.db
    .select({
      memberId: partyCommittee.memberId,
      post: partyCommittee.post,
      background: partyCommittee.background,
      since: partyCommittee.since,
    })
    .from(partyCommittee)
    .where(eq(partyCommittee.branchId, branchId))
    .all();
}

/** Replaces the committee and bumps the branch's version; answers the branch after. */
export function setCommittee(ctx: Ctx, input: ParsedInputOf<'party.setCommittee'>): BranchRecord {
  const branch = requireWritableBranch(ctx, input.branchId);
  requireCurrentVersion(branch, input.version);
  checkSeats(ctx, branch.id, input.seats);
  const before = seatsOf(ctx, branch.id);
  ctx.db.delete(partyCommittee).where(eq(partyCommittee.branchId, branch.id)).run();
  if (input.seats.length > 0) {
    ctx.db
      .insert(partyCommittee)
      .values(input.seats.map((seat) => ({ ...seat, branchId: branch.id })))
      .run();
  }
  const after = ctx.db
    .update(partyBranches)
    .set({ updatedAt: ctx.clock.now(), version: sql`${partyBranches.version} + 1` })
    .where(eq(partyBranches.id, branch.id))
    .returning()
    .get();
  ctx.audit.record({ entity: 'party_committee', entityId: branch.id, before, after: seatsOf(ctx, branch.id) });
  return after;
}

/** A member who leaves the roster leaves the committee too; bumps the branch's version when a seat ends. */
export function endCommitteeSeat(ctx: Ctx, branchId: number, memberId: number): void {
  const seat = ctx.db
    .select()
    .from(partyCommittee)
    .where(and(eq(partyCommittee.branchId, branchId), eq(partyCommittee.memberId, memberId)))
    .get();
  if (!seat) return;
  ctx.db
    .delete(partyCommittee)
    .where(and(eq(partyCommittee.branchId, branchId), eq(partyCommittee.memberId, memberId)))
    .run();
  ctx.db
    .update(partyBranches)
    .set({ updatedAt: ctx.clock.now(), version: sql`${partyBranches.version} + 1` })
    .where(eq(partyBranches.id, branchId))
    .run();
  ctx.audit.record({ entity: 'party_committee', entityId: branchId, before: [seat], after: [] });
}
