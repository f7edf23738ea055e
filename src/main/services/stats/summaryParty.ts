// The party section of the monthly summary: the branches set up on the scope's grids, each with the live figures
// of its monthly report (as computeReportFigures counts them, what party.report shows while the branch holds the
// report), and the service hours of its on-the-job members (在职党员), which the report does not split out.
import { and, asc, isNull } from 'drizzle-orm';
import type { SummarySection } from '../../../shared/contract/stats';
import { lastDateOfMonth } from '../../../shared/domain/months';
import { type IncomeCategory, monthlyDuesFen } from '../../../shared/domain/partyDues';
import { type MeetingType, meetingsDue, quarterMonths, requiredInMonth } from '../../../shared/domain/partyLife';
import { partyBranches } from '../../db/schema';
import type { Ctx } from '../context';
import { inReachableBranches } from '../party/partyScope';
import { inGrids } from '../scope';
import { chartOf, columns, figureOf, forMonths, mapMonths, type SummaryScope, section } from './summaryParts';

/**
 * The report's figures the summary shows, for every branch and month at once: the same rules as
 * computeReportFigures (roster at the month's end, meetings, 三会一课 by meetingsDue, dues as duesSheet counts them,
 * service hours), without the figures the summary leaves out. One statement instead of a dozen per branch-month.
 */
const branchMonthSql = `
  select
    (select count(*) from party_members p where p.branch_id = b.value and p.arrived_on <= @monthEnd
        and (p.status = 'active' or p.status_date > @monthEnd)) as members,
    (select count(*) from party_meetings g where g.branch_id = b.value and g.month = @month) as meetingsHeld,
    (select json_group_array(json_array(g.type, g.held_on)) from party_meetings g
      where g.branch_id = b.value and g.month in (select value from json_each(@quarter))) as quarterMeetings,
    (select json_group_array(json_array(p.income_category, p.income_fen, d.due_fen, d.paid_fen))
       from party_members p left join party_dues_payments d on d.member_id = p.id and d.month = @month
      where p.branch_id = b.value and p.arrived_on <= @month || '-31'
        and (p.status = 'active' or p.status_date >= @month || '-01')) as dues,
    (select sum(s.hours) from party_service_records s where s.branch_id = b.value and s.month = @month) as serviceHours,
    (select total(s.hours) from party_service_records s join party_members m on m.id = s.member_id
      where s.branch_id = b.value and s.month = @month and m.kind = 'on_the_job') as onTheJobServiceHours
  from json_each(@branches) b order by b.key`;

interface BranchMonthRow {
  members: number;
  meetingsHeld: number;
  quarterMeetings: string;
  dues: string;
  serviceHours: number | null;
  onTheJobServiceHours: number;
}

function branchMonths(ctx: Ctx, branchIds: readonly number[], month: string): Record<PartyKey, number>[] {
  const rows = ctx.sqlite.prepare(branchMonthSql).all({
    branches: JSON.stringify(branchIds),
    month,
    monthEnd: lastDateOfMonth(month),
    quarter: JSON.stringify(quarterMonths(month)),
  }) as BranchMonthRow[];
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
