// The case list's drill-down filters behind the dashboard and the monthly summary: resolved and followed up
// within dates (China time, both dates included), voided cases left out, and the figure links of statsLinks
// listing exactly the cases cases.rates counts.
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseFilters } from '../../src/shared/contract/cases';
import { localDate } from '../../src/shared/domain/dates';
import { addMonths, lastDateOfMonth } from '../../src/shared/domain/months';
import { followedUpFilters, hotlineFilters, intakeFilters, resolvedFilters } from '../../src/shared/domain/statsLinks';
import { type CaseChange, type CaseDesk, passTime, registerCase, startCaseDesk, walk } from '../support/caseFactory';
import { defaultNow, startDemoGridDesk } from '../support/testGridDesk';

let c: CaseDesk;
afterEach(() => c?.desk.close());

function listIds(filters: CaseFilters): number[] {
  const list = c.desk.call('cases.list', { filters, limit: 200 }, c.tokens.manager);
  expect(list.total).toBe(list.rows.length);
  return list.rows.map((r) => r.id).sort((a, b) => a - b);
}

const ids = (...changes: CaseChange[]) => changes.map((x) => x.id).sort((a, b) => a - b);

/** Instants in Shanghai, where the desk works. */
const shanghai = (dateTime: string) => Date.parse(`${dateTime}+08:00`);

/**
 * Cases resolved and followed up either side of two month ends:
 * A resolved 10-31 23:30, followed up 11-01 满意; B resolved 11-01 00:30, followed up 12-01 00:30;
 * C resolved 11-01 00:30, reopened on 11-01 (不满意) and resolved again 11-30 23:30; D resolved 12-01 00:30;
 * F resolved 11-01 00:30, reopened on 11-01 and voided; E registered and voided.
 */
function casesAcrossMonthEnds() {
  c = startCaseDesk(shanghai('2026-10-31T10:00'));
  let now = shanghai('2026-10-31T10:00');
  const until = (dateTime: string) => {
    passTime(c, shanghai(dateTime) - now);
    now = shanghai(dateTime);
  };
  const resolve = { action: 'resolve', resolution: '已处理' } as const;
  const [a, b, cc, d, f] = [1, 2, 3, 4, 5].map(() => registerCase(c.desk, c.tokens.desk, {}));
  if (!a || !b || !cc || !d || !f) throw new Error('five cases');
  until('2026-10-31T23:30');
  const aResolved = walk(c.desk, a, [[c.tokens.desk, resolve]]);
  until('2026-11-01T00:30');
  const bResolved = walk(c.desk, b, [[c.tokens.desk, resolve]]);
  const cResolved = walk(c.desk, cc, [[c.tokens.desk, resolve]]);
  const fResolved = walk(c.desk, f, [[c.tokens.desk, resolve]]);
  until('2026-11-01T10:00');
  walk(c.desk, aResolved, [[c.tokens.desk, { action: 'followUp', satisfaction: 'satisfied' }]]);
  const cReopened = walk(c.desk, cResolved, [[c.tokens.desk, { action: 'followUp', satisfaction: 'dissatisfied' }]]);
  walk(c.desk, fResolved, [
    [c.tokens.desk, { action: 'followUp', satisfaction: 'dissatisfied' }],
    [c.tokens.desk, { action: 'void', voidReason: 'invalid', note: '居民撤回诉求' }],
  ]);
  const e = registerCase(c.desk, c.tokens.desk, {});
  walk(c.desk, e, [[c.tokens.desk, { action: 'void', voidReason: 'invalid', note: '非本辖区' }]]);
  until('2026-11-30T23:30');
  walk(c.desk, cReopened, [[c.tokens.desk, resolve]]);
  until('2026-12-01T00:30');
  walk(c.desk, d, [[c.tokens.desk, resolve]]);
  walk(c.desk, bResolved, [[c.tokens.desk, { action: 'followUp', satisfaction: 'basically_satisfied' }]]);
  return { a, b, c: cc, d, e, f };
}

