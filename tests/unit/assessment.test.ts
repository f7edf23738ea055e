// Monthly assessment on hand-built months: each item's points, the total, the grade, the plan's checks.
import { describe, expect, it } from 'vitest';
import {
  type AssessmentItem,
  type AssessmentPlan,
  deductionProblem,
  defaultAssessmentPlan,
  gradeOf,
  itemScore,
  type MonthlyFacts,
  manualPointsProblem,
  planProblems,
  workerScore,
} from '../../src/shared/domain/assessment';

const of = (numerator: number, denominator: number) => ({ numerator, denominator });

/** A month where everything asked was done; tests spoil the parts they are about. */
function month(overrides: Partial<MonthlyFacts> = {}): MonthlyFacts {
  return {
    visitCoverage: of(50, 50),
    caseOnTime: of(20, 20),
    firstContact: of(16, 16),
    trainingAttendance: of(4, 4),
    satisfaction: of(18, 18),
    inspections: 8,
    ...overrides,
  };
}

const item = (key: string, overrides: Partial<AssessmentItem> = {}): AssessmentItem => {
  const found = defaultAssessmentPlan.items.find((i) => i.key === key);
  return { ...(found ?? { key, weight: 10, source: 'data', metric: null, inspectionTarget: null }), ...overrides };
};

const plan = (items: AssessmentItem[], rest: Partial<AssessmentPlan> = {}): AssessmentPlan => ({
  ...defaultAssessmentPlan,
  items,
  ...rest,
});

/** The default plan with satisfaction replaced by a manager's 群众评议 worth the same 15 points. */
const withReview = plan([
  ...defaultAssessmentPlan.items.filter((i) => i.key !== 'satisfaction'),
  { key: 'residentReview', weight: 15, source: 'manual', metric: null, inspectionTarget: null },
]);

const score = (facts: MonthlyFacts, deductions: { reason: string; points: number }[] = []) =>
  workerScore(defaultAssessmentPlan, facts, {}, deductions);

describe("a worker's month with every figure given", () => {
  const sheet = score(
    month({
      visitCoverage: of(45, 50),
      caseOnTime: of(18, 20),
      firstContact: of(12, 16),
      trainingAttendance: of(3, 4),
      inspections: 6,
      satisfaction: of(17, 18),
    }),
    [{ reason: 'late to the weekly meeting', points: 2 }],
  );

  it('scores each item as its weight times the rate, to one decimal, half up', () => {
    expect(sheet.lines.map((l) => [l.key, l.points])).toEqual([
      ['visitCoverage', 22.5],
      ['caseOnTime', 22.5],
      ['firstContact', 11.3], // 15 × 12/16 = 11.25
      ['trainingAttendance', 7.5],
      ['inspections', 7.5], // 10 × 6/8
      ['satisfaction', 14.2], // 15 × 17/18 = 14.17
    ]);
  });

  it('adds the items, takes off the deductions and grades the total', () => {
    expect(sheet).toMatchObject({ earned: 85.5, deducted: 2, deductedApplied: 2, total: 83.5, grade: 'good' });
    expect(sheet.complete).toBe(true);
  });

  it('shows how each number was computed', () => {
    expect(sheet.lines[2]).toEqual({
      key: 'firstContact',
      source: 'data',
      metric: 'firstContact',
      points: 11.3,
      max: 15,
      rate: 0.75,
      numerator: 12,
      denominator: 16,
      basis: 'rate',
      capped: false,
    });
    expect(sheet.lines[4]).toMatchObject({ numerator: 6, denominator: 8, rate: 0.75, basis: 'target', max: 10 });
  });
});

describe('rounding', () => {
  it.each([
    [of(2, 3), 25, 16.7],
    [of(1, 4), 15, 3.8],
    [of(1, 8), 25, 3.1],
    [of(5, 8), 10, 6.3],
    [of(1, 3), 10, 3.3],
    [of(0, 7), 25, 0],
  ])('%o of %d points is %d', (fraction, weight, points) => {
    expect(itemScore(item('visitCoverage', { weight }), month({ visitCoverage: fraction })).points).toBe(points);
  });

  it('sums tenths exactly, where floating point would not', () => {
    const manual = (key: string) => ({
      key,
      weight: 50,
      source: 'manual' as const,
      metric: null,
      inspectionTarget: null,
    });
    const sheet = workerScore(plan([manual('a'), manual('b')]), month(), { a: 0.1, b: 0.2 }, []);
    expect(sheet.total).toBe(0.3);
  });
});

