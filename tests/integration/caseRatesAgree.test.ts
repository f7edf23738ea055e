// The repeat rule is asked of the database by the rates service (one indexed lookup per case) and written as a
// pure rule in shared/domain/caseRates for the hand-built tests: on two years of demo cases both give the same figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRates, periodOf, withRepeats } from '../../src/shared/domain/caseRates';
import type { CaseSource, Satisfaction } from '../../src/shared/domain/cases';
import { localDate } from '../../src/shared/domain/dates';
import { startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let demo: TestGridDesk;
let manager: string;
beforeAll(() => {
  demo = startDemoGridDesk();
  manager = demo.login('manager');
});
afterAll(() => demo.close());

interface StoredCase {
  id: number;
  residentId: number | null;
  categoryId: number;
  source: CaseSource;
  status: string;
  registeredAt: number;
  resolveBy: number;
  resolvedAt: number | null;
  firstHandlingResolved: number;
  followedUpAt: number | null;
  satisfaction: Satisfaction | null;
}

function everyCaseWithRepeats() {
  const stored = demo.app.database.sqlite
    .prepare(
      `select id, resident_id as residentId, category_id as categoryId, source, status, registered_at as registeredAt,
              resolve_by as resolveBy, resolved_at as resolvedAt, first_handling_resolved as firstHandlingResolved,
              followed_up_at as followedUpAt, satisfaction
         from cases`,
    )
    .all() as StoredCase[];
  const byResident = new Map<number | null, StoredCase[]>();
  for (const c of stored) byResident.set(c.residentId, [...(byResident.get(c.residentId) ?? []), c]);
  return [...byResident.values()].flatMap((group) =>
    withRepeats(
      group.map(({ status, firstHandlingResolved, ...c }) => ({
        ...c,
        voided: status === 'voided',
        firstHandlingResolved: firstHandlingResolved === 1,
      })),
    ),
  );
}

describe('the rates of the demo', () => {
  it('are the same from the database as from the pure rule, month by month and for the two years', () => {
    const all = everyCaseWithRepeats();
    expect(all.filter((c) => c.repeated).length).toBeGreaterThan(0);
    const months = [...new Set(all.map((c) => localDate(c.registeredAt).slice(0, 7)))].sort();
    expect(months.length).toBeGreaterThanOrEqual(24);
    const periods = months.map((month) => {
      const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
      return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
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