describe('resolved and followed up within dates', () => {
  it('picks cases by their latest resolution’s date in China time, both dates included', () => {
    const x = casesAcrossMonthEnds();
    expect(listIds({ resolvedFrom: '2026-10-01', resolvedTo: '2026-10-31' })).toEqual(ids(x.a));
    // C's first resolution was on 11-01, its latest on 11-30: it is listed once, by the latest.
    expect(listIds({ resolvedFrom: '2026-11-01', resolvedTo: '2026-11-30' })).toEqual(ids(x.b, x.c));
    expect(listIds({ resolvedFrom: '2026-11-01', resolvedTo: '2026-11-01' })).toEqual(ids(x.b));
    expect(listIds({ resolvedFrom: '2026-10-31', resolvedTo: '2026-11-01' })).toEqual(ids(x.a, x.b));
    expect(listIds({ resolvedFrom: '2026-12-01' })).toEqual(ids(x.d));
    expect(listIds({ resolvedTo: '2026-10-31' })).toEqual(ids(x.a));
    expect(listIds({ resolvedFrom: '2026-11-02', resolvedTo: '2026-11-29' })).toEqual([]);
  });

  it('picks cases by the date they were followed up, both dates included', () => {
    const x = casesAcrossMonthEnds();
    // C and F were reopened by their follow-up; it still happened on 11-01.
    expect(listIds({ followedUpFrom: '2026-11-01', followedUpTo: '2026-11-30' })).toEqual(ids(x.a, x.c, x.f));
    expect(listIds({ followedUpFrom: '2026-11-01', followedUpTo: '2026-11-01' })).toEqual(ids(x.a, x.c, x.f));
    expect(listIds({ followedUpFrom: '2026-12-01', followedUpTo: '2026-12-31' })).toEqual(ids(x.b));
    expect(listIds({ followedUpTo: '2026-10-31' })).toEqual([]);
  });

  it('leaves voided cases out when asked', () => {
    const x = casesAcrossMonthEnds();
    expect(listIds({})).toEqual(ids(x.a, x.b, x.c, x.d, x.e, x.f));
    expect(listIds({ excludeVoided: true })).toEqual(ids(x.a, x.b, x.c, x.d));
    expect(listIds({ followedUpFrom: '2026-11-01', followedUpTo: '2026-11-30', excludeVoided: true })).toEqual(
      ids(x.a, x.c),
    );
    expect(listIds({ status: ['voided'], excludeVoided: true })).toEqual([]);
  });

  it('refuses dates that are no dates', () => {
    c = startCaseDesk();
    for (const filters of [
      { resolvedFrom: '2026-13-01' },
      { resolvedTo: '2026-02-30' },
      { followedUpFrom: '2026/10/01' },
      { followedUpTo: 'yesterday' },
      { resolvedFrom: '' },
    ]) {
      const answer = c.desk.raw('cases.list', { filters, limit: 20 }, c.tokens.manager);
      expect(answer, JSON.stringify(filters)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});

describe('the figure links of the demo', () => {
  it('list exactly what cases.rates counts for a month, for the street and a community', () => {
    const demo = startDemoGridDesk();
    try {
      const manager = demo.login('manager');
      const tree = demo.call('grids.tree', {}, manager);
      const street = tree.find((g) => g.level === 'street');
      const community = tree.find((g) => g.level === 'community');
      if (!street || !community) throw new Error('The demo has a street with communities');
      const total = (filters: CaseFilters) => {
        const list = demo.call('cases.list', { filters, limit: 1 }, manager);
        expect(list.totalIsLowerBound).toBe(false);
        return list.total;
      };
      const thisMonth = localDate(defaultNow).slice(0, 7);
      for (const month of [addMonths(thisMonth, -1), addMonths(thisMonth, -2), addMonths(thisMonth, -12), thisMonth]) {
        for (const gridId of [undefined, street.id, community.id]) {
          const rates = demo.call('cases.rates', { from: `${month}-01`, to: lastDateOfMonth(month), gridId }, manager);
          const where = `${month} ${gridId ?? 'all'}`;
          expect(rates.newCases, where).toBeGreaterThan(0);
          expect(total(intakeFilters(month, gridId)), where).toBe(rates.newCases);
          expect(total(hotlineFilters(month, gridId)), where).toBe(rates.hotlineCount);
          expect(total(resolvedFilters(month, gridId)), where).toBe(rates.resolved);
          expect(total(followedUpFilters(month, gridId)), where).toBe(rates.followedUp);
        }
        // A month's intake per top category: the dashboard's bars, summed from the rollup.
        const intakeByCategory = demo.app.database.sqlite
          .prepare(
            'select top_category_id as categoryId, sum(registered) as registered from case_monthly_stats where month = ? group by 1',
          )
          .all(month) as { categoryId: number; registered: number }[];
        expect(intakeByCategory.length).toBeGreaterThan(1);
        for (const { categoryId, registered } of intakeByCategory) {
          expect(total(intakeFilters(month, street.id, categoryId)), `${month} ${categoryId}`).toBe(registered);
        }
      }
    } finally {
      demo.close();
    }
  });
});
