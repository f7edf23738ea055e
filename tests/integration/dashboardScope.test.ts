// The dashboard's scopes on a small hand-built desk: a grid worker's whole reach (with a case dispatched to them
// elsewhere), a micro-grid, an empty centre and empty months, and the input it refuses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFilters } from '../../src/shared/contract/cases';
import { lastDateOfMonth } from '../../src/shared/domain/months';
import {
  hotlineFilters,
  intakeFilters,
  openCasesFilters,
  overdueCasesFilters,
} from '../../src/shared/domain/statsLinks';
import { type CaseDesk, categoryId, passTime, registerCase, startCaseDesk, walk } from '../support/caseFactory';
import { defaultNow } from '../support/testGridDesk';

const dayMs = 24 * 60 * 60_000;

let c: CaseDesk;
beforeEach(() => {
  c = startCaseDesk();
});
afterEach(() => c.desk.close());

const userId = (username: string) =>
  c.desk.app.database.sqlite.prepare('select id from users where username = ?').pluck().get(username) as number;

const listTotal = (filters: CaseFilters, token: string) =>
  c.desk.call('cases.list', { filters, limit: 1 }, token).total;

const monthPeriod = (month: string) => ({ from: `${month}-01`, to: lastDateOfMonth(month) });

/**
 * Cases over two months: on the worker's grid (one resolved the next month and followed up), a 12345 order and a
 * voided one on 凤凰社区, and one on 凤凰社区 dispatched to the worker, resolved and followed up by them.
 */
function casesOverTwoMonths() {
  const worker = userId('worker');
  const resolvedLater = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
  registerCase(c.desk, c.tokens.desk, {
    gridId: c.grids.fhMicro.id,
    source: 'hotline',
    hotlineOrderNo: 'GD20261116001',
    hotlineDeadline: defaultNow + 2 * dayMs,
    categoryId: categoryId(c.desk, c.tokens.desk, '安全隐患', '消防安全'),
  });
  const voided = registerCase(c.desk, c.tokens.desk, { gridId: c.grids.fhMicro.id });
  walk(c.desk, voided, [[c.tokens.desk, { action: 'void', voidReason: 'invalid', note: '非本辖区' }]]);
  const dispatched = registerCase(c.desk, c.tokens.desk, {
    gridId: c.grids.fhMicro.id,
    next: 'assign',
    handlerUserId: worker,
  });
  walk(c.desk, dispatched, [
    [c.tokens.worker, { action: 'start', note: '' }],
    [c.tokens.worker, { action: 'resolve', resolution: '已处理', note: '' }],
  ]);
  passTime(c, 20 * dayMs);
  walk(c.desk, resolvedLater, [[c.tokens.desk, { action: 'resolve', resolution: '已协调', note: '' }]]);
  for (const id of [resolvedLater.id, dispatched.id]) {
    const { number, status, version } = c.desk.call('cases.get', { id }, c.tokens.desk);
    walk(c.desk, { id, number, status, version }, [
      [c.tokens.desk, { action: 'followUp', satisfaction: 'satisfied', note: '' }],
    ]);
  }
}

describe('a grid worker’s whole reach', () => {
  it('covers their grids and the cases dispatched to them elsewhere, as their lists do', () => {
    casesOverTwoMonths();
    // A second top grid: the worker now serves 振兴社区 第一网格 and a new micro-grid of 凤凰社区, no grid above both.
    const staffId = c.desk.app.database.sqlite
      .prepare('select id from staff where user_id = ?')
      .pluck()
      .get(userId('worker')) as number;
    const extra = c.desk.call(
      'grids.create',
      { parentId: c.grids.fhGrid.id, level: 'micro_grid', name: '第02微网格' },
      c.tokens.admin,
    );
    c.desk.call('grids.assignStaff', { gridId: extra.id, duty: 'full_time', staffId }, c.tokens.admin);
    const today = c.desk.call('dashboard.today', {}, c.tokens.worker);
    expect(today.scope).toEqual({ gridId: null, name: '天目山街道', path: '天目山街道' });
    expect(today.party).toBeNull();
    expect(today.cases).toEqual({
      open: listTotal(openCasesFilters(), c.tokens.worker),
      overdue: listTotal(overdueCasesFilters(), c.tokens.worker),
      dueSoon: listTotal({ deadline: 'dueSoon' }, c.tokens.worker),
      rates: c.desk.call('cases.rates', monthPeriod('2026-12'), c.tokens.worker),
    });
    // Both cases followed up this month are theirs to see: one on their grid, one dispatched to them on 凤凰社区.
    expect(today.cases?.rates).toMatchObject({ followedUp: 2, satisfied: 2 });

    const trends = c.desk.call('dashboard.trends', { endMonth: '2026-12' }, c.tokens.worker);
    // Its areas are its top grids, by code or else name as the coverage table orders rows (第02… before 第一…).
    expect(trends.cases?.areas.map((a) => a.gridId)).toEqual([extra.id, c.grids.zxGrid.id]);
    for (const { month, ...rates } of trends.cases?.rates ?? []) {
      const { from: _f, to: _t, ...fromRates } = c.desk.call('cases.rates', monthPeriod(month), c.tokens.worker);
      expect(rates, month).toEqual(fromRates);
      const intake = trends.cases?.intake.filter((i) => i.month === month) ?? [];
      for (const bar of intake) {
        expect(bar.count).toBe(listTotal(intakeFilters(month, null, bar.categoryId), c.tokens.worker));
      }
    }
    expect(trends.cases?.rates.at(-2)).toMatchObject({ month: '2026-11', newCases: 2, resolved: 1 });
    expect(trends.coverage?.rows.map((r) => r.gridId)).toEqual([c.grids.fenghuang.id, c.grids.zhenxing.id]);
  });
});

