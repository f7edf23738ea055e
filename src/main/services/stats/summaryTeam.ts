// The grid team's sections of the monthly summary: inspections and the hazards they found and got fixed, patrols,
// training, and the assessment ranking (team.ranking's own rows, limited to the workers serving the scope).
import type { SummarySection } from '../../../shared/contract/stats';
import { placeKinds } from '../../../shared/domain/gridTeam';
import { teamLabels } from '../../../shared/i18n/teamLabels';
import type { Ctx } from '../context';
import { monthGrids, monthSpan } from '../team/assessmentFacts';
import { assessMonth } from '../team/scoreSheets';
import { chartOf, columns, figureOf, forMonths, mapMonths, ratio, type SummaryScope, section } from './summaryParts';

const json = (values: readonly unknown[]) => JSON.stringify(values);
const monthList = (scope: SummaryScope) => json([scope.months.value, scope.months.previous, scope.months.lastYear]);

/**
 * The staff serving the scope's grids at some time in the month (as the assessment counts who served where), or
 * null for the street: everyone on the team is its.
 */
function scopeStaffIds(ctx: Ctx, scope: SummaryScope, month: string): Set<number> | null {
  if (scope.isTop) return null;
  const span = monthSpan(month);
  const ids = ctx.sqlite
    .prepare(
      `select distinct staff_id from grid_staff
        where grid_id in (select value from json_each(?)) and since <= ? and (until is null or until >= ?)`,
    )
    .pluck()
    .all(json(scope.gridIds), span.last, span.first) as number[];
  return new Set(ids);
}

interface InspectionCounts {
  inspections: number;
  hazardsFound: number;
  hazardsFixed: number;
}

export function inspectionsSection(ctx: Ctx, scope: SummaryScope): SummarySection {
  // A hazard found is an inspection that raised a case; it is fixed once that case is resolved (voided: not fixed).
  const rows = ctx.sqlite
    .prepare(
      `select i.month, p.kind, count(*) as inspections, count(i.case_id) as hazardsFound,
              total(c.resolved_at is not null and c.status <> 'voided') as hazardsFixed
         from inspections i join places p on p.id = i.place_id left join cases c on c.id = i.case_id
        where i.month in (select value from json_each(?)) and i.grid_id in (select value from json_each(?))
        group by i.month, p.kind`,
    )
    .all(monthList(scope), json(scope.gridIds)) as ({ month: string; kind: string } & InspectionCounts)[];
  const sumOf = (list: typeof rows): InspectionCounts => ({
    inspections: list.reduce((n, r) => n + r.inspections, 0),
    hazardsFound: list.reduce((n, r) => n + r.hazardsFound, 0),
    hazardsFixed: list.reduce((n, r) => n + r.hazardsFixed, 0),
  });
  const months = forMonths(scope, (month) => sumOf(rows.filter((r) => r.month === month)));
  const keys = ['inspections', 'hazardsFound', 'hazardsFixed'] as const;
  const kindLabels = teamLabels[ctx.lang].placeKinds;
  const byKind = placeKinds.map((kind) => ({
    kind,
    counts: sumOf(rows.filter((r) => r.month === scope.months.value && r.kind === kind)),
  }));
  return section('inspections', {
    figures: keys.map((k) => figureOf(k, 'count', months, (m) => m[k])),
    chart: chartOf(
      'bar',
      'inspectionsByPlaceKind',
      'count',
      byKind.map((k) => ({ label: kindLabels[k.kind], value: k.counts.inspections })),
    ),
    table: {
      columns: columns(
        ['placeKind', 'count'],
        ['inspections', 'count'],
        ['hazardsFound', 'count'],
        ['hazardsFixed', 'count'],
      ),
      rows: byKind.map((k) => ({ label: kindLabels[k.kind], values: keys.map((key) => k.counts[key]) })),
    },
    hasData: months.value.inspections > 0,
  });
}

