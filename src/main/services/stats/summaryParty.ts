// The party section of the monthly summary: the branches set up on the scope's grids, each with the live figures
// of its monthly report (as computeReportFigures counts them, what party.report shows while the branch holds the
// report), and the service hours of its on-the-job members (在职党员), which the report does not split out.
import { and, asc, isNull, sql } from 'drizzle-orm';
import type { SummarySection } from '../../../shared/contract/stats';
import { lastDateOfMonth } from '../../../shared/domain/months';
import { type IncomeCategory, monthlyDuesFen } from '../../../shared/domain/partyDues';
import { type MeetingType, meetingsDue, quarterMonths, requiredInMonth } from '../../../shared/domain/partyLife';
import { partyBranches, partyMembers } from '../../db/schema';
import type { Ctx } from '../context';
import { inReachableBranches, onRosterAt, owesDuesIn } from '../party/partyScope';
import { inGrids } from '../scope';
import { chartOf, columns, figureOf, forMonths, mapMonths, type SummaryScope, section } from './summaryParts';

/**
 * The report's figures the summary shows, for every branch of a month at once: the same rules as
 * computeReportFigures (the roster at the month's end, meetings, 三会一课 by meetingsDue, dues as duesSheet counts them,
 * service hours), without the figures the summary leaves out. One statement instead of a dozen per branch-month.
 */
function branchMonthQuery(branchIds: readonly number[], month: string) {
  return sql`
  select
    (select count(*) from ${partyMembers}
      where ${partyMembers.branchId} = b.value and ${onRosterAt(lastDateOfMonth(month))}) as members,
    (select count(*) from party_meetings g where g.branch_id = b.value and g.month = ${month}) as meetingsHeld,
    (select json_group_array(json_array(g.type, g.held_on)) from party_meetings g
      where g.branch_id = b.value and g.month in (select value from json_each(${JSON.stringify(quarterMonths(month))}))) as quarterMeetings,
    (select json_group_array(json_array(${partyMembers.incomeCategory}, ${partyMembers.incomeFen}, d.due_fen, d.paid_fen))
       from ${partyMembers} left join party_dues_payments d on d.member_id = ${partyMembers.id} and d.month = ${month}
      where ${partyMembers.branchId} = b.value and ${owesDuesIn(month)}) as dues,
    (select sum(s.hours) from party_service_records s where s.branch_id = b.value and s.month = ${month}) as serviceHours,
    (select total(s.hours) from party_service_records s join party_members m on m.id = s.member_id
      where s.branch_id = b.value and s.month = ${month} and m.kind = 'on_the_job') as onTheJobServiceHours
  from json_each(${JSON.stringify(branchIds)}) b order by b.key`;
}

interface BranchMonthRow {
  members: number;
  meetingsHeld: number;
  quarterMeetings: string;
  dues: string;
  serviceHours: number | null;
  onTheJobServiceHours: number;
}

function branchMonths(ctx: Ctx, branchIds: readonly number[], month: string): Record<PartyKey, number>[] {
  const rows = ctx.db.all<BranchMonthRow>(branchMonthQuery(branchIds, month));
  const required = requiredInMonth(month);
  return rows.map((row) => {
    const held = (JSON.parse(row.quarterMeetings) as [MeetingType, string][]).map(([type, date]) => ({ type, date }));
    const requiredHeld = meetingsDue(month, held).filter((d) => required.includes(d.type) && !d.owed).length;
    let duesDueFen = 0;
    let duesPaidFen = 0;
    for (const [category, incomeFen, dueFen, paidFen] of JSON.parse(row.dues) as [
      IncomeCategory,
      number,
      number | null,
      number | null,
    ][]) {
      duesDueFen += dueFen ?? monthlyDuesFen(category, incomeFen);
      duesPaidFen += paidFen ?? 0;
    }
    return {
      members: row.members,
      meetingsHeld: row.meetingsHeld,
      meetingsRequired: required.length,
      requiredMeetingsHeld: requiredHeld,
      duesDueFen,
      duesPaidFen,
      serviceHours: row.serviceHours ?? 0,
      onTheJobServiceHours: row.onTheJobServiceHours,
    };
  });
}

const figureKeys = [
  'members',
  'meetingsHeld',
  'meetingsRequired',
  'requiredMeetingsHeld',
  'duesDueFen',
  'duesPaidFen',
  'serviceHours',
  'onTheJobServiceHours',
] as const;

type PartyKey = (typeof figureKeys)[number];

const kinds: Record<PartyKey, 'count' | 'fen' | 'hours'> = {
  members: 'count',
  meetingsHeld: 'count',
  meetingsRequired: 'count',
  requiredMeetingsHeld: 'count',
  duesDueFen: 'fen',
  duesPaidFen: 'fen',
  serviceHours: 'hours',
  onTheJobServiceHours: 'hours',
};

export function partySection(ctx: Ctx, scope: SummaryScope): SummarySection {
  const branches = ctx.db
    .select({ id: partyBranches.id, name: partyBranches.name })
    .from(partyBranches)
    .where(
      and(
        isNull(partyBranches.archivedAt),
        inGrids(partyBranches.gridId, scope.gridIds),
        inReachableBranches(ctx, partyBranches.id),
      ),
    )
    .orderBy(asc(partyBranches.name), asc(partyBranches.id))
    .all();
  const ids = branches.map((b) => b.id);
  const byMonth = forMonths(scope, (month) => branchMonths(ctx, ids, month));
  const totals = mapMonths(byMonth, (list) => {
    const sum = Object.fromEntries(figureKeys.map((k) => [k, 0])) as Record<PartyKey, number>;
    for (const values of list) for (const k of figureKeys) sum[k] += values[k];
    return sum;
  });
  const current = byMonth.value;
  return section('party', {
    figures: [
      figureOf('branches', 'count', totals, () => branches.length),
      ...figureKeys.map((k) => figureOf(k, kinds[k], totals, (t) => t[k])),
    ],
    chart: chartOf(
      'bar',
      'serviceHoursByBranch',
      'hours',
      current.map((b, i) => ({ label: branches[i]?.name ?? '', value: b.serviceHours })),
    ),
    table: {
      columns: columns(
        ['branch', 'count'],
        ...figureKeys.map((k): [string, (typeof kinds)[PartyKey]] => [k, kinds[k]]),
      ),
      rows: current.map((values, i) => ({ label: branches[i]?.name ?? '', values: figureKeys.map((k) => values[k]) })),
    },
    hasData: branches.length > 0,
  });
}
