// The dashboard on the demo street: every number and every bar equals what the list behind it counts (the case
// list for statsLinks' filters, cases.rates, visits.coverage, the party lists), for the street and a community.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFilters } from '../../src/shared/contract/cases';
import type { DashboardTrends } from '../../src/shared/contract/stats';
import { localDate } from '../../src/shared/domain/dates';
import { lastDateOfMonth } from '../../src/shared/domain/months';
import {
  dueSoonCasesFilters,
  hotlineFilters,
  intakeFilters,
  openCasesFilters,
  overdueCasesFilters,
} from '../../src/shared/domain/statsLinks';
import { defaultNow, startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let demo: TestGridDesk;
let manager: string;
let street: { id: number; name: string };
let community: { id: number; name: string };
const thisMonth = localDate(defaultNow).slice(0, 7);

beforeAll(() => {
  demo = startDemoGridDesk();
  manager = demo.login('manager');
  const tree = demo.call('grids.tree', {}, manager);
  const streetRow = tree.find((g) => g.level === 'street');
  const communityRow = tree.find((g) => g.level === 'community');
  if (!streetRow || !communityRow) throw new Error('The demo has no street or community');
  street = streetRow;
  community = communityRow;
});
afterAll(() => demo.close());

/** The case list's total for filters, as the list shows it (the demo stays under the list's counting cap). */
function listTotal(filters: CaseFilters, token = manager): number {
  const page = demo.call('cases.list', { filters, limit: 1 }, token);
  expect(page.totalIsLowerBound).toBe(false);
  return page.total;
}

const monthPeriod = (month: string) => ({ from: `${month}-01`, to: lastDateOfMonth(month) });

/** Each chart of the case trends against the lists, month by month. */
function expectCaseTrendsAgree(trends: DashboardTrends, gridId: number | undefined, token = manager) {
  const cases = trends.cases;
  if (!cases) throw new Error('No case trends');
  expect(cases.rates.map((r) => r.month)).toEqual(trends.months);
  for (const { month, ...rates } of cases.rates) {
    const { from: _from, to: _to, ...fromRates } = demo.call('cases.rates', { ...monthPeriod(month), gridId }, token);
    expect(rates, month).toEqual(fromRates);
    for (const category of cases.categories) {
      const bar = cases.intake.find((i) => i.month === month && i.categoryId === category.id)?.count ?? 0;
      expect(bar, `${month} ${category.name}`).toBe(listTotal(intakeFilters(month, gridId, category.id), token));
    }
    const intake = cases.intake.filter((i) => i.month === month).reduce((n, i) => n + i.count, 0);
    expect(intake, `${month} intake`).toBe(rates.newCases);
    for (const area of cases.areas) {
      const bar = cases.hotlineByArea.find((h) => h.month === month && h.gridId === area.gridId)?.count ?? 0;
      expect(bar, `${month} 12345 ${area.name}`).toBe(listTotal(hotlineFilters(month, area.gridId), token));
    }
  }
  expect(cases.intake.every((i) => i.count > 0) && cases.hotlineByArea.every((h) => h.count > 0)).toBe(true);
  const totals = cases.categories.map((c) =>
    cases.intake.filter((i) => i.categoryId === c.id).reduce((n, i) => n + i.count, 0),
  );
  expect(totals).toEqual([...totals].sort((a, b) => b - a));
  expect(Math.min(...totals)).toBeGreaterThan(0);
}

describe('the street’s trends', () => {
  it('agree with the case list and cases.rates for each of 24 months', () => {
    const trends = demo.call('dashboard.trends', { endMonth: thisMonth, months: 24 }, manager);
    expect(trends.scope.gridId).toBeNull();
    expect(trends.months).toHaveLength(24);
    expect(trends.months.at(-1)).toBe(thisMonth);
    expect(trends.cases?.intake.length).toBeGreaterThan(24);
    expect(trends.cases?.hotlineByArea.length).toBeGreaterThan(0);
    expectCaseTrendsAgree(trends, undefined);
  });

  it('count 12345 by community, and show the visits page’s coverage by community', () => {
    const trends = demo.call('dashboard.trends', { endMonth: thisMonth }, manager);
    expect(trends.months).toHaveLength(12);
    const communities = demo.call('grids.tree', {}, manager).filter((g) => g.level === 'community');
    expect(trends.cases?.areas.map((a) => a.gridId).sort()).toEqual(communities.map((c) => c.id).sort());
    const coverage = demo.call('visits.coverage', { month: thisMonth }, manager);
    expect(trends.coverage).toEqual({
      month: thisMonth,
      rows: coverage.rows.map(({ level: _level, ...row }) => row),
    });
  });

  it('add up the party service of each month as the service list does', () => {
    const trends = demo.call('dashboard.trends', { endMonth: thisMonth }, manager);
    const onTheJob = new Set(
      (['active', 'transferred_out', 'deceased'] as const)
        .flatMap((status) =>
          allPages((cursor) => demo.call('party.members', { kind: 'on_the_job', status, cursor, limit: 200 }, manager)),
        )
        .map((m) => m.id),
    );
    expect(trends.service?.map((s) => s.month)).toEqual(trends.months);
    for (const row of trends.service ?? []) {
      const records = allPages((cursor) =>
        demo.call('party.services', { month: row.month, cursor, limit: 200 }, manager),
      );
      const hours = (list: typeof records) => list.reduce((n, r) => n + r.hours, 0);
      expect(row, row.month).toEqual({
        month: row.month,
        records: records.length,
        hours: hours(records),
        onTheJobHours: hours(records.filter((r) => onTheJob.has(r.memberId))),
      });
    }
    expect(trends.service?.some((s) => s.onTheJobHours > 0)).toBe(true);
  });

  it('name the categories in the caller’s language', () => {
    const zh = demo.call('dashboard.trends', { endMonth: thisMonth }, manager);
    const en = demo.raw('dashboard.trends', { endMonth: thisMonth }, manager, 'en');
    if (!en.ok) throw new Error(en.error.message);
    const tree = demo.call('cases.categoryTree', {}, manager).rows;
    const english = (en.data as DashboardTrends).cases?.categories ?? [];
    expect(english.map((c) => c.id)).toEqual(zh.cases?.categories.map((c) => c.id));
    for (const category of english) expect(category.name).toBe(tree.find((c) => c.id === category.id)?.nameEn);
    for (const category of zh.cases?.categories ?? []) {
      expect(category.name).toBe(tree.find((c) => c.id === category.id)?.name);
    }
  });
});

describe('a community’s trends', () => {
  it('agree with the lists filtered by the community, and split 12345 by its grids', () => {
    const trends = demo.call('dashboard.trends', { gridId: community.id, endMonth: thisMonth }, manager);
    expect(trends.scope).toEqual({
      gridId: community.id,
      name: community.name,
      path: `${street.name} / ${community.name}`,
    });
    const grids = demo.call('grids.tree', {}, manager).filter((g) => g.parentId === community.id);
    expect(trends.cases?.areas.map((a) => a.gridId).sort()).toEqual(grids.map((g) => g.id).sort());
    expectCaseTrendsAgree(trends, community.id);
    const coverage = demo.call('visits.coverage', { month: thisMonth, gridId: community.id }, manager);
    expect(trends.coverage?.rows).toEqual(coverage.rows.map(({ level: _level, ...row }) => row));
  });
});

describe('today’s numbers', () => {
  it.each([
    ['the street', () => undefined],
    ['a community', () => community.id],
  ])('of %s equal the lists’ totals, this month’s rates and coverage', (_label, scopeOf) => {
    const gridId = scopeOf();
    const today = demo.call('dashboard.today', { gridId }, manager);
    expect(today.date).toBe(localDate(defaultNow));
    expect(today.month).toBe(thisMonth);
    expect(today.scope.gridId).toBe(gridId ?? null);
    expect(today.cases).toEqual({
      open: listTotal(openCasesFilters(gridId)),
      overdue: listTotal(overdueCasesFilters(gridId)),
      dueSoon: listTotal(dueSoonCasesFilters(gridId)),
      rates: demo.call('cases.rates', { ...monthPeriod(thisMonth), gridId }, manager),
    });
    expect(today.cases?.open).toBeGreaterThan(0);
    expect(today.cases?.overdue).toBeGreaterThan(0);
    expect(today.visits).toEqual(demo.call('visits.coverage', { month: thisMonth, gridId }, manager).total);

    // The branches on the scope's grids: every grid of the street, or the community and everything below it.
    const tree = demo.call('grids.tree', {}, manager);
    const subtree = (id: number): number[] => [
      id,
      ...tree.filter((g) => g.parentId === id).flatMap((g) => subtree(g.id)),
    ];
    const below = new Set(gridId === undefined ? tree.map((g) => g.id) : subtree(gridId));
    const branches = demo.call('party.branches', {}, manager).rows.filter((b) => below.has(b.gridId));
    const hours = branches.reduce(
      (n, b) => n + demo.call('party.services', { branchId: b.id, month: thisMonth, limit: 1 }, manager).hours,
      0,
    );
    expect(today.party).toEqual({
      branches: branches.length,
      members: branches.reduce((n, b) => n + b.members, 0),
      serviceHoursThisMonth: hours,
    });
    expect(today.party?.branches).toBeGreaterThan(0);
  });

  it('name the street scope after the centre', () => {
    const today = demo.call('dashboard.today', {}, manager);
    const { centreName } = demo.call('auth.status', {});
    expect(today.scope).toEqual({ gridId: null, name: centreName, path: centreName });
  });
});

describe('each role’s dashboard', () => {
  it('gives a grid worker their own grid, agreeing with what their lists show', () => {
    const worker = demo.login('grid');
    const today = demo.call('dashboard.today', {}, worker);
    const own = today.scope.gridId;
    expect(own).not.toBeNull();
    const reach = demo.call('grids.tree', {}, manager);
    expect(reach.find((g) => g.id === own)?.level).toBe('grid');
    expect(today.party).toBeNull();
    expect(today.cases).toEqual({
      open: listTotal(openCasesFilters(own), worker),
      overdue: listTotal(overdueCasesFilters(own), worker),
      dueSoon: listTotal(dueSoonCasesFilters(own), worker),
      rates: demo.call('cases.rates', { ...monthPeriod(thisMonth), gridId: own ?? undefined }, worker),
    });
    expect(today.cases?.open).toBeLessThan(listTotal(openCasesFilters()));
    const trends = demo.call('dashboard.trends', { endMonth: thisMonth }, worker);
    expect(trends.scope).toEqual(today.scope);
    expect(trends.service).toBeNull();
    expectCaseTrendsAgree(trends, own ?? undefined, worker);
    expect(demo.raw('dashboard.today', { gridId: community.id }, worker)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'gridOutsideYourGrids' },
    });
  });

  it('gives a branch secretary her branch’s party figures only', () => {
    const secretary = demo.login('secretary');
    const today = demo.call('dashboard.today', {}, secretary);
    expect(today.cases).toBeNull();
    expect(today.visits).toBeNull();
    const own = demo.call('party.branches', {}, secretary).rows;
    expect(own).toHaveLength(1);
    expect(today.party).toMatchObject({ branches: 1, members: own[0]?.members });
    expect(today.party?.members).toBeLessThan(demo.call('dashboard.today', {}, manager).party?.members ?? 0);
    const trends = demo.call('dashboard.trends', { endMonth: thisMonth }, secretary);
    expect(trends).toMatchObject({ cases: null, coverage: null });
    const hours = demo.call('party.services', { month: thisMonth, limit: 1 }, secretary).hours;
    expect(trends.service?.at(-1)?.hours).toBe(hours);
  });

  it('gives the desk cases and visits but no party figures', () => {
    const desk = demo.login('desk');
    const today = demo.call('dashboard.today', {}, desk);
    expect(today.party).toBeNull();
    expect(today.cases?.open).toBe(listTotal(openCasesFilters(), desk));
    expect(today.visits).not.toBeNull();
  });
});

/** Every row of a keyset-paged list. */
function allPages<T>(page: (cursor: number | undefined) => { rows: T[]; nextCursor: number | null }): T[] {
  const rows: T[] = [];
  let cursor: number | undefined;
  do {
    const answer = page(cursor);
    rows.push(...answer.rows);
    cursor = answer.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return rows;
}
