// Which branches an actor reaches: a branch secretary the branches whose records they keep (their account is
// the branch's secretary account); managers and administrators every branch. Every party query asks here.
import { and, eq, gt, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../../shared/contract/errors';
import { type MeetingDue, meetingsDue, quarterMonths } from '../../../shared/domain/partyLife';
import { partyBranches, partyMeetings, partyMembers } from '../../db/schema/party';
import type { Ctx } from '../context';

export type BranchRecord = typeof partyBranches.$inferSelect;
export type MemberRecord = typeof partyMembers.$inferSelect;

const scopes = new WeakMap<Ctx, number[] | null>();

/** The ids of the branches the actor reaches, or null when the actor reaches every branch. Once per call. */
export function reachableBranchIds(ctx: Ctx): number[] | null {
  if (scopes.has(ctx)) return scopes.get(ctx) ?? null;
  let ids: number[] | null = null;
  if (ctx.actor?.role === 'branch_secretary') {
    ids = ctx.db
      .select({ id: partyBranches.id })
      .from(partyBranches)
      .where(and(eq(partyBranches.secretaryUserId, ctx.actor.userId), isNull(partyBranches.archivedAt)))
      .all()
      .map((r) => r.id);
  }
  scopes.set(ctx, ids);
  return ids;
}

/** `column in (reachable branches)`, or undefined when nothing limits the actor. */
export function inReachableBranches(ctx: Ctx, column: SQLiteColumn | SQL): SQL | undefined {
  const ids = reachableBranchIds(ctx);
  return ids === null ? undefined : sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}

function isReachable(ctx: Ctx, branchId: number): boolean {
  const ids = reachableBranchIds(ctx);
  return ids === null || ids.includes(branchId);
}

const branchNotFound = () => new AppError('NOT_FOUND', 'This branch does not exist.', { reason: 'branchNotFound' });

/** For reading: a branch outside the actor's reach is not confirmed to exist. */
export function requireReadableBranch(ctx: Ctx, branchId: number): BranchRecord {
  const row = ctx.db.select().from(partyBranches).where(eq(partyBranches.id, branchId)).get();
  if (!row || row.archivedAt !== null || !isReachable(ctx, branchId)) throw branchNotFound();
  return row;
}

/** For changes: a branch the actor does not keep is refused, not hidden (as the register refuses other grids). */
export function requireWritableBranch(ctx: Ctx, branchId: number): BranchRecord {
  const row = ctx.db.select().from(partyBranches).where(eq(partyBranches.id, branchId)).get();
  if (!row || row.archivedAt !== null) throw branchNotFound();
  if (!isReachable(ctx, branchId)) {
    throw new AppError('FORBIDDEN', 'This branch is not one you keep.', { reason: 'notYourBranch' });
  }
  return row;
}

const memberNotFound = () => new AppError('NOT_FOUND', 'This member does not exist.', { reason: 'memberNotFound' });

/** For reading: a member of a branch outside the actor's reach is not confirmed to exist. */
export function requireReadableMember(ctx: Ctx, memberId: number): MemberRecord {
  const row = ctx.db.select().from(partyMembers).where(eq(partyMembers.id, memberId)).get();
  if (!row || !isReachable(ctx, row.branchId)) throw memberNotFound();
  return row;
}

/** For changes: the member exists, their branch is the actor's, and they are still on the roster (active). */
export function requireWritableMember(ctx: Ctx, memberId: number): MemberRecord {
  const row = ctx.db.select().from(partyMembers).where(eq(partyMembers.id, memberId)).get();
  if (!row) throw memberNotFound();
  requireWritableBranch(ctx, row.branchId);
  if (row.status !== 'active') {
    throw new AppError('INVALID_TRANSITION', 'This member is no longer on the roster.', {
      reason: 'memberNotActive',
      params: { name: row.name },
    });
  }
  return row;
}

/**
 * 三会一课 for each of the given branches in a month: what each held in the month and its quarter, and what it
 * still owes (partyLife.meetingsDue). One query for all branches; the branch screen and the calendar share it.
 */
export function meetingsDueByBranch(ctx: Ctx, month: string, branchIds: readonly number[]): Map<number, MeetingDue[]> {
  const quarter = quarterMonths(month);
  const held = ctx.db
    .select({ branchId: partyMeetings.branchId, type: partyMeetings.type, date: partyMeetings.heldOn })
    .from(partyMeetings)
    .where(
      and(
        sql`${partyMeetings.branchId} in (select value from json_each(${JSON.stringify(branchIds)}))`,
        sql`${partyMeetings.month} in (select value from json_each(${JSON.stringify(quarter)}))`,
      ),
    )
    .all();
  return new Map(
    branchIds.map((branchId) => [
      branchId,
      meetingsDue(
        month,
        held.filter((m) => m.branchId === branchId),
      ),
    ]),
  );
}

/** On the roster at the end of a day: arrived by then and not gone yet (still active, or left after it). */
export function onRosterAt(date: string): SQL {
  return and(
    lte(partyMembers.arrivedOn, date),
    or(eq(partyMembers.status, 'active'), gt(partyMembers.statusDate, date)),
  ) as SQL;
}

/** Owes dues for a month: arrived by its end and a member on some day of it (still active, or left in it or after). */
export function owesDuesIn(month: string): SQL {
  return and(
    lte(partyMembers.arrivedOn, `${month}-31`),
    or(eq(partyMembers.status, 'active'), gte(partyMembers.statusDate, `${month}-01`)),
  ) as SQL;
}