describe('a month with nothing to do for an item', () => {
  const sheet = score(month({ caseOnTime: of(0, 0), firstContact: of(0, 0), satisfaction: of(0, 0) }));

  it('gives the full weight and says there was nothing to do', () => {
    expect(sheet.lines[1]).toMatchObject({ points: 25, max: 25, rate: null, basis: 'nothingToDo', denominator: 0 });
    expect(sheet.lines[2]).toMatchObject({ points: 15, basis: 'nothingToDo' });
    expect(sheet.total).toBe(100);
  });

  it('still scores no work done as nothing', () => {
    expect(score(month({ visitCoverage: of(0, 40) })).lines[0]).toMatchObject({ points: 0, rate: 0, basis: 'rate' });
    expect(score(month({ inspections: 0 })).lines[4]).toMatchObject({ points: 0, numerator: 0, denominator: 8 });
  });
});

describe('inspections', () => {
  it('earn no more than the weight above the target, and say the rate stopped at 1', () => {
    expect(score(month({ inspections: 11 })).lines[4]).toMatchObject({
      points: 10,
      rate: 1,
      numerator: 11,
      denominator: 8,
      capped: true,
    });
  });

  it('are measured against the plan’s target', () => {
    expect(itemScore(item('inspections', { inspectionTarget: 4 }), month({ inspections: 3 })).points).toBe(7.5);
  });
});

describe('deductions', () => {
  it('never take the total below 0, and keep what was recorded', () => {
    const facts = month({
      visitCoverage: of(0, 50),
      caseOnTime: of(0, 20),
      firstContact: of(0, 16),
      trainingAttendance: of(0, 4),
      satisfaction: of(0, 18),
      inspections: 4,
    });
    const sheet = score(facts, [
      { reason: 'absent without leave', points: 3 },
      { reason: 'false visit records', points: 4.5 },
    ]);
    expect(sheet).toMatchObject({ earned: 5, deducted: 7.5, deductedApplied: 5, total: 0, grade: 'fail' });
    expect(sheet.deductions).toHaveLength(2);
  });

  it('are positive tenths of a point', () => {
    expect(deductionProblem(0.5)).toBeNull();
    expect(deductionProblem(-1)).toBe('deductionNotPositive');
    expect(() => score(month(), [{ reason: 'x', points: 0 }])).toThrow(RangeError);
    expect(() => score(month(), [{ reason: 'x', points: 0.25 }])).toThrow(RangeError);
  });
});

describe('grades', () => {
  it('give 优秀 at exactly 90.0 and 良好 at 89.9', () => {
    const ninety = score(month({ inspections: 0 }));
    expect(ninety).toMatchObject({ total: 90, grade: 'excellent' });
    // 25 × 249/250 = 24.9.
    const justBelow = score(month({ inspections: 0, visitCoverage: of(249, 250) }));
    expect(justBelow).toMatchObject({ total: 89.9, grade: 'good' });
  });

  it.each([
    [100, 'excellent'],
    [80, 'good'],
    [79.9, 'pass'],
    [60, 'pass'],
    [59.9, 'fail'],
    [0, 'fail'],
  ] as const)('%d is %s under the default thresholds', (total, grade) => {
    expect(gradeOf(total, defaultAssessmentPlan.grades)).toBe(grade);
  });

  it('follow the plan’s own thresholds', () => {
    expect(gradeOf(86, { excellent: 85, good: 75, pass: 60 })).toBe('excellent');
  });
});

