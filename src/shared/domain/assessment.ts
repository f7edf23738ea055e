// Assessment 考核 of grid workers (DOMAIN.md "Grid-staff team building", a local, configurable rule): the plan, a
// worker's monthly score sheet and the ranking. Pure: the service gathers each worker's month, this module scores it.

/** The figures a data item is scored from; the item key of the default plan is the metric's name. */
export const assessmentMetrics = [
  'visitCoverage',
  'caseOnTime',
  'firstContact',
  'trainingAttendance',
  'inspections',
  'satisfaction',
] as const;
export type AssessmentMetric = (typeof assessmentMetrics)[number];

/** data: computed from the month's records; manual: points a manager enters (群众评议, a task well done…). */
export const itemSources = ['data', 'manual'] as const;
export type ItemSource = (typeof itemSources)[number];

/** 优秀, 良好, 合格, 不合格. */
export const assessmentGrades = ['excellent', 'good', 'pass', 'fail'] as const;
export type AssessmentGrade = (typeof assessmentGrades)[number];

/**
 * One scored item. Shaped like a stored row (nullable metric and target), so a plan read from the database or a
 * form is checked by `planProblems` rather than trusted to its type. The key names the item on screens (i18n).
 */
export interface AssessmentItem {
  key: string;
  /** Whole points out of the plan's 100. */
  weight: number;
  source: ItemSource;
  /** Required on a data item; null on a manual one. */
  metric: AssessmentMetric | null;
  /** Inspections a month that earn the full weight; only the inspections item has one. */
  inspectionTarget: number | null;
}

/** Lowest totals (in points) of each grade above 不合格. */
export interface GradeThresholds {
  excellent: number;
  good: number;
  pass: number;
}

export interface AssessmentPlan {
  items: AssessmentItem[];
  grades: GradeThresholds;
  /** How many ranks from the bottom are flagged 末位 each month. */
  bottomCount: number;
}

const dataItem = (metric: AssessmentMetric, weight: number, inspectionTarget: number | null = null) =>
  ({ key: metric, weight, source: 'data', metric, inspectionTarget }) as const;

/** The plan of DOMAIN.md: six data items out of 100, two inspections a week for full marks. */
export const defaultAssessmentPlan: AssessmentPlan = {
  items: [
    dataItem('visitCoverage', 25),
    dataItem('caseOnTime', 25),
    dataItem('firstContact', 15),
    dataItem('trainingAttendance', 10),
    dataItem('inspections', 10, 8),
    dataItem('satisfaction', 15),
  ],
  grades: { excellent: 90, good: 80, pass: 60 },
  bottomCount: 1,
};

/** Everything that makes a plan unusable; item problems name the item's key. */
export type PlanProblem =
  | { problem: 'weightsNotHundred'; sum: number }
  | { problem: 'duplicateKey' | 'keyInvalid' | 'weightNotPositive' | 'weightNotWhole' | 'metricMissing'; key: string }
  | { problem: 'metricOnManualItem' | 'duplicateMetric' | 'inspectionTargetNotPositive'; key: string }
  | { problem: 'gradeThresholdsOutOfOrder' | 'bottomCountInvalid' };

// A key becomes an i18n key and a column in exports: a plain identifier.
const keyPattern = /^[a-z][A-Za-z0-9_]*$/;

/** Everything wrong with a plan, in the order of its items; empty when it can be used. */
export function planProblems(plan: AssessmentPlan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const seenKeys = new Set<string>();
  const seenMetrics = new Set<AssessmentMetric>();
  for (const item of plan.items) {
    const { key } = item;
    if (!keyPattern.test(key)) problems.push({ problem: 'keyInvalid', key });
    if (seenKeys.has(key)) problems.push({ problem: 'duplicateKey', key });
    seenKeys.add(key);
    if (!Number.isFinite(item.weight) || item.weight <= 0) problems.push({ problem: 'weightNotPositive', key });
    else if (!Number.isInteger(item.weight)) problems.push({ problem: 'weightNotWhole', key });
    if (item.source === 'manual') {
      if (item.metric !== null) problems.push({ problem: 'metricOnManualItem', key });
      continue;
    }
    if (item.metric === null) {
      problems.push({ problem: 'metricMissing', key });
      continue;
    }
    // The same figure scored twice would count one piece of work double.
    if (seenMetrics.has(item.metric)) problems.push({ problem: 'duplicateMetric', key });
    seenMetrics.add(item.metric);
    const target = item.inspectionTarget;
    if (item.metric === 'inspections' && (target === null || !Number.isInteger(target) || target <= 0)) {
      problems.push({ problem: 'inspectionTargetNotPositive', key });
    }
  }
  const sum = plan.items.reduce((total, item) => total + item.weight, 0);
  if (sum !== 100) problems.push({ problem: 'weightsNotHundred', sum });
  const { excellent, good, pass } = plan.grades;
  if (!(excellent <= 100 && good < excellent && pass < good && pass > 0)) {
    problems.push({ problem: 'gradeThresholdsOutOfOrder' });
  }
  if (!Number.isInteger(plan.bottomCount) || plan.bottomCount < 0) problems.push({ problem: 'bottomCountInvalid' });
  return problems;
}

