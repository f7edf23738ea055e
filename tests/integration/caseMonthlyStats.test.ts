// The cases' monthly rollup (case_monthly_stats) and the came-back flag, both kept by migration 0008's triggers:
// after the demo is built and after every kind of write through the real procedures, they equal what the cases
// themselves add up to, and cases.rates of a month agrees with the rollup.
import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/contract';
import { repeatWindowMs } from '../../src/shared/domain/caseRates';
import {
  type CaseChange,
  type CaseDesk,
  categoryId,
  passTime,
  registerCase,
  startCaseDesk,
  storedCase,
  walk,
} from '../support/caseFactory';
import {
  aggregateOf,
  emptyFigures,
  type Figures,
  figureNames,
  monthOf,
  monthPeriod,
  pureCameBack,
  type RollupRow,
  ratesAsFigures,
  rollupMonth,
  rollupOf,
  storedCases,
} from '../support/caseRollup';
import { defaultNow, startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

const hourMs = 60 * 60_000;
const dayMs = 24 * hourMs;

/** The stored rollup is the cases' own aggregate (rows a change left at zero aside), and came_back the pure rule. */
function expectRollupMatchesCases(desk: TestGridDesk): RollupRow[] {
  const all = storedCases(desk);
  const rollup = rollupOf(desk);
  for (const row of rollup)
    for (const name of figureNames) expect(row[name], `${row.month} ${name}`).toBeGreaterThanOrEqual(0);
  const counted = rollup.filter((row) => figureNames.some((name) => row[name] !== 0));
  expect(counted).toEqual(aggregateOf(all));
  const cameBack = pureCameBack(all);
  expect(all.filter((c) => (c.cameBack === 1) !== cameBack.get(c.id)).map((c) => c.id)).toEqual([]);
  return counted;
}

describe('the rollup of the demo', () => {
  it('equals the cases’ own aggregate, came_back the repeat rule, and cases.rates month by month', () => {
    const demo = startDemoGridDesk();
    try {
      const rows = expectRollupMatchesCases(demo);
      const all = storedCases(demo);
      // The demo has what each column counts, so the comparison is not one of empty tables.
      expect(all.filter((c) => c.status === 'voided').length).toBeGreaterThan(0);
      expect(all.filter((c) => c.cameBack === 1).length).toBeGreaterThan(0);
      for (const name of figureNames)
        expect(
          rows.some((r) => r[name] > 0),
          name,
        ).toBe(true);
      const manager = demo.login('manager');
      const months = [...new Set(rows.map((r) => r.month))].sort();
      expect(months.length).toBeGreaterThanOrEqual(24);
      for (const of of months) {
        const rates = demo.call('cases.rates', monthPeriod(of), manager);
        expect(ratesAsFigures(rates), of).toEqual(rollupMonth(rows, of));
      }
    } finally {
      demo.close();
    }
  });
});

let c: CaseDesk;
let now = defaultNow;
afterEach(() => c?.desk.close());

/** A fresh desk at `at`; answers its month. */
function start(at = defaultNow): string {
  c = startCaseDesk(at);
  now = at;
  return monthOf(at);
}

/** Time passes (everyone signs in again). */
function advance(ms: number) {
  passTime(c, ms);
  now += ms;
}

/** The rollup equals the cases, and cases.rates of the month equals the rollup's month: that month's figures. */
function expectMonthAgrees(of: string): Figures {
  const rows = expectRollupMatchesCases(c.desk);
  const figures = rollupMonth(rows, of);
  expect(ratesAsFigures(c.desk.call('cases.rates', monthPeriod(of), c.tokens.manager)), of).toEqual(figures);
  return figures;
}

/** The rollup's non-zero rows, as (grid, top category) pairs. */
const countedPlaces = () =>
  rollupOf(c.desk)
    .filter((r) => figureNames.some((name) => r[name] !== 0))
    .map((r) => [r.gridId, r.topCategoryId]);

/** A cases.update input with the case's stored details and the changes given. */
function edit(current: CaseChange, changes: Partial<InputOf<'cases.update'>>): CaseChange {
  const row = storedCase(c.desk, current.id);
  const input = {
    id: current.id,
    version: current.version,
    kind: row.kind,
    source: row.source,
    categoryId: row.category_id,
    description: row.description,
    gridId: row.grid_id,
    ...(row.hotline_order_no === null
      ? {}
      : { hotlineOrderNo: row.hotline_order_no, hotlineDeadline: row.hotline_deadline }),
    ...changes,
  } as InputOf<'cases.update'>;
  return c.desk.call('cases.update', input, c.tokens.desk);
}

const workerId = () =>
  c.desk.app.database.sqlite.prepare("select id from users where username = 'worker'").pluck().get() as number;

const top = (name: string) => categoryId(c.desk, c.tokens.desk, name);

describe('the rollup through the procedures', () => {
  it('follows registration, edits of category and grid, and each step to a follow-up', () => {
    const month = start();
    expect(expectMonthAgrees(month).registered).toBe(0);

    const registered = registerCase(c.desk, c.tokens.desk, {
      source: 'hotline',
      hotlineOrderNo: 'GD20261116101',
      hotlineDeadline: now + 3 * dayMs,
      gridId: c.grids.zxMicro1.id,
      next: 'register',
    });
    expect(expectMonthAgrees(month)).toMatchObject({ registered: 1, hotline: 1, resolved: 0 });
    expect(countedPlaces()).toEqual([[c.grids.zxMicro1.id, top('环境卫生')]]);

    // Corrected at the desk: another top category, then another community's grid. Its counts move with it.
    let current = edit(registered, { categoryId: categoryId(c.desk, c.tokens.desk, '公共设施', '路灯') });
    expectMonthAgrees(month);
    expect(countedPlaces()).toEqual([[c.grids.zxMicro1.id, top('公共设施')]]);
    current = edit(current, { gridId: c.grids.fhMicro.id });
    expectMonthAgrees(month);
    expect(countedPlaces()).toEqual([[c.grids.fhMicro.id, top('公共设施')]]);

    for (const step of [
      { action: 'accept' },
      { action: 'assign', handlerDepartment: '城管执法中队' },
      { action: 'start' },
    ] as const) {
      current = walk(c.desk, current, [[c.tokens.desk, step]]);
      expect(expectMonthAgrees(month)).toMatchObject({ registered: 1, resolved: 0 });
    }
    advance(2 * hourMs);
    current = walk(c.desk, current, [[c.tokens.desk, { action: 'resolve', resolution: '已修复路灯' }]]);
    expect(expectMonthAgrees(month)).toMatchObject({ resolved: 1, resolvedOnTime: 1, firstContactResolved: 1 });
    current = walk(c.desk, current, [[c.tokens.desk, { action: 'followUp', satisfaction: 'satisfied' }]]);
    expect(expectMonthAgrees(month)).toMatchObject({ followedUp: 1, satisfied: 1 });
    // A worker's case, resolved late (past its deadline), followed up 不满意: counted, neither on time nor satisfied.
    const late = registerCase(c.desk, c.tokens.desk, { next: 'assign', handlerUserId: workerId() });
    advance(8 * dayMs);
    walk(c.desk, late, [
      [c.tokens.worker, { action: 'start' }],
      [c.tokens.worker, { action: 'resolve', resolution: '已协调' }],
    ]);
    expect(expectMonthAgrees(month)).toMatchObject({ resolved: 2, resolvedOnTime: 1, firstContactResolved: 2 });
    walk(c.desk, current, [[c.tokens.desk, { action: 'close' }]]);
    expectMonthAgrees(month);
  });

  it('follows a reopening on 不满意, the second resolution, and voiding', () => {
    const month = start();
    const resolved = registerCase(c.desk, c.tokens.desk, { next: 'resolve', resolution: '当场答复' });
    expect(expectMonthAgrees(month)).toMatchObject({ resolved: 1, firstContactResolved: 1 });
    advance(hourMs);
    const reopened = walk(c.desk, resolved, [[c.tokens.desk, { action: 'followUp', satisfaction: 'dissatisfied' }]]);
    expect(reopened.status).toBe('in_progress');
    // Reopened: no longer resolved, but followed up (not satisfied) in the month.
    expect(expectMonthAgrees(month)).toMatchObject({ resolved: 0, followedUp: 1, satisfied: 0 });
    advance(hourMs);
    const again = walk(c.desk, reopened, [[c.tokens.desk, { action: 'resolve', resolution: '再次处理' }]]);
    expect(expectMonthAgrees(month)).toMatchObject({ resolved: 1, firstContactResolved: 0, followedUp: 1 });

    // Voided while reopened, and voided at registration: such cases count nowhere.
    const reopenedAgain = walk(c.desk, again, [[c.tokens.desk, { action: 'followUp', satisfaction: 'dissatisfied' }]]);
    walk(c.desk, reopenedAgain, [[c.tokens.desk, { action: 'void', voidReason: 'invalid', note: '居民撤回诉求' }]]);
    const hotline = registerCase(c.desk, c.tokens.desk, {
      source: 'hotline',
      hotlineOrderNo: 'GD20261116102',
      hotlineDeadline: now + 2 * dayMs,
    });
    expect(expectMonthAgrees(month)).toMatchObject({ registered: 1, hotline: 1 });
    walk(c.desk, hotline, [[c.tokens.desk, { action: 'void', voidReason: 'invalid', note: '非本辖区' }]]);
    expect(expectMonthAgrees(month)).toEqual(emptyFigures());
  });
});

describe('a case that comes back', () => {
  /** 张三's noise case, resolved at the desk on first contact. */
  function resolvedForResident(): CaseChange {
    return registerCase(c.desk, c.tokens.desk, {
      residentId: c.resident.id,
      next: 'resolve',
      resolution: '已联系楼上住户',
    });
  }

  /** A fresh desk where 张三's resolved case is followed, `afterMs` later, by another about the same noise. */
  function cameBackAfter(afterMs: number) {
    const month = start();
    const first = resolvedForResident();
    advance(afterMs);
    const later = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
    return { month, first, later };
  }

  it('makes the earlier one no first-contact resolution within 30 days of it; voiding the later one undoes it', () => {
    const { month, first, later } = cameBackAfter(10 * dayMs);
    expect(storedCase(c.desk, first.id).came_back).toBe(1);
    expect(expectMonthAgrees(month)).toMatchObject({ resolved: 1, firstContactResolved: 0 });
    walk(c.desk, later, [[c.tokens.desk, { action: 'void', voidReason: 'invalid', note: '登记有误' }]]);
    expect(storedCase(c.desk, first.id).came_back).toBe(0);
    expect(expectMonthAgrees(month)).toMatchObject({ resolved: 1, firstContactResolved: 1 });
    // Another category of the same resident is another problem.
    registerCase(c.desk, c.tokens.desk, {
      residentId: c.resident.id,
      categoryId: categoryId(c.desk, c.tokens.desk, '公共设施', '路灯'),
    });
    expect(expectMonthAgrees(month)).toMatchObject({ firstContactResolved: 1 });
  });

  it('follows a correction of the later case’s category', () => {
    const { month, first, later } = cameBackAfter(dayMs);
    const lamp = categoryId(c.desk, c.tokens.desk, '公共设施', '路灯');
    const moved = edit(later, { categoryId: lamp, residentId: c.resident.id, gridId: undefined });
    expect(storedCase(c.desk, first.id).came_back).toBe(0);
    expect(expectMonthAgrees(month)).toMatchObject({ firstContactResolved: 1 });
    const noise = storedCase(c.desk, first.id).category_id as number;
    edit(moved, { categoryId: noise, residentId: c.resident.id, gridId: undefined });
    expect(storedCase(c.desk, first.id).came_back).toBe(1);
    expect(expectMonthAgrees(month)).toMatchObject({ firstContactResolved: 0 });
  });

  it('clears the flag when the earlier case turns out to be nobody’s (its resident removed)', () => {
    const { month, first } = cameBackAfter(dayMs);
    expect(storedCase(c.desk, first.id).came_back).toBe(1);
    // Registered for 张三 by mistake: for no resident, nothing can come back to it (caseRates.isRepeatOf).
    edit(first, { residentId: undefined, gridId: c.grids.zxMicro1.id });
    expect(storedCase(c.desk, first.id)).toMatchObject({ resident_id: null, came_back: 0 });
    expect(expectMonthAgrees(month)).toMatchObject({ firstContactResolved: 1 });
  });

  it('counts a later case registered exactly 30 days after the resolution, not one on the 31st day', () => {
    const onDay30 = cameBackAfter(repeatWindowMs);
    expect(storedCase(c.desk, onDay30.first.id).came_back).toBe(1);
    expect(expectMonthAgrees(onDay30.month)).toMatchObject({ resolved: 1, firstContactResolved: 0 });
    c.desk.close();
    const onDay31 = cameBackAfter(31 * dayMs);
    expect(storedCase(c.desk, onDay31.first.id).came_back).toBe(0);
    expect(expectMonthAgrees(onDay31.month)).toMatchObject({ resolved: 1, firstContactResolved: 1 });
  });
});

describe('the month of a resolution', () => {
  it('is the month in China time: 23:30 on the last day counts in it, 00:30 the next day in the next month', () => {
    // 2026-11-30 10:00 in Shanghai.
    start(Date.parse('2026-11-30T02:00:00Z'));
    const beforeMidnight = registerCase(c.desk, c.tokens.desk, {});
    const afterMidnight = registerCase(c.desk, c.tokens.desk, {});
    advance(13 * hourMs + 30 * 60_000);
    expect(new Date(now).toISOString()).toBe('2026-11-30T15:30:00.000Z');
    walk(c.desk, beforeMidnight, [[c.tokens.desk, { action: 'resolve', resolution: '已处理' }]]);
    advance(hourMs);
    walk(c.desk, afterMidnight, [[c.tokens.desk, { action: 'resolve', resolution: '已处理' }]]);
    expect(expectMonthAgrees('2026-11')).toMatchObject({ registered: 2, resolved: 1 });
    expect(expectMonthAgrees('2026-12')).toMatchObject({ registered: 0, resolved: 1 });
  });
});
