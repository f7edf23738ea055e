// The party section of the monthly summary: the branches set up on the scope's grids, each with the live figures
// of its monthly report (computeReportFigures, what party.report shows while the branch holds the report), and
// the service hours of its on-the-job members (在职党员), which the report does not split out.
import { and, asc, isNull } from 'drizzle-orm';
import type { ReportFigures } from '../../../shared/contract/party';
import type { SummarySection } from '../../../shared/contract/stats';
import { partyBranches } from '../../db/schema';
import type { Ctx } from '../context';
import { inReachableBranches } from '../party/partyScope';
import { computeReportFigures } from '../party/reportFigures';
import { inGrids } from '../scope';
import { chartOf, columns, figureOf, forMonths, mapMonths, type SummaryScope, section } from './summaryParts';

interface BranchMonth {
  branchId: number;
  figures: ReportFigures;
  onTheJobHours: number;
}

/** Hours served in the month by each branch's on-the-job members. */
function onTheJobHours(ctx: Ctx, branchIds: readonly number[], month: string): Map<number, number> {
  const rows = ctx.sqlite
    .prepare(
      `select r.branch_id as branchId, total(r.hours) as hours from party_service_records r
         join party_members m on m.id = r.member_id
        where r.month = ? and m.kind = 'on_the_job' and r.branch_id in (select value from json_each(?))
        group by r.branch_id`,
    )
    .all(month, JSON.stringify(branchIds)) as { branchId: number; hours: number }[];
  return new Map(rows.map((r) => [r.branchId, r.hours]));
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

function valuesOf(b: BranchMonth): Record<PartyKey, number> {
  const f = b.figures;
  return {
    members: f.members.total,
    meetingsHeld: f.meetingsHeld,
    meetingsRequired: f.meetingsRequired,
    requiredMeetingsHeld: f.requiredHeld,
    duesDueFen: f.dues.dueFen,
    duesPaidFen: f.dues.paidFen,
    serviceHours: f.service.hours,
    onTheJobServiceHours: b.onTheJobHours,
  };
}

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
  const byMonth = forMonths(scope, (month) => {
    const hours = onTheJobHours(ctx, ids, month);
    return branches.map((b) => ({
      branchId: b.id,
      figures: computeReportFigures(ctx, b.id, month),
      onTheJobHours: hours.get(b.id) ?? 0,
    }));
  });
  const totals = mapMonths(byMonth, (list) => {
    const sum = Object.fromEntries(figureKeys.map((k) => [k, 0])) as Record<PartyKey, number>;
    for (const b of list) {
      const values = valuesOf(b);
      for (const k of figureKeys) sum[k] += values[k];
    }
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
      current.map((b, i) => ({ label: branches[i]?.name ?? '', value: b.figures.service.hours })),
    ),
    table: {
      columns: columns(
        ['branch', 'count'],
        ...figureKeys.map((k): [string, (typeof kinds)[PartyKey]] => [k, kinds[k]]),
      ),
      rows: current.map((b, i) => {
        const values = valuesOf(b);
        return { label: branches[i]?.name ?? '', values: figureKeys.map((k) => values[k]) };
      }),
    },
    hasData: branches.length > 0,
  });
}
