// The monthly summary on the demo street: every number equals what the lists show for the same filter (the case
// list under statsLinks' filters, cases.rates, visits.coverage, party.report, team.ranking, the team's lists), for
// last month, the street and one community; its errors, and the commentary with its version check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFilters } from '../../src/shared/contract/cases';
import type { MonthlySummary, SummarySection } from '../../src/shared/contract/stats';
import { caseSources } from '../../src/shared/domain/cases';
import { summarySections } from '../../src/shared/domain/monthlySummary';
import { lastDateOfMonth, previousMonth, sameMonthLastYear } from '../../src/shared/domain/months';
import { followedUpFilters, hotlineFilters, intakeFilters, resolvedFilters } from '../../src/shared/domain/statsLinks';
import { caseLabels } from '../../src/shared/i18n/caseLabels';
import { defaultNow, startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let demo: TestGridDesk;
let manager: string;
let streetId: number;
let communityId: number;
const month = previousMonth(new Date(defaultNow + 8 * 3_600_000).toISOString().slice(0, 7));

beforeAll(() => {
  demo = startDemoGridDesk();
  manager = demo.login('manager');
  const tree = demo.call('grids.tree', {}, manager);
  streetId = tree.find((g) => g.level === 'street')?.id as number;
  communityId = tree.find((g) => g.name === '振兴社区')?.id as number;
});
afterAll(() => demo.close());

const sectionOf = (summary: MonthlySummary, key: SummarySection['key']) => {
  const found = summary.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};
const figure = (section: SummarySection, key: string) => {
  const found = section.figures.find((f) => f.key === key);
  if (!found) throw new Error(`no figure ${key} in ${section.key}`);
  return found;
};
const listCount = (filters: CaseFilters) => demo.call('cases.list', { filters, limit: 1 }, manager).total;
const rates = (of: string, gridId: number) =>
  demo.call('cases.rates', { from: `${of}-01`, to: lastDateOfMonth(of), gridId }, manager);

describe.each([
  ['the street', () => streetId],
  ['振兴社区', () => communityId],
])('last month’s summary of %s', (_name, scopeId) => {
  let summary: MonthlySummary;
  beforeAll(() => {
    summary = demo.call('summaries.month', { gridId: scopeId(), month }, manager);
  });

  it('has every section in print order, each with data in a month the demo worked', () => {
    expect(summary.sections.map((s) => s.key)).toEqual([...summarySections]);
    expect(summary.month).toBe(month);
    expect(summary.previousMonth).toBe(previousMonth(month));
    expect(summary.lastYearMonth).toBe(sameMonthLastYear(month));
    expect(summary.provisional).toBe(false);
    for (const section of summary.sections) expect(section.hasData, section.key).toBe(true);
  });

  it('counts cases as the case list counts them under the statsLinks filters, and rates as cases.rates', () => {
    const cases = sectionOf(summary, 'cases');
    const gridId = scopeId();
    expect(figure(cases, 'newCases').value).toBe(listCount(intakeFilters(month, gridId)));
    expect(figure(cases, 'hotlineCount').value).toBe(listCount(hotlineFilters(month, gridId)));
    expect(figure(cases, 'resolved').value).toBe(listCount(resolvedFilters(month, gridId)));
    expect(figure(cases, 'followedUp').value).toBe(listCount(followedUpFilters(month, gridId)));
    for (const [of, key] of [
      [month, 'value'],
      [previousMonth(month), 'previous'],
      [sameMonthLastYear(month), 'lastYear'],
    ] as const) {
      const r = rates(of, gridId);
      const at = (k: string) => figure(cases, k)[key];
      expect([at('newCases'), at('hotlineCount'), at('resolved'), at('resolvedOnTime')]).toEqual([
        r.newCases,
        r.hotlineCount,
        r.resolved,
        r.resolvedOnTime,
      ]);
      expect(at('resolvedLate')).toBe(r.resolved - r.resolvedOnTime);
      expect([at('firstContactResolved'), at('followedUp'), at('satisfied')]).toEqual([
        r.firstContactResolved,
        r.followedUp,
        r.satisfied,
      ]);
      expect([at('firstContactRate'), at('onTimeRate'), at('satisfactionRate')]).toEqual([
        r.firstContactRate,
        r.onTimeRate,
        r.satisfactionRate,
      ]);
    }
  });

  it('splits the intake by source and by top category as the case list does', () => {
    const cases = sectionOf(summary, 'cases');
    const gridId = scopeId();
    const labels = caseLabels['zh-CN'].caseSources;
    const expected = caseSources
      .map((source) => ({ label: labels[source], n: listCount({ ...intakeFilters(month, gridId), source: [source] }) }))
      .filter((row) => row.n > 0);
    expect(cases.table.rows.map((r) => [r.label, r.values[0]])).toEqual(expected.map((r) => [r.label, r.n]));
    const tree = demo.call('cases.categoryTree', {}, manager).rows;
    for (const point of cases.chart.points) {
      const category = tree.find((c) => c.parentId === null && c.name === point.label);
      expect(category, point.label).toBeDefined();
      expect(point.value).toBe(listCount(intakeFilters(month, gridId, category?.id)));
    }
    const sum = cases.chart.points.reduce((n, p) => n + (p.value ?? 0), 0);
    expect(sum).toBe(figure(cases, 'newCases').value);
  });

  it('gives visits.coverage’s own rows and totals, this month and the month before', () => {
    const visits = sectionOf(summary, 'visits');
    const coverage = demo.call('visits.coverage', { gridId: scopeId(), month }, manager);
    expect(visits.table.rows).toEqual(
      coverage.rows.map((r) => ({ label: r.name, values: [r.households, r.visited, r.coverage] })),
    );
    expect(figure(visits, 'householdsVisited').value).toBe(coverage.total.visited);
    expect(figure(visits, 'householdsToVisit').value).toBe(coverage.total.households);
    expect(figure(visits, 'coverage').value).toBe(coverage.total.coverage);
    const before = demo.call('visits.coverage', { gridId: scopeId(), month: previousMonth(month) }, manager);
    expect(figure(visits, 'coverage').previous).toBe(before.total.coverage);
  });

  it('gives each branch the figures of its party.report', () => {
    const party = sectionOf(summary, 'party');
    const reports = demo.call('party.reports', { month }, manager).rows;
    const ours = party.table.rows.map((row) => {
      const found = reports.find((r) => r.branchName === row.label);
      if (!found) throw new Error(`no report row for ${row.label}`);
      return demo.call('party.report', { branchId: found.branchId, month }, manager).figures;
    });
    expect(party.table.rows.map((r) => r.values.slice(0, 7))).toEqual(
      ours.map((f) => [
        f.members.total,
        f.meetingsHeld,
        f.meetingsRequired,
        f.requiredHeld,
        f.dues.dueFen,
        f.dues.paidFen,
        f.service.hours,
      ]),
    );
    expect(figure(party, 'members').value).toBe(ours.reduce((n, f) => n + f.members.total, 0));
    expect(figure(party, 'branches').value).toBe(ours.length);
  });

  it('ranks the workers as team.ranking does', () => {
    const assessment = sectionOf(summary, 'assessment');
    const ranking = demo.call('team.ranking', { month }, manager).rows;
    const shown = assessment.table.rows.map((row) => {
      const worker = ranking.find((r) => row.label.startsWith(`${r.name}（`) && r.rank === row.values[0]);
      if (!worker) throw new Error(`no ranking row for ${row.label}`);
      expect(row.values).toEqual([worker.rank, worker.total, worker.bottom ? 1 : 0]);
      return worker;
    });
    expect(figure(assessment, 'workersRanked').value).toBe(shown.length);
    expect(figure(assessment, 'bottomFlagged').value).toBe(shown.filter((w) => w.bottom).length);
    if (scopeId() === streetId) expect(shown.length).toBe(ranking.length);
    else expect(shown.length).toBeLessThan(ranking.length);
  });

  it('counts inspections as the inspection list does', () => {
    const inspections = sectionOf(summary, 'inspections');
    const list = demo.call('team.inspections', { gridId: scopeId(), month, limit: 1 }, manager);
    expect(figure(inspections, 'inspections').value).toBe(list.total);
    const byKind = inspections.table.rows.reduce((n, r) => n + (r.values[0] ?? 0), 0);
    expect(byKind).toBe(list.total);
  });
});

describe('the street’s patrols and training', () => {
  it('counts the patrols the patrol list has for the month', () => {
    const summary = demo.call('summaries.month', { gridId: streetId, month }, manager);
    const patrols = sectionOf(summary, 'patrols');
    expect(figure(patrols, 'patrols').value).toBe(demo.call('team.patrols', { month, limit: 1 }, manager).total);
    const training = sectionOf(summary, 'training');
    const sessions = demo.call('team.trainings', { fromMonth: month, toMonth: month, limit: 200 }, manager);
    expect(figure(training, 'sessions').value).toBe(sessions.rows.length);
  });
});

describe('labels', () => {
  it('names sources, place kinds and categories in the caller’s language', () => {
    const answer = demo.raw('summaries.month', { gridId: streetId, month }, manager, 'en');
    if (!answer.ok) throw new Error(answer.error.message);
    const summary = answer.data as MonthlySummary;
    const english = Object.values(caseLabels.en.caseSources);
    const sources = sectionOf(summary, 'cases').table.rows.map((r) => r.label);
    expect(sources.length).toBeGreaterThan(0);
    for (const label of sources) expect(english).toContain(label);
    const categories = demo.call('cases.categoryTree', {}, manager).rows.filter((c) => c.parentId === null);
    for (const point of sectionOf(summary, 'cases').chart.points) {
      expect(categories.map((c) => c.nameEn ?? c.name)).toContain(point.label);
    }
  });
});

describe('errors', () => {
  it('refuses a month not yet begun, a grid that does not exist, and roles without summaries.read', () => {
    const future = demo.raw('summaries.month', { gridId: streetId, month: '2099-01' }, manager);
    expect(future.ok ? null : future.error.code).toBe('VALIDATION');
    const missing = demo.raw('summaries.month', { gridId: 999_999, month }, manager);
    expect(missing.ok ? null : [missing.error.code, missing.error.reason]).toEqual(['NOT_FOUND', 'gridNotFound']);
    const desk = demo.raw('summaries.month', { gridId: streetId, month }, demo.login('desk'));
    expect(desk.ok ? null : desk.error.code).toBe('FORBIDDEN');
  });

  it('marks the current month as provisional', () => {
    const current = new Date(defaultNow + 8 * 3_600_000).toISOString().slice(0, 7);
    expect(demo.call('summaries.month', { gridId: communityId, month: current }, manager).provisional).toBe(true);
  });
});

describe('commentary', () => {
  it('shows the demo manager’s words on last month’s street summary', () => {
    const summary = demo.call('summaries.month', { gridId: streetId, month }, manager);
    expect(summary.commentary?.updatedByName).toBe('周卫东');
    expect(summary.commentary?.text).toContain('入户走访');
  });

  it('is written once with no version, then changed with the version read; a stale version is refused', () => {
    const key = { gridId: communityId, month };
    const first = demo.call(
      'summaries.saveCommentary',
      { ...key, text: '振兴社区上月工作平稳。', version: null },
      manager,
    );
    expect(first.version).toBe(1);
    const again = demo.raw('summaries.saveCommentary', { ...key, text: '另一人同时写的', version: null }, manager);
    expect(again.ok ? null : [again.error.code, again.error.reason]).toEqual(['CONFLICT', 'staleVersion']);
    const second = demo.call(
      'summaries.saveCommentary',
      { ...key, text: '振兴社区上月工作平稳，走访待加强。', version: 1 },
      manager,
    );
    expect(second.version).toBe(2);
    const stale = demo.raw('summaries.saveCommentary', { ...key, text: '旧版本', version: 1 }, manager);
    expect(stale.ok ? null : stale.error.reason).toBe('staleVersion');
    expect(demo.call('summaries.month', key, manager).commentary).toEqual(second);
    const audit = demo.app.database.sqlite
      .prepare("select count(*) from audit_log where entity = 'monthly_summaries'")
      .pluck()
      .get();
    expect(audit).toBe(2);
  });
});
