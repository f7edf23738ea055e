// Party dues 党费: a branch's sheet for a month, recording payments at the amount the rules give, and arrears.
import { and, asc, eq, gte, inArray, isNull, lt, type SQL } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import { addMonths, monthsFromTo } from '../../../shared/domain/months';
import { arrearsWindowMonths } from '../../../shared/domain/party';
import { monthlyDuesFen } from '../../../shared/domain/partyDues';
import { partyBranches, partyDuesPayments, partyMembers } from '../../db/schema/party';
import { requireActor } from '../auth';
import type { Ctx, Handlers } from '../context';
import { firstDuesMonth, lastDuesMonth, lastMonthPayable } from './duesMonths';
import {
  inReachableBranches,
  type MemberRecord,
  owesDuesIn,
  requireReadableBranch,
  requireWritableMember,
} from './partyScope';
import { currentMonth, IssueList } from './serviceIssues';

/** Each month once, within the member's time on the roster, and no further ahead than a year from now. */
function checkDuesMonths(ctx: Ctx, member: MemberRecord, months: readonly string[], issues: IssueList): void {
  const first = firstDuesMonth(member);
  const left = lastDuesMonth(member);
  const last = lastMonthPayable(currentMonth(ctx));
  const seen = new Set<string>();
  months.forEach((month, i) => {
    if (seen.has(month)) issues.add(['months', i], 'duesMonthRepeated');
    else if (month < first || (left !== null && month > left)) {
      issues.add(['months', i], 'duesMonthOutsideMembership', { month });
    } else if (month > last) issues.add(['months', i], 'duesMonthTooFarAhead', { last });
    seen.add(month);
  });
}

/** Active members of the reachable branches (or one of them) who were on the roster before the current month. */
function arrearsMemberFilter(ctx: Ctx, branchId: number | undefined, current: string): (SQL | undefined)[] {
  return [
    eq(partyMembers.status, 'active'),
    isNull(partyBranches.archivedAt),
    inReachableBranches(ctx, partyMembers.branchId),
    branchId === undefined ? undefined : eq(partyMembers.branchId, branchId),
    lt(partyMembers.arrivedOn, `${current}-01`),
  ];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A branch's dues for a month: every member on the roster at some point of it (arrived by its end, not gone before
 * its start), due at the amount recorded when paid, else at the declared income; the sheet and the report's totals.
 */
export function duesSheet(ctx: Ctx, branchId: number, month: string) {
  const rows = ctx.db
    .select({
      memberId: partyMembers.id,
      name: partyMembers.name,
      kind: partyMembers.kind,
      incomeCategory: partyMembers.incomeCategory,
      incomeFen: partyMembers.incomeFen,
      dueFen: partyDuesPayments.dueFen,
      paidFen: partyDuesPayments.paidFen,
      paidOn: partyDuesPayments.paidOn,
      method: partyDuesPayments.method,
    })
    .from(partyMembers)
    .leftJoin(
      partyDuesPayments,
      and(eq(partyDuesPayments.memberId, partyMembers.id), eq(partyDuesPayments.month, month)),
    )
    .where(and(eq(partyMembers.branchId, branchId), owesDuesIn(month)))
    .orderBy(asc(partyMembers.name), asc(partyMembers.id))
    .all()
    .map((r) => ({ ...r, dueFen: r.dueFen ?? monthlyDuesFen(r.incomeCategory, r.incomeFen) }));
  const paid = rows.filter((r) => r.paidFen !== null);
  return {
    rows,
    totals: {
      members: rows.length,
      paid: paid.length,
      dueFen: rows.reduce((n, r) => n + r.dueFen, 0),
      paidFen: paid.reduce((n, r) => n + (r.paidFen ?? 0), 0),
    },
  };
}

