// A meeting's attendance: who may be on the list (members of the branch on its roster that day), writing the list,
// and reading a meeting back with it.
import { and, asc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import type { MeetingDetail } from '../../../shared/contract/party';
import type { AbsenceReason } from '../../../shared/domain/party';
import { partyAttendance, partyBranches, partyMeetings, partyMembers } from '../../db/schema/party';
import type { Ctx } from '../context';
import { reachableBranchIds } from './partyScope';
import type { IssueList } from './serviceIssues';

export interface AttendanceEntry {
  memberId: number;
  present: boolean;
  absenceReason?: AbsenceReason;
  absenceNote?: string | null;
}

/** The ids of the branch's members on its roster on a day: arrived by then and not gone before it. */
export function membersOnRosterOn(ctx: Ctx, branchId: number, date: string): Set<number> {
  const rows = ctx.db
    .select({ id: partyMembers.id })
    .from(partyMembers)
    .where(
      and(
        eq(partyMembers.branchId, branchId),
        lte(partyMembers.arrivedOn, date),
        or(eq(partyMembers.status, 'active'), gte(partyMembers.statusDate, date)),
      ),
    )
    .all();
  return new Set(rows.map((r) => r.id));
}

/** Each entry a distinct member on the roster that day, no more entries than such members, absences explained. */
export function checkAttendance(
  ctx: Ctx,
  branchId: number,
  heldOn: string,
  attendance: readonly AttendanceEntry[],
  issues: IssueList,
): void {
  const onRoster = membersOnRosterOn(ctx, branchId, heldOn);
  const ids = [...new Set(attendance.map((a) => a.memberId))];
  const names = new Map(
    ids.length === 0
      ? []
      : ctx.db
          .select({ id: partyMembers.id, name: partyMembers.name })
          .from(partyMembers)
          .where(inArray(partyMembers.id, ids))
          .all()
          .map((r) => [r.id, r.name] as const),
  );
  if (attendance.length > onRoster.size) {
    issues.add(['attendance'], 'moreAttendeesThanMembers', { attendees: attendance.length, members: onRoster.size });
  }
  const seen = new Set<number>();
  attendance.forEach((entry, i) => {
    if (!onRoster.has(entry.memberId)) {
      const name = names.get(entry.memberId) ?? `#${entry.memberId}`;
      issues.add(['attendance', i, 'memberId'], 'attendeeNotMember', { name });
    } else if (seen.has(entry.memberId)) {
      issues.add(['attendance', i, 'memberId'], 'attendeeRepeated');
    }
    seen.add(entry.memberId);
    if (!entry.present && entry.absenceReason === undefined) {
      issues.add(['attendance', i, 'absenceReason'], 'absenceReasonRequired');
    }
  });
}

/** Replaces the meeting's list; a member present has no absence reason to keep. */
export function writeAttendance(ctx: Ctx, meetingId: number, attendance: readonly AttendanceEntry[]): void {
  ctx.db.delete(partyAttendance).where(eq(partyAttendance.meetingId, meetingId)).run();
  if (attendance.length === 0) return;
  ctx.db
    .insert(partyAttendance)
    .values(
      attendance.map((a) => ({
        meetingId,
        memberId: a.memberId,
        present: a.present,
        absenceReason: a.present ? null : (a.absenceReason ?? null),
        absenceNote: a.present ? null : a.absenceNote || null,
      })),
    )
    .run();
}

const countWhere = (present: 0 | 1) =>
  sql<number>`(select count(*) from party_attendance a where a.meeting_id = ${partyMeetings.id} and a.present = ${present})`;

/** The columns of a meeting's list row: its branch's name and how many were present and absent. */
export const meetingRowColumns = {
  id: partyMeetings.id,
  branchId: partyMeetings.branchId,
  branchName: partyBranches.name,
  type: partyMeetings.type,
  heldOn: partyMeetings.heldOn,
  topic: partyMeetings.topic,
  presenter: partyMeetings.presenter,
  location: partyMeetings.location,
  present: countWhere(1),
  absent: countWhere(0),
  version: partyMeetings.version,
};

const meetingNotFound = () => new AppError('NOT_FOUND', 'This meeting does not exist.', { reason: 'meetingNotFound' });

/** The stored meeting; one of a branch outside the actor's reach is not confirmed to exist when only read. */
export function findMeeting(ctx: Ctx, id: number, purpose: 'read' | 'change') {
  const meeting = ctx.db.select().from(partyMeetings).where(eq(partyMeetings.id, id)).get();
  if (!meeting) throw meetingNotFound();
  const reach = reachableBranchIds(ctx);
  if (purpose === 'read' && reach !== null && !reach.includes(meeting.branchId)) throw meetingNotFound();
  return meeting;
}

/** A meeting with its attendance, by member name. */
export function meetingDetail(ctx: Ctx, id: number): MeetingDetail {
  const row = ctx.db
    .select({ ...meetingRowColumns, notes: partyMeetings.notes })
    .from(partyMeetings)
    .innerJoin(partyBranches, eq(partyBranches.id, partyMeetings.branchId))
    .where(eq(partyMeetings.id, id))
    .get();
  if (!row) throw meetingNotFound();
  const attendance = ctx.db
    .select({
      memberId: partyAttendance.memberId,
      name: partyMembers.name,
      present: partyAttendance.present,
      absenceReason: partyAttendance.absenceReason,
      absenceNote: partyAttendance.absenceNote,
    })
    .from(partyAttendance)
    .innerJoin(partyMembers, eq(partyMembers.id, partyAttendance.memberId))
    .where(eq(partyAttendance.meetingId, id))
    .orderBy(asc(partyMembers.name), asc(partyMembers.id))
    .all();
  return { ...row, attendance };
}