describe('a grid and its areas', () => {
  it('splits a community by its grids, and a micro-grid is its own only area', () => {
    casesOverTwoMonths();
    const community = c.desk.call(
      'dashboard.trends',
      { gridId: c.grids.fenghuang.id, endMonth: '2026-12' },
      c.tokens.manager,
    );
    expect(community.scope.path).toBe('天目山街道 / 凤凰社区');
    expect(community.cases?.areas).toEqual([{ gridId: c.grids.fhGrid.id, name: '第一网格' }]);
    expect(community.cases?.hotlineByArea).toEqual([{ month: '2026-11', gridId: c.grids.fhGrid.id, count: 1 }]);
    expect(listTotal(hotlineFilters('2026-11', c.grids.fhGrid.id), c.tokens.manager)).toBe(1);
    const micro = c.desk.call(
      'dashboard.trends',
      { gridId: c.grids.zxMicro1.id, endMonth: '2026-12' },
      c.tokens.manager,
    );
    expect(micro.scope).toEqual({
      gridId: c.grids.zxMicro1.id,
      name: '第01微网格',
      path: '天目山街道 / 振兴社区 / 第一网格 / 第01微网格',
    });
    expect(micro.cases?.areas).toEqual([{ gridId: c.grids.zxMicro1.id, name: '第01微网格' }]);
    expect(micro.cases?.intake).toEqual([
      { month: '2026-11', categoryId: categoryId(c.desk, c.tokens.desk), count: 1 },
    ]);
  });
});

describe('empty scopes and months', () => {
  it('read as zeros and no rates, not as errors', () => {
    const today = c.desk.call('dashboard.today', { gridId: c.grids.fenghuang.id }, c.tokens.manager);
    expect(today.cases).toMatchObject({
      open: 0,
      overdue: 0,
      dueSoon: 0,
      rates: { newCases: 0, firstContactRate: null, onTimeRate: null, satisfactionRate: null },
    });
    expect(today.visits).toEqual({ households: 0, visited: 0, coverage: null });
    expect(today.party).toEqual({ branches: 0, members: 0, serviceHoursThisMonth: 0 });
    const trends = c.desk.call('dashboard.trends', { endMonth: '2020-06', months: 24 }, c.tokens.manager);
    expect(trends.months[0]).toBe('2018-07');
    expect(trends.cases).toMatchObject({ categories: [], intake: [], hotlineByArea: [] });
    expect(trends.cases?.rates).toHaveLength(24);
    for (const row of trends.cases?.rates ?? []) {
      expect(row).toMatchObject({
        newCases: 0,
        resolved: 0,
        followedUp: 0,
        firstContactRate: null,
        satisfactionRate: null,
      });
    }
    expect(trends.service?.every((s) => s.records === 0 && s.hours === 0)).toBe(true);
    expect(trends.coverage?.rows.every((r) => r.visited === 0)).toBe(true);
  });
});

describe('what the dashboard refuses', () => {
  it('answers VALIDATION for a period it does not draw and NOT_FOUND for a grid that does not exist', () => {
    const ask = (procedure: 'dashboard.today' | 'dashboard.trends', input: unknown) =>
      c.desk.raw(procedure, input, c.tokens.manager);
    expect(ask('dashboard.trends', { endMonth: '2026-11', months: 13 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(ask('dashboard.trends', { endMonth: '2026-13' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    for (const [procedure, input] of [
      ['dashboard.today', { gridId: 9999 }],
      ['dashboard.trends', { gridId: 9999, endMonth: '2026-11' }],
    ] as const) {
      expect(ask(procedure, input)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'gridNotFound' } });
    }
    expect(
      c.desk.raw('dashboard.trends', { gridId: c.grids.fenghuang.id, endMonth: '2026-11' }, c.tokens.worker),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'gridOutsideYourGrids' } });
  });
});