/** Part of a whole: households visited of those in the worker's grids, cases on time of cases counted… */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/**
 * One worker's month as the service gathers it. Suggested readings: visitCoverage = households visited / households
 * in their grids; caseOnTime = cases resolved by their deadline / cases due or resolved in the month (a case still
 * open past its deadline counts as late, so holding cases back never helps); firstContact = resolved on first
 * contact / resolved; trainingAttendance = sessions attended / sessions the worker was expected at; satisfaction =
 * satisfied follow-ups / follow-ups; inspections = inspections the worker made (the plan holds the target).
 */
export interface MonthlyFacts {
  visitCoverage: Fraction;
  caseOnTime: Fraction;
  firstContact: Fraction;
  trainingAttendance: Fraction;
  satisfaction: Fraction;
  inspections: number;
}

/** How an item's points came about: a rate, inspections against the target, nothing to do, entered, not entered. */
export type ItemBasis = 'rate' | 'target' | 'nothingToDo' | 'manual' | 'notEntered';

export interface ItemScore {
  key: string;
  source: ItemSource;
  metric: AssessmentMetric | null;
  /** Points earned, to one decimal. */
  points: number;
  /** The item's weight. */
  max: number;
  /** The share of the weight earned (0..1) as counted; null for manual items and when there was nothing to do. */
  rate: number | null;
  numerator: number | null;
  /** For inspections, the plan's target. */
  denominator: number | null;
  basis: ItemBasis;
  /** More was done than the item counts (above the target): the rate stops at 1. */
  capped: boolean;
}

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** Points in tenths, or null when they are not a whole number of tenths. */
export function tenthsOf(points: number): number | null {
  const tenths = Math.round(points * 10);
  return Number.isFinite(points) && Math.abs(points * 10 - tenths) < 1e-6 ? tenths : null;
}

/** `weight × part / whole` in tenths, rounded half up in integers: 25 × 2/3 = 16.67 → 16.7, 15 × 1/4 = 3.75 → 3.8. */
function shareTenths(weight: number, part: number, whole: number): number {
  return Math.floor((2 * weight * 10 * part + whole) / (2 * whole));
}

/** A manager's points on a manual item: from 0 to the weight, in tenths. */
export function manualPointsProblem(item: AssessmentItem, points: number): 'manualPointsOutOfRange' | null {
  const tenths = tenthsOf(points);
  return tenths === null || tenths < 0 || tenths > item.weight * 10 ? 'manualPointsOutOfRange' : null;
}