export const duesHandlers: Handlers<'party.duesSheet' | 'party.recordDues' | 'party.arrears'> = {
  'party.duesSheet': (ctx, input) => {
    requireReadableBranch(ctx, input.branchId);
    return { month: input.month, ...duesSheet(ctx, input.branchId, input.month) };
  },

  'party.recordDues': (ctx, input) => {
    const actor = requireActor(ctx);
    const member = requireWritableMember(ctx, input.memberId);
    const issues = new IssueList(ctx).notInFuture(['paidOn'], input.paidOn);
    checkDuesMonths(ctx, member, input.months, issues);
    issues.throwIfAny();
    const months = [...input.months].sort();
    const alreadyPaid = ctx.db
      .select({ month: partyDuesPayments.month })
      .from(partyDuesPayments)
      .where(and(eq(partyDuesPayments.memberId, member.id), inArray(partyDuesPayments.month, months)))
      .orderBy(asc(partyDuesPayments.month))
      .get();
    if (alreadyPaid) {
      throw new AppError('CONFLICT', `The dues for ${alreadyPaid.month} are already paid.`, {
        reason: 'duesAlreadyPaid',
        params: { month: alreadyPaid.month },
      });
    }
    // What is due follows the rules and the income declared now; it is what was paid.
    const dueFen = monthlyDuesFen(member.incomeCategory, member.incomeFen);
    const createdAt = ctx.clock.now();
    const payments = months.map((month) => {
      const row = ctx.db
        .insert(partyDuesPayments)
        .values({
          memberId: member.id,
          branchId: member.branchId,
          month,
          dueFen,
          paidFen: dueFen,
          paidOn: input.paidOn,
          method: input.method,
          recordedBy: actor.userId,
          createdAt,
        })
        .returning()
        .get();
      ctx.audit.record({ entity: 'party_dues_payments', entityId: row.id, after: { ...row, memberName: member.name } });
      return { month: row.month, dueFen: row.dueFen, paidFen: row.paidFen, paidOn: row.paidOn, method: row.method };
    });
    return { payments };
  },

  'party.arrears': (ctx, input) => {
    if (input.branchId !== undefined) requireReadableBranch(ctx, input.branchId);
    const current = currentMonth(ctx);
    const windowStart = addMonths(current, -arrearsWindowMonths);
    const lastOwed = addMonths(current, -1);
    const filter = arrearsMemberFilter(ctx, input.branchId, current);
    const members = ctx.db
      .select({
        memberId: partyMembers.id,
        name: partyMembers.name,
        branchId: partyMembers.branchId,
        branchName: partyBranches.name,
        phone: partyMembers.phone,
        arrivedOn: partyMembers.arrivedOn,
        incomeCategory: partyMembers.incomeCategory,
        incomeFen: partyMembers.incomeFen,
      })
      .from(partyMembers)
      .innerJoin(partyBranches, eq(partyBranches.id, partyMembers.branchId))
      .where(and(...filter))
      .all();
    const paid = new Set(
      ctx.db
        .select({ memberId: partyDuesPayments.memberId, month: partyDuesPayments.month })
        .from(partyDuesPayments)
        .innerJoin(partyMembers, eq(partyMembers.id, partyDuesPayments.memberId))
        .innerJoin(partyBranches, eq(partyBranches.id, partyMembers.branchId))
        .where(and(...filter, gte(partyDuesPayments.month, windowStart), lt(partyDuesPayments.month, current)))
        .all()
        .map((p) => `${p.memberId}/${p.month}`),
    );
    const rows = members
      .map(({ arrivedOn, incomeCategory, incomeFen, ...member }) => {
        const arrived = firstDuesMonth({ arrivedOn, status: 'active', statusDate: null });
        const months = monthsFromTo(windowStart, lastOwed).filter(
          (m) => m >= arrived && !paid.has(`${member.memberId}/${m}`),
        );
        return { ...member, months, owedFen: months.length * monthlyDuesFen(incomeCategory, incomeFen) };
      })
      .filter((r) => r.months.length > 0)
      // Most months owed first; then by name as the sheet sorts (the database's order), then id.
      .sort((a, b) => b.months.length - a.months.length || byName(a.name, b.name) || a.memberId - b.memberId);
    return { rows, owedFen: rows.reduce((n, r) => n + r.owedFen, 0) };
  },
};
