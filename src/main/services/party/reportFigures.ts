// The monthly report's figures for one branch and month, computed straight from the party tables: what the report
// shows while the branch still holds it, and what is frozen into party_reports.figures when it is submitted.
import { and, count, countDistinct, eq, gte, inArray, lt, sql, sum } from 'drizzle-orm';
import type { ReportFigures } from '../../../shared/contract/party';
import { startOfLocalDate } from '../../../shared/domain/dates';
import { addMonths, lastDateOfMonth } from '../../../shared/domain/months';
import { memberKinds } from '../../../shared/domain/party';
import { meetingTypes, requiredInMonth } from '../../../shared/domain/partyLife';
import { cases } from '../../db/schema/cases';
import {
  partyAttendance,
  partyMeetings,
  partyMemberEvents,
  partyMembers,
  partyServiceRecords,
} from '../../db/schema/party';
import type { Ctx } from '../context';
import { duesSheet } from './dues';
import { meetingsDueByBranch, onRosterAt } from './partyScope';

/** On the roster at the month's end: arrived by then and not yet gone (still active, or left after it). */
function membersAtMonthEnd(ctx: Ctx, branchId: number, monthEnd: string) {
  return ctx.db
    .select({
      id: partyMembers.id,
      kind: partyMembers.kind,
      fullOn: partyMembers.fullOn,
      incomeCategory: partyMembers.incomeCategory,
      incomeFen: partyMembers.incomeFen,
    })
    .from(partyMembers)
    .where(and(eq(partyMembers.branchId, branchId), onRosterAt(monthEnd)))
    .all();
}

type Roster = ReturnType<typeof membersAtMonthEnd>;

function memberFigures(roster: Roster, monthEnd: string): ReportFigures['members'] {
  const full = roster.filter((m) => m.fullOn !== null && m.fullOn <= monthEnd).length;
  const byKind = Object.fromEntries(memberKinds.map((kind) => [kind, roster.filter((m) => m.kind === kind).length]));
  return {
    total: roster.length,
    full,
    probationary: roster.length - full,
    community: byKind.community ?? 0,
    onTheJob: byKind.on_the_job ?? 0,
    mobile: byKind.mobile ?? 0,
  };
}

function changeFigures(ctx: Ctx, branchId: number, month: string): ReportFigures['changes'] {
  const rows = ctx.db
    .select({ kind: partyMemberEvents.kind, n: count() })
    .from(partyMemberEvents)
    .where(and(eq(partyMemberEvents.branchId, branchId), eq(partyMemberEvents.month, month)))
    .groupBy(partyMemberEvents.kind)
    .all();
  const of = (kind: (typeof rows)[number]['kind']) => rows.find((r) => r.kind === kind)?.n ?? 0;
  return {
    joined: of('joined'),
    becameFull: of('became_full'),
    transferredIn: of('transferred_in'),
    transferredOut: of('transferred_out'),
    deceased: of('deceased'),
  };
}

/** Meetings held in the month by type; a required type counts as held by the calendar's rule (a quarter's one). */
function meetingFigures(ctx: Ctx, branchId: number, month: string) {
  const held = ctx.db
    .select({ id: partyMeetings.id, type: partyMeetings.type })
    .from(partyMeetings)
    .where(and(eq(partyMeetings.branchId, branchId), eq(partyMeetings.month, month)))
    .all();
  const required = requiredInMonth(month);
  const due = meetingsDueByBranch(ctx, month, [branchId]).get(branchId) ?? [];
  return {
    meetingIds: held.map((m) => m.id),
    meetings: meetingTypes.map((type) => ({
      type,
      required: required.includes(type),
      held: held.filter((m) => m.type === type).length,
    })),
    meetingsHeld: held.length,
    meetingsRequired: required.length,
    requiredHeld: due.filter((d) => required.includes(d.type) && !d.owed).length,
  };
}

function attendanceFigures(ctx: Ctx, meetingIds: number[]): ReportFigures['attendance'] {
  if (meetingIds.length === 0) return { expected: 0, present: 0, rate: null };
  const row = ctx.db
    .select({ expected: count(), present: sql<number>`coalesce(sum(${partyAttendance.present}), 0)` })
    .from(partyAttendance)
    .where(inArray(partyAttendance.meetingId, meetingIds))
    .get();
  const expected = row?.expected ?? 0;
  const present = Number(row?.present ?? 0);
  return { expected, present, rate: expected === 0 ? null : present / expected };
}

/** The dues of the month as the branch's dues sheet counts them (party.duesSheet): one rule for both. */
function duesFigures(ctx: Ctx, branchId: number, month: string): ReportFigures['dues'] {
  const { totals } = duesSheet(ctx, branchId, month);
  return { membersDue: totals.members, membersPaid: totals.paid, dueFen: totals.dueFen, paidFen: totals.paidFen };
}

/** Service recorded in the month, and the wishes the branch's members claimed in it (the centre's local month). */
function serviceFigures(ctx: Ctx, branchId: number, month: string): ReportFigures['service'] {
  const records = ctx.db
    .select({
      records: count(),
      members: countDistinct(partyServiceRecords.memberId),
      hours: sum(partyServiceRecords.hours),
    })
    .from(partyServiceRecords)
    .where(and(eq(partyServiceRecords.branchId, branchId), eq(partyServiceRecords.month, month)))
    .get();
  const branchMembers = ctx.db
    .select({ id: partyMembers.id })
    .from(partyMembers)
    .where(eq(partyMembers.branchId, branchId));
  const wishes = ctx.db
    .select({ n: count() })
    .from(cases)
    .where(
      and(
        inArray(cases.claimantMemberId, branchMembers),
        gte(cases.claimedAt, startOfLocalDate(`${month}-01`)),
        lt(cases.claimedAt, startOfLocalDate(`${addMonths(month, 1)}-01`)),
      ),
    )
    .get();
  return {
    records: records?.records ?? 0,
    members: records?.members ?? 0,
    hours: Number(records?.hours ?? 0),
    wishesClaimed: wishes?.n ?? 0,
  };
}

/** Every figure of a branch's month, as of now. */
export function computeReportFigures(ctx: Ctx, branchId: number, month: string): ReportFigures {
  const monthEnd = lastDateOfMonth(month);
  const roster = membersAtMonthEnd(ctx, branchId, monthEnd);
  const { meetingIds, ...meetings } = meetingFigures(ctx, branchId, month);
  return {
    month,
    members: memberFigures(roster, monthEnd),
    changes: changeFigures(ctx, branchId, month),
    ...meetings,
    attendance: attendanceFigures(ctx, meetingIds),
    dues: duesFigures(ctx, branchId, month),
    service: serviceFigures(ctx, branchId, month),
  };
}