export function patrolsSection(ctx: Ctx, scope: SummaryScope): SummarySection {
  // The street's summary also counts patrols kept without a grid: they covered the street.
  const inScope = '(p.grid_id in (select value from json_each(?)) or (? and p.grid_id is null))';
  const scopeParams = [json(scope.gridIds), scope.isTop ? 1 : 0];
  const byTeam = ctx.sqlite
    .prepare(
      `select p.month, p.team, count(*) as patrols, total(p.ended_at - p.started_at) / 3600000.0 as hours,
              total((select count(*) from patrol_participants pp where pp.patrol_id = p.id)) as participants
         from patrols p where p.month in (select value from json_each(?)) and ${inScope}
        group by p.month, p.team order by p.team`,
    )
    .all(monthList(scope), ...scopeParams) as {
    month: string;
    team: string;
    patrols: number;
    hours: number;
    participants: number;
  }[];
  const byKind = ctx.sqlite
    .prepare(
      `select pp.kind, count(*) as n from patrol_participants pp join patrols p on p.id = pp.patrol_id
        where p.month = ? and ${inScope} group by pp.kind`,
    )
    .all(scope.months.value, ...scopeParams) as { kind: string; n: number }[];
  const months = forMonths(scope, (month) => {
    const list = byTeam.filter((r) => r.month === month);
    return {
      patrols: list.reduce((n, r) => n + r.patrols, 0),
      patrolHours: list.reduce((n, r) => n + r.hours, 0),
      participants: list.reduce((n, r) => n + r.participants, 0),
    };
  });
  const kindLabels = teamLabels[ctx.lang].patrolParticipantKinds;
  return section('patrols', {
    figures: [
      figureOf('patrols', 'count', months, (m) => m.patrols),
      figureOf('patrolHours', 'hours', months, (m) => m.patrolHours),
      figureOf('participants', 'count', months, (m) => m.participants),
    ],
    chart: chartOf(
      'pie',
      'participantsByKind',
      'count',
      byKind.map((k) => ({ label: kindLabels[k.kind as keyof typeof kindLabels] ?? k.kind, value: k.n })),
    ),
    table: {
      columns: columns(['team', 'count'], ['patrols', 'count'], ['patrolHours', 'hours'], ['participants', 'count']),
      rows: byTeam
        .filter((r) => r.month === scope.months.value)
        .map((r) => ({ label: r.team, values: [r.patrols, r.hours, r.participants] })),
    },
    hasData: months.value.patrols > 0,
  });
}

interface SessionRow {
  id: number;
  heldOn: string;
  topic: string;
  hours: number;
  expected: number;
  attended: number;
}

/** The month's sessions with the scope's staff expected and present at each (the street: everyone). */
function trainingSessions(ctx: Ctx, scope: SummaryScope, month: string): SessionRow[] {
  const staffIds = scopeStaffIds(ctx, scope, month);
  const rows = ctx.sqlite
    .prepare(
      `select s.id, s.held_on as heldOn, s.topic, s.hours, a.staff_id as staffId, a.present
         from training_sessions s left join training_attendance a on a.session_id = s.id
        where s.month = ? order by s.held_on, s.id`,
    )
    .all(month) as {
    id: number;
    heldOn: string;
    topic: string;
    hours: number;
    staffId: number | null;
    present: number;
  }[];
  const sessions = new Map<number, SessionRow>();
  for (const row of rows) {
    const session = sessions.get(row.id) ?? { ...row, expected: 0, attended: 0 };
    if (row.staffId !== null && (staffIds === null || staffIds.has(row.staffId))) {
      session.expected++;
      session.attended += row.present;
    }
    sessions.set(row.id, session);
  }
  // A community's summary lists the sessions its people were expected at.
  return [...sessions.values()].filter((s) => staffIds === null || s.expected > 0);
}

