// One member as party.member shows them: their dated history, dues month by month over the last year, community
// service with this year's hours, and the wishes they claimed on the wish wall.
import { and, desc, eq, like, sql } from 'drizzle-orm';
import type { MemberDetail } from '../../../shared/contract/party';
import { addMonths } from '../../../shared/domain/months';
import { monthlyDuesFen } from '../../../shared/domain/partyDues';
import { cases } from '../../db/schema/cases';
import { partyBranches, partyDuesPayments, partyMemberEvents, partyServiceRecords } from '../../db/schema/party';
import type { Ctx } from '../context';
import { firstDuesMonth, lastDuesMonth } from './duesMonths';
import { memberRowOf } from './memberRows';
import type { MemberRecord } from './partyScope';
import { today } from './serviceIssues';

const serviceLimit = 50;
const duesMonths = 12;

function eventsOf(ctx: Ctx, memberId: number) {
  return ctx.db
    .select({
      id: partyMemberEvents.id,
      kind: partyMemberEvents.kind,
      date: partyMemberEvents.date,
      note: partyMemberEvents.note,
      branchName: partyBranches.name,
      actorName: partyMemberEvents.actorName,
      at: partyMemberEvents.createdAt,
    })
    .from(partyMemberEvents)
    .innerJoin(partyBranches, eq(partyBranches.id, partyMemberEvents.branchId))
    .where(eq(partyMemberEvents.memberId, memberId))
    .orderBy(desc(partyMemberEvents.date), desc(partyMemberEvents.id))
    .all();
}

/** Newest first: the last 12 months up to this one, within the months the member was on this roster. */
function duesOf(ctx: Ctx, m: MemberRecord, thisMonth: string): MemberDetail['dues'] {
  const first = firstDuesMonth(m);
  const last = lastDuesMonth(m) ?? thisMonth;
  const payments = new Map(
    ctx.db
      .select()
      .from(partyDuesPayments)
      .where(eq(partyDuesPayments.memberId, m.id))
      .all()
      .map((p) => [p.month, p]),
  );
  const currentDue = monthlyDuesFen(m.incomeCategory, m.incomeFen);
  const months = Array.from({ length: duesMonths }, (_, i) => addMonths(thisMonth, -i));
  return months
    .filter((month) => month >= first && month <= last)
    .map((month) => {
      const paid = payments.get(month);
      return {
        month,
        dueFen: paid?.dueFen ?? currentDue,
        paidFen: paid?.paidFen ?? null,
        paidOn: paid?.paidOn ?? null,
        method: paid?.method ?? null,
      };
    });
}

function serviceOf(ctx: Ctx, m: MemberRecord) {
  return ctx.db
    .select({
      id: partyServiceRecords.id,
      memberId: partyServiceRecords.memberId,
      branchId: partyServiceRecords.branchId,
      branchName: partyBranches.name,
      servedOn: partyServiceRecords.servedOn,
      activity: partyServiceRecords.activity,
      hours: partyServiceRecords.hours,
    })
    .from(partyServiceRecords)
    .innerJoin(partyBranches, eq(partyBranches.id, partyServiceRecords.branchId))
    .where(eq(partyServiceRecords.memberId, m.id))
    .orderBy(desc(partyServiceRecords.servedOn), desc(partyServiceRecords.id))
    .limit(serviceLimit)
    .all()
    .map((r) => ({ ...r, memberName: m.name }));
}

function hoursInYear(ctx: Ctx, memberId: number, year: string): number {
  return (
    ctx.db
      .select({ hours: sql<number>`coalesce(sum(${partyServiceRecords.hours}), 0)` })
      .from(partyServiceRecords)
      .where(and(eq(partyServiceRecords.memberId, memberId), like(partyServiceRecords.servedOn, `${year}-%`)))
      .get()?.hours ?? 0
  );
}

function claimedWishesOf(ctx: Ctx, memberId: number) {
  return ctx.db
    .select({
      caseId: cases.id,
      number: cases.number,
      description: cases.description,
      status: cases.status,
      claimedAt: cases.claimedAt,
    })
    .from(cases)
    .where(eq(cases.claimantMemberId, memberId))
    .orderBy(sql`${cases.claimedAt} is null`, desc(cases.claimedAt), desc(cases.id))
    .all();
}

export function memberDetailOf(ctx: Ctx, m: MemberRecord): MemberDetail {
  const date = today(ctx);
  return {
    ...memberRowOf(ctx, m.id),
    events: eventsOf(ctx, m.id),
    dues: duesOf(ctx, m, date.slice(0, 7)),
    service: serviceOf(ctx, m),
    serviceHoursThisYear: hoursInYear(ctx, m.id, date.slice(0, 4)),
    claimedWishes: claimedWishesOf(ctx, m.id),
  };
}
