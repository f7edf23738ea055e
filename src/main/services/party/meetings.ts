// Organisational life (三会一课 and 主题党日): meetings with attendance, and the calendar of what each branch owes.
import { and, asc, count, desc, eq, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import { quarterMonths } from '../../../shared/domain/partyLife';
import { partyBranches, partyMeetings } from '../../db/schema/party';
import type { Ctx, Handlers } from '../context';
import { requireCurrentVersion } from '../households';
import { keysetPage } from '../paging';
import { checkAttendance, findMeeting, meetingDetail, meetingRowColumns, writeAttendance } from './meetingAttendance';
import { inReachableBranches, meetingsDueByBranch, requireReadableBranch, requireWritableBranch } from './partyScope';
import { IssueList } from './serviceIssues';

/** What recording and correcting a meeting share (a correction also names the meeting and its version). */
type MeetingInput = ParsedInputOf<'party.recordMeeting'>;

/** Not in the future, and an attendance list of the branch's members that day. */
function checkMeeting(ctx: Ctx, input: MeetingInput, issues: IssueList): void {
  issues.notInFuture(['heldOn'], input.heldOn);
  checkAttendance(ctx, input.branchId, input.heldOn, input.attendance, issues);
  issues.throwIfAny();
}

function meetingValues(input: MeetingInput) {
  return {
    type: input.type,
    heldOn: input.heldOn,
    month: input.heldOn.slice(0, 7),
    topic: input.topic,
    presenter: input.presenter,
    location: input.location || null,
    notes: input.notes,
  };
}

export const meetingsHandlers: Handlers<
  'party.meetings' | 'party.meeting' | 'party.recordMeeting' | 'party.updateMeeting' | 'party.meetingsOwed'
> = {
  'party.meetings': (ctx, input) => {
    if (input.branchId !== undefined) requireReadableBranch(ctx, input.branchId);
    const filters: (SQL | undefined)[] = [
      isNull(partyBranches.archivedAt),
      inReachableBranches(ctx, partyMeetings.branchId),
      input.branchId === undefined ? undefined : eq(partyMeetings.branchId, input.branchId),
      input.type === undefined ? undefined : eq(partyMeetings.type, input.type),
      input.fromMonth === undefined ? undefined : gte(partyMeetings.month, input.fromMonth),
      input.toMonth === undefined ? undefined : lte(partyMeetings.month, input.toMonth),
    ];
    const total =
      ctx.db
        .select({ n: count() })
        .from(partyMeetings)
        .innerJoin(partyBranches, eq(partyBranches.id, partyMeetings.branchId))
        .where(and(...filters))
        .get()?.n ?? 0;
    // Newest first by date; the cursor is the last meeting's id, its date read back for the (date, id) key.
    const after =
      input.cursor === undefined
        ? undefined
        : sql`(${partyMeetings.heldOn}, ${partyMeetings.id}) < ((select held_on from party_meetings where id = ${input.cursor}), ${input.cursor})`;
    const rows = ctx.db
      .select(meetingRowColumns)
      .from(partyMeetings)
      .innerJoin(partyBranches, eq(partyBranches.id, partyMeetings.branchId))
      .where(and(...filters, after))
      .orderBy(desc(partyMeetings.heldOn), desc(partyMeetings.id))
      .limit(input.limit + 1)
      .all();
    const { page, nextCursor } = keysetPage(rows, input.limit, (r) => r.id);
    return { rows: page, total, nextCursor };
  },

  'party.meeting': (ctx, input) => meetingDetail(ctx, findMeeting(ctx, input.id, 'read').id),

  'party.recordMeeting': (ctx, input) => {
    requireWritableBranch(ctx, input.branchId);
    checkMeeting(ctx, input, new IssueList(ctx));
    const now = ctx.clock.now();
    const meeting = ctx.db
      .insert(partyMeetings)
      .values({ branchId: input.branchId, ...meetingValues(input), createdAt: now, updatedAt: now })
      .returning({ id: partyMeetings.id })
      .get();
    writeAttendance(ctx, meeting.id, input.attendance);
    const after = meetingDetail(ctx, meeting.id);
    ctx.audit.record({ entity: 'party_meetings', entityId: meeting.id, after });
    return after;
  },

  'party.updateMeeting': (ctx, input) => {
    const stored = findMeeting(ctx, input.id, 'change');
    requireWritableBranch(ctx, stored.branchId);
    requireCurrentVersion(stored, input.version);
    const issues = new IssueList(ctx);
    if (input.branchId !== stored.branchId) issues.add(['branchId'], 'meetingBranchFixed').throwIfAny();
    checkMeeting(ctx, input, issues);
    const before = meetingDetail(ctx, stored.id);
    ctx.db
      .update(partyMeetings)
      .set({ ...meetingValues(input), updatedAt: ctx.clock.now(), version: stored.version + 1 })
      .where(eq(partyMeetings.id, stored.id))
      .run();
    writeAttendance(ctx, stored.id, input.attendance);
    const after = meetingDetail(ctx, stored.id);
    ctx.audit.record({ entity: 'party_meetings', entityId: stored.id, before, after });
    return after;
  },

  'party.meetingsOwed': (ctx, input) => {
    const branches = ctx.db
      .select({ id: partyBranches.id, name: partyBranches.name })
      .from(partyBranches)
      .where(and(isNull(partyBranches.archivedAt), inReachableBranches(ctx, partyBranches.id)))
      .orderBy(asc(partyBranches.name), asc(partyBranches.id))
      .all();
    const dues = meetingsDueByBranch(
      ctx,
      input.month,
      branches.map((b) => b.id),
    );
    const rows = branches.map((b) => {
      const due = dues.get(b.id) ?? [];
      return { branchId: b.id, branchName: b.name, due, owed: due.filter((d) => d.owed).length };
    });
    return { month: input.month, quarter: quarterMonths(input.month), rows };
  },
};