export function trainingSection(ctx: Ctx, scope: SummaryScope): SummarySection {
  const sessions = forMonths(scope, (month) => trainingSessions(ctx, scope, month));
  const months = mapMonths(sessions, (list) => {
    const expected = list.reduce((n, s) => n + s.expected, 0);
    const attended = list.reduce((n, s) => n + s.attended, 0);
    return {
      sessions: list.length,
      trainingHours: list.reduce((n, s) => n + s.hours, 0),
      expected,
      attended,
      attendanceRate: ratio(attended, expected),
    };
  });
  const label = (s: SessionRow) => `${s.heldOn.slice(5)} ${s.topic}`;
  return section('training', {
    figures: [
      figureOf('sessions', 'count', months, (m) => m.sessions),
      figureOf('trainingHours', 'hours', months, (m) => m.trainingHours),
      figureOf('expected', 'count', months, (m) => m.expected),
      figureOf('attended', 'count', months, (m) => m.attended),
      figureOf('attendanceRate', 'rate', months, (m) => m.attendanceRate),
    ],
    chart: chartOf(
      'bar',
      'attendanceBySession',
      'count',
      sessions.value.map((s) => ({ label: label(s), value: s.attended })),
    ),
    table: {
      columns: columns(
        ['session', 'count'],
        ['trainingHours', 'hours'],
        ['expected', 'count'],
        ['attended', 'count'],
        ['attendanceRate', 'rate'],
      ),
      rows: sessions.value.map((s) => ({
        label: label(s),
        values: [s.hours, s.expected, s.attended, ratio(s.attended, s.expected)],
      })),
    },
    hasData: sessions.value.length > 0,
  });
}

/** team.ranking's rows of a month, limited to the workers who served the scope's grids in it. */
function scopeRanking(ctx: Ctx, scope: SummaryScope, month: string) {
  const ranked = assessMonth(ctx, month).ranked;
  if (scope.isTop) return ranked;
  const reach = new Set(scope.gridIds);
  const served = monthGrids(
    ctx,
    monthSpan(month),
    ranked.map((r) => r.staffId),
  );
  return ranked.filter((r) => (served.get(r.staffId) ?? []).some((id) => reach.has(id)));
}

export function assessmentSection(ctx: Ctx, scope: SummaryScope): SummarySection {
  const rankings = forMonths(scope, (month) => scopeRanking(ctx, scope, month));
  const months = mapMonths(rankings, (rows) => ({
    ranked: rows.length,
    average: rows.length === 0 ? null : rows.reduce((n, r) => n + r.total, 0) / rows.length,
    bottom: rows.filter((r) => r.bottom).length,
  }));
  const labels = teamLabels[ctx.lang];
  const rows = [...rankings.value].sort(
    (a, b) => a.employment.localeCompare(b.employment) || a.rank - b.rank || a.name.localeCompare(b.name),
  );
  const separator = ctx.lang === 'en' ? ', ' : '，';
  const label = (r: (typeof rows)[number]) =>
    `${r.name}${ctx.lang === 'en' ? ' (' : '（'}${labels.employmentKinds[r.employment]}${separator}${labels.assessmentGrades[r.grade]}${ctx.lang === 'en' ? ')' : '）'}`;
  return section('assessment', {
    figures: [
      figureOf('workersRanked', 'count', months, (m) => m.ranked),
      figureOf('averageScore', 'score', months, (m) => m.average),
      figureOf('bottomFlagged', 'count', months, (m) => m.bottom),
    ],
    chart: chartOf(
      'bar',
      'scoreByWorker',
      'score',
      rows.map((r) => ({ label: r.name, value: r.total })),
    ),
    table: {
      columns: columns(['worker', 'count'], ['rank', 'count'], ['total', 'score'], ['bottom', 'flag']),
      rows: rows.map((r) => ({ label: label(r), values: [r.rank, r.total, r.bottom ? 1 : 0] })),
    },
    hasData: rows.length > 0,
  });
}