/** One item of a worker's month, with how it was computed. Throws on facts the service could not have counted. */
export function itemScore(
  item: AssessmentItem,
  facts: MonthlyFacts,
  manualPoints: Readonly<Record<string, number>> = {},
): ItemScore {
  const line = { key: item.key, source: item.source, metric: item.metric, max: item.weight };
  if (item.source === 'manual') {
    const points = manualPoints[item.key];
    const none = { rate: null, numerator: null, denominator: null, capped: false };
    if (points === undefined) return { ...line, points: 0, ...none, basis: 'notEntered' };
    if (manualPointsProblem(item, points) !== null) throw new RangeError(`Points out of range for ${item.key}`);
    return { ...line, points: (tenthsOf(points) ?? 0) / 10, ...none, basis: 'manual' };
  }
  const metric = item.metric;
  if (metric === null) throw new RangeError(`Data item without a metric: ${item.key}`);
  const { numerator, denominator } =
    metric === 'inspections'
      ? { numerator: facts.inspections, denominator: item.inspectionTarget ?? 0 }
      : facts[metric];
  if (!isCount(numerator) || !isCount(denominator)) throw new RangeError(`Not counts for ${item.key}`);
  if (metric === 'inspections' && denominator === 0) throw new RangeError(`No inspection target on ${item.key}`);
  // Nothing to do (no cases, no follow-ups, no session held) is full points, shown as such on the sheet. The local
  // plans deduct for work left undone (无此项任务不扣分), and every worker keeps the same items and weights out of
  // 100; spreading the weight over the other items instead would make one missed session cost more for some.
  if (denominator === 0) {
    return { ...line, points: item.weight, rate: null, numerator, denominator, basis: 'nothingToDo', capped: false };
  }
  // Work beyond the whole (inspections above the target) earns no more than the weight.
  const counted = Math.min(numerator, denominator);
  return {
    ...line,
    points: shareTenths(item.weight, counted, denominator) / 10,
    rate: counted / denominator,
    numerator,
    denominator,
    basis: metric === 'inspections' ? 'target' : 'rate',
    capped: numerator > denominator,
  };
}

/** 违纪 and the like: a reason and the points taken off, to one decimal (0.5 for a late report…). */
export interface Deduction {
  reason: string;
  points: number;
}

/** A deduction takes off a positive number of tenths of a point. */
export function deductionProblem(points: number): 'deductionNotPositive' | null {
  const tenths = tenthsOf(points);
  return tenths === null || tenths <= 0 ? 'deductionNotPositive' : null;
}

export interface WorkerScore {
  lines: ItemScore[];
  /** The items' points before deductions. */
  earned: number;
  deductions: Deduction[];
  /** The deductions as recorded. */
  deducted: number;
  /** What was taken off: the deductions, but never more than was earned. */
  deductedApplied: number;
  /** 0..100, to one decimal. */
  total: number;
  grade: AssessmentGrade;
  /** Every manual item has been entered; until then the total is provisional. */
  complete: boolean;
}

/** The grade of a total under a plan's thresholds: 优秀 from 90.0, 良好 from 80.0, 合格 from 60.0 by default. */
export function gradeOf(total: number, grades: GradeThresholds): AssessmentGrade {
  const tenths = Math.round(total * 10);
  const atLeast = (threshold: number) => tenths >= Math.round(threshold * 10);
  if (atLeast(grades.excellent)) return 'excellent';
  if (atLeast(grades.good)) return 'good';
  return atLeast(grades.pass) ? 'pass' : 'fail';
}

/**
 * A worker's month under a plan: each item's points (summed in tenths, so the total is exact), minus the deductions,
 * never below 0. Throws on a plan with problems or on manual points for an item the plan does not have as manual.
 */
export function workerScore(
  plan: AssessmentPlan,
  facts: MonthlyFacts,
  manualPoints: Readonly<Record<string, number>>,
  deductions: readonly Deduction[],
): WorkerScore {
  const problems = planProblems(plan);
  if (problems.length > 0) throw new RangeError(`Plan not usable: ${problems.map((p) => p.problem).join(', ')}`);
  for (const key of Object.keys(manualPoints)) {
    if (!plan.items.some((item) => item.key === key && item.source === 'manual')) {
      throw new RangeError(`No manual item ${key} in the plan`);
    }
  }
  const lines = plan.items.map((item) => itemScore(item, facts, manualPoints));
  // Each line's points are a whole number of tenths; adding those integers keeps the total exact.
  const earned = lines.reduce((sum, line) => sum + Math.round(line.points * 10), 0);
  const deducted = deductions.reduce((sum, d) => {
    if (deductionProblem(d.points) !== null) throw new RangeError(`Not a deduction: ${d.points}`);
    return sum + (tenthsOf(d.points) ?? 0);
  }, 0);
  const applied = Math.min(deducted, earned);
  const total = (earned - applied) / 10;
  return {
    lines,
    earned: earned / 10,
    deductions: [...deductions],
    deducted: deducted / 10,
    deductedApplied: applied / 10,
    total,
    grade: gradeOf(total, plan.grades),
    complete: lines.every((line) => line.basis !== 'notEntered'),
  };
}
