// The monthly assessment on a hand-built October: each worker's items, total, grade, rank and 末位 flag worked out
// by hand; a saved plan with a manual item, manual points and a deduction moving the ranking; refusals that change
// nothing; a grid worker reading their own sheet only; a worker eliminated mid-month ranked that month only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/contract';
import { defaultAssessmentPlan } from '../../src/shared/domain/assessment';
import { validationMessage } from '../../src/shared/i18n/validation';
import { type AssessmentDesk, startAssessmentDesk } from '../support/assessmentMonth';

let a: AssessmentDesk;
let manager: string;

beforeAll(() => {
  a = startAssessmentDesk();
  manager = a.tokens.manager;
});
afterAll(() => a.desk.close());

const october = '2026-10';
const ranking = (month = october) => a.desk.call('team.ranking', { month }, manager).rows;
const sheet = (staffId: number) => a.desk.call('team.scoreSheet', { month: october, staffId }, manager);
const pointsOf = (staffId: number) =>
  Object.fromEntries(sheet(staffId).lines.map((l) => [l.key, [l.numerator, l.denominator, l.points, l.basis]]));

/** A refused call: its code, reason and issues, and the database exactly as it was. */
function refused(procedure: string, input: unknown, token: string) {
  const before = a.desk.snapshot();
  const envelope = a.desk.raw(procedure, input, token) as {
    ok: false;
    error: { code: string; reason?: string; issues?: { path: (string | number)[]; message: string }[] };
  };
  expect(envelope.ok).toBe(false);
  expect(a.desk.snapshot()).toEqual(before);
  return envelope.error;
}

describe('October under the default plan', () => {
  it('answers the default plan with labels null until a manager saves one', () => {
    const inForce = a.desk.call('team.assessmentPlan', {}, manager);
    expect(inForce.isDefault).toBe(true);
    expect(inForce.savedAt).toBeNull();
    expect(inForce.plan.items.map((i) => [i.key, i.weight, i.label])).toEqual(
      defaultAssessmentPlan.items.map((i) => [i.key, i.weight, null]),
    );
  });

  it('counts each item of 刘建华 from the month’s records', () => {
    expect(pointsOf(a.staffIds.liu)).toEqual({
      // 4 households in his grids (the archived one left out), 3 visited in October.
      visitCoverage: [3, 4, 18.8, 'rate'],
      // Resolved in October: one on time, one late; one still open past its deadline counts late.
      caseOnTime: [1, 3, 8.3, 'rate'],
      firstContact: [1, 2, 7.5, 'rate'],
      trainingAttendance: [1, 2, 5, 'rate'],
      // 10 against the target of 8: full weight, no more.
      inspections: [10, 8, 10, 'target'],
      // September's case followed up in October counts in October.
      satisfaction: [2, 2, 15, 'rate'],
    });
  });

  it('counts 王芳 and 李明 (no cases: nothing to do earns the weight)', () => {
    expect(pointsOf(a.staffIds.wang)).toEqual({
      visitCoverage: [1, 2, 12.5, 'rate'],
      caseOnTime: [2, 2, 25, 'rate'],
      firstContact: [1, 2, 7.5, 'rate'],
      trainingAttendance: [1, 1, 10, 'rate'],
      inspections: [4, 8, 5, 'target'],
      satisfaction: [1, 2, 7.5, 'rate'],
    });
    expect(pointsOf(a.staffIds.li)).toEqual({
      visitCoverage: [1, 1, 25, 'rate'],
      caseOnTime: [0, 0, 25, 'nothingToDo'],
      firstContact: [0, 0, 15, 'nothingToDo'],
      trainingAttendance: [0, 1, 0, 'rate'],
      inspections: [0, 8, 0, 'target'],
      satisfaction: [0, 0, 15, 'nothingToDo'],
    });
  });

  it('ranks the three with totals, grades and the bottom one flagged', () => {
    expect(ranking().map((r) => [r.name, r.total, r.grade, r.rank, r.bottom, r.complete, r.status])).toEqual([
      ['李明', 80, 'good', 1, false, true, 'eliminated'],
      ['王芳', 67.5, 'pass', 2, false, true, 'active'],
      ['刘建华', 64.6, 'pass', 3, true, true, 'active'],
    ]);
    expect(ranking().find((r) => r.name === '刘建华')?.grids).toEqual(['振兴社区 / 第一网格']);
    const own = sheet(a.staffIds.liu);
    expect([own.rank, own.bottom, own.earned, own.total, own.month]).toEqual([3, true, 64.6, 64.6, october]);
  });

  it('ranks full- and part-time workers apart, flagging the bottom of each', () => {
    // 王芳 as a part-time information officer: she is no longer measured against the full-time workers.
    const employ = a.desk.app.database.sqlite.prepare('update staff set employment = ? where id = ?');
    employ.run('part_time', a.staffIds.wang);
    try {
      expect(ranking().map((r) => [r.name, r.employment, r.rank, r.bottom])).toEqual([
        ['李明', 'full_time', 1, false],
        ['刘建华', 'full_time', 2, true],
        ['王芳', 'part_time', 1, true],
      ]);
    } finally {
      employ.run('full_time', a.staffIds.wang);
    }
  });

  it('ranks a worker eliminated mid-month in that month and not the next', () => {
    expect(ranking('2026-11').map((r) => r.name)).not.toContain('李明');
    expect(ranking('2026-11')).toHaveLength(2);
    const error = refused('team.scoreSheet', { month: '2026-11', staffId: a.staffIds.li }, manager);
    expect([error.code, error.reason]).toEqual(['NOT_FOUND', 'teamMemberNotFound']);
  });

  it('refuses a month not yet begun', () => {
    const error = refused('team.ranking', { month: '2026-12' }, manager);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      { path: ['month'], message: validationMessage('zh-CN', 'assessmentMonthInFuture', { month: '2026-12' }) },
    ]);
  });
});

