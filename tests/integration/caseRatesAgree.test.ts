// The repeat rule is kept in the database by triggers (cases.came_back, which the rates service reads) and written as
// a pure rule in shared/domain/caseRates for the hand-built tests: on two years of demo cases both give the same figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRates, periodOf } from '../../src/shared/domain/caseRates';
import { localDate } from '../../src/shared/domain/dates';
import { monthPeriod, pureCameBack, storedCases } from '../support/caseRollup';
import { startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let demo: TestGridDesk;
let manager: string;
beforeAll(() => {
  demo = startDemoGridDesk();
  manager = demo.login('manager');
});
afterAll(() => demo.close());

/** Every case as the pure rule sees it, with the repeat flag worked out by the rule itself. */
function everyCaseWithRepeats() {
  const stored = storedCases(demo);
  const cameBack = pureCameBack(stored);
  return stored.map(({ status, firstHandlingResolved, ...c }) => ({
    ...c,
    voided: status === 'voided',
    firstHandlingResolved: firstHandlingResolved === 1,
    repeated: cameBack.get(c.id) ?? false,
  }));
}

describe('the rates of the demo', () => {
  it('are the same from the database as from the pure rule, month by month and for the two years', () => {
    const all = everyCaseWithRepeats();
    expect(all.filter((c) => c.repeated).length).toBeGreaterThan(0);
    const months = [...new Set(all.map((c) => localDate(c.registeredAt).slice(0, 7)))].sort();
    expect(months.length).toBeGreaterThanOrEqual(24);
    const periods = months.map((month) => {
      return monthPeriod(month);
    });
    periods.push({ from: periods[0]?.from ?? '', to: periods.at(-1)?.to ?? '' });
    for (const period of periods) {
      const fromService = demo.call('cases.rates', period, manager);
      expect(fromService, `${period.from} – ${period.to}`).toEqual({
        ...period,
        ...caseRates(all, periodOf(period.from, period.to)),
      });
    }
  });
});