describe('a manual item', () => {
  it('scores what the manager entered', () => {
    const sheet = workerScore(withReview, month(), { residentReview: 12.5 }, []);
    expect(sheet.lines[5]).toMatchObject({ key: 'residentReview', points: 12.5, max: 15, basis: 'manual', rate: null });
    expect(sheet).toMatchObject({ total: 97.5, complete: true });
  });

  it('scores nothing until entered, and marks the month incomplete', () => {
    const sheet = workerScore(withReview, month(), {}, []);
    expect(sheet.lines[5]).toMatchObject({ points: 0, basis: 'notEntered' });
    expect(sheet).toMatchObject({ total: 85, complete: false });
  });

  it('takes from 0 to its weight in tenths', () => {
    const review = withReview.items[5]!;
    expect(manualPointsProblem(review, 0)).toBeNull();
    expect(manualPointsProblem(review, 15)).toBeNull();
    expect(manualPointsProblem(review, 15.1)).toBe('manualPointsOutOfRange');
    expect(manualPointsProblem(review, -1)).toBe('manualPointsOutOfRange');
    expect(manualPointsProblem(review, 12.55)).toBe('manualPointsOutOfRange');
    expect(() => workerScore(withReview, month(), { residentReview: 16 }, [])).toThrow(RangeError);
  });

  it('refuses points for an item the plan does not have as manual', () => {
    expect(() => workerScore(withReview, month(), { caseOnTime: 20 }, [])).toThrow(RangeError);
    expect(() => workerScore(withReview, month(), { bonus: 1 }, [])).toThrow(RangeError);
  });
});

describe("a plan's problems", () => {
  it('finds none in the default plan of DOMAIN.md', () => {
    expect(planProblems(defaultAssessmentPlan)).toEqual([]);
    expect(defaultAssessmentPlan.items.map((i) => [i.key, i.weight])).toEqual([
      ['visitCoverage', 25],
      ['caseOnTime', 25],
      ['firstContact', 15],
      ['trainingAttendance', 10],
      ['inspections', 10],
      ['satisfaction', 15],
    ]);
    expect(defaultAssessmentPlan).toMatchObject({ grades: { excellent: 90, good: 80, pass: 60 }, bottomCount: 1 });
  });

  it.each([
    [24, 99],
    [26, 101],
  ])('refuses weights summing to %d + 75 = %d', (weight, sum) => {
    const items = defaultAssessmentPlan.items.map((i) => (i.key === 'visitCoverage' ? { ...i, weight } : i));
    expect(planProblems(plan(items))).toEqual([{ problem: 'weightsNotHundred', sum }]);
    expect(() => workerScore(plan(items), month(), {}, [])).toThrow(RangeError);
  });

  it('names each bad item', () => {
    const manual = { source: 'manual' as const, metric: null, inspectionTarget: null };
    const problems = planProblems(
      plan([
        item('visitCoverage', { weight: 40 }),
        item('caseOnTime', { key: 'visitCoverage', weight: 20 }),
        item('firstContact', { weight: 0 }),
        item('inspections', { inspectionTarget: 0, weight: 10.5 }),
        { key: 'noMetric', weight: 15, source: 'data', metric: null, inspectionTarget: null },
        item('satisfaction', { key: 'again', metric: 'visitCoverage', weight: 5 }),
        { ...manual, key: 'Review', weight: 5, metric: 'satisfaction' },
        { ...manual, key: 'minus', weight: -5 },
      ]),
    );
    expect(problems).toEqual([
      { problem: 'duplicateKey', key: 'visitCoverage' },
      { problem: 'weightNotPositive', key: 'firstContact' },
      { problem: 'weightNotWhole', key: 'inspections' },
      { problem: 'inspectionTargetNotPositive', key: 'inspections' },
      { problem: 'metricMissing', key: 'noMetric' },
      { problem: 'duplicateMetric', key: 'again' },
      { problem: 'keyInvalid', key: 'Review' },
      { problem: 'metricOnManualItem', key: 'Review' },
      { problem: 'weightNotPositive', key: 'minus' },
      { problem: 'weightsNotHundred', sum: 90.5 },
    ]);
  });

  it('wants an inspections target and grade thresholds that step down', () => {
    const noTarget = defaultAssessmentPlan.items.map((i) => ({ ...i, inspectionTarget: null }));
    expect(planProblems(plan(noTarget))).toEqual([{ problem: 'inspectionTargetNotPositive', key: 'inspections' }]);
    const grades = { excellent: 80, good: 80, pass: 60 };
    expect(planProblems({ ...defaultAssessmentPlan, grades })).toEqual([{ problem: 'gradeThresholdsOutOfOrder' }]);
    expect(planProblems({ ...defaultAssessmentPlan, bottomCount: -1 })).toEqual([{ problem: 'bottomCountInvalid' }]);
  });
});