describe('who reads a score sheet', () => {
  it('gives a grid worker their own sheet and refuses another’s', () => {
    const own = a.desk.call('team.scoreSheet', { month: october }, a.tokens.worker);
    expect([own.staffId, own.total]).toEqual([a.staffIds.liu, 64.6]);
    expect(a.desk.call('team.scoreSheet', { month: october, staffId: a.staffIds.liu }, a.tokens.worker).total).toBe(
      64.6,
    );
    const error = refused('team.scoreSheet', { month: october, staffId: a.staffIds.wang }, a.tokens.worker);
    expect([error.code, error.reason]).toEqual(['FORBIDDEN', 'notYourScoreSheet']);
    expect(a.desk.call('team.scoreSheet', { month: october }, a.wangToken).staffId).toBe(a.staffIds.wang);
  });

  it('asks a manager whose sheet, and refuses the ranking to a grid worker', () => {
    expect(refused('team.scoreSheet', { month: october }, manager).issues?.[0]?.path).toEqual(['staffId']);
    expect(refused('team.ranking', { month: october }, a.tokens.worker).code).toBe('FORBIDDEN');
  });
});

describe('a plan with a manual item, manual points and deductions', () => {
  const plan: InputOf<'team.saveAssessmentPlan'>['plan'] = {
    items: [
      ...defaultAssessmentPlan.items.map((i) => ({ ...i, weight: i.key === 'visitCoverage' ? 20 : i.weight })),
      { key: 'publicReview', weight: 5, source: 'manual', metric: null, inspectionTarget: null, label: '群众评议' },
    ],
    grades: { excellent: 90, good: 80, pass: 60 },
    bottomCount: 1,
  };

  it('refuses weights that add up to 99 and changes nothing', () => {
    const short = { ...plan, items: plan.items.map((i) => (i.key === 'publicReview' ? { ...i, weight: 4 } : i)) };
    const error = refused('team.saveAssessmentPlan', { plan: short }, manager);
    expect(error.issues).toEqual([
      { path: ['plan', 'items'], message: validationMessage('zh-CN', 'weightsNotHundred', { sum: 99 }) },
    ]);
    expect(a.desk.call('team.assessmentPlan', {}, manager).isDefault).toBe(true);
  });

  it('refuses a plan with other problems as one list on the plan', () => {
    const twice = {
      ...plan,
      items: [...plan.items.slice(0, -1), { ...plan.items[0], key: 'publicReview', weight: 5 }],
    };
    const error = refused('team.saveAssessmentPlan', { plan: twice }, manager);
    expect(error.issues).toEqual([
      {
        path: ['plan'],
        message: validationMessage('zh-CN', 'planInvalid', { problems: 'duplicateMetric (publicReview)' }),
      },
    ]);
  });

  it('saves the plan, audited; totals are provisional until the manual item is entered', () => {
    const saved = a.desk.call('team.saveAssessmentPlan', { plan }, manager);
    expect([saved.isDefault, saved.savedAt]).toEqual([false, a.desk.app.router.clock.now()]);
    expect(a.desk.call('team.assessmentPlan', {}, manager).plan.items.at(-1)?.label).toBe('群众评议');
    expect(a.desk.count('assessment_plans')).toBe(1);
    // 刘建华 20 × 3/4 = 15.0, 王芳 20 × 1/2 = 10.0.
    expect(ranking().map((r) => [r.name, r.total, r.rank, r.bottom, r.complete])).toEqual([
      ['李明', 75, 1, false, false],
      ['王芳', 65, 2, false, false],
      ['刘建华', 60.8, 3, true, false],
    ]);
  });

  it('refuses points for an unknown item or out of range, and an empty deduction', () => {
    const base = { month: october, staffId: a.staffIds.liu };
    expect(refused('team.setManualPoints', { ...base, itemKey: 'visitCoverage', points: 3 }, manager).issues).toEqual([
      { path: ['itemKey'], message: validationMessage('zh-CN', 'manualItemUnknown') },
    ]);
    expect(refused('team.setManualPoints', { ...base, itemKey: 'publicReview', points: 5.5 }, manager).issues).toEqual([
      { path: ['points'], message: validationMessage('zh-CN', 'manualPointsOutOfRange', { max: 5 }) },
    ]);
    expect(refused('team.setManualPoints', { ...base, itemKey: 'publicReview', points: 1.25 }, manager).code).toBe(
      'VALIDATION',
    );
    expect(refused('team.addDeduction', { ...base, reason: '迟到', points: 0 }, manager).issues).toEqual([
      { path: ['points'], message: validationMessage('zh-CN', 'deductionNotPositive') },
    ]);
    expect(refused('team.removeDeduction', { id: 999 }, manager).reason).toBe('deductionNotFound');
    // 李明 left the roster in October: nothing is written for his November.
    const november = { month: '2026-11', staffId: a.staffIds.li, itemKey: 'publicReview', points: 3 };
    expect(refused('team.setManualPoints', november, manager).reason).toBe('teamMemberNotFound');
    expect(refused('team.addDeduction', { ...base, reason: '迟到', points: 1 }, a.tokens.worker).code).toBe(
      'FORBIDDEN',
    );
  });

  it('moves the total and the 末位 flag with manual points and a deduction, each audited', () => {
    const base = { month: october, staffId: a.staffIds.liu };
    const audits = a.desk.count('audit_log');
    const entered = a.desk.call('team.setManualPoints', { ...base, itemKey: 'publicReview', points: 4.5 }, manager);
    const review = entered.lines.find((l) => l.key === 'publicReview');
    expect([review?.points, review?.label, review?.basis, entered.total, entered.complete]).toEqual([
      4.5,
      '群众评议',
      'manual',
      65.3,
      true,
    ]);
    expect([entered.rank, entered.bottom]).toEqual([2, false]);
    expect(ranking().find((r) => r.bottom)?.name).toBe('王芳');
    // Entering again replaces the points.
    expect(a.desk.call('team.setManualPoints', { ...base, itemKey: 'publicReview', points: 4 }, manager).total).toBe(
      64.8,
    );

    const deducted = a.desk.call('team.addDeduction', { ...base, reason: '月报迟交', points: 2.5 }, manager);
    expect([deducted.deducted, deducted.deductedApplied, deducted.total, deducted.rank, deducted.bottom]).toEqual([
      2.5,
      2.5,
      62.3,
      3,
      true,
    ]);
    expect(deducted.deductions.map((d) => [d.reason, d.points])).toEqual([['月报迟交', 2.5]]);
    const restored = a.desk.call('team.removeDeduction', { id: deducted.deductions[0]?.id ?? 0 }, manager);
    expect([restored.total, restored.deductions]).toEqual([64.8, []]);
    expect(a.desk.count('audit_log') - audits).toBe(4);
  });
});
