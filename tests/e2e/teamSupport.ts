// Steps the team spec takes more than once: last month, a worker picked by a name no other name contains, and a
// score sheet read off the screen as a person reads it, line by line, against the sheet the API gives.
import { expect, type Page } from '@playwright/test';
import type { ScoreSheet } from '../../src/shared/contract/team';
import type { AssessmentMetric } from '../../src/shared/domain/assessment';

/** The month before a YYYY-MM month. */
export function monthBefore(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

/** 2026-10 as the screens write it: 2026年10月. */
export function monthWords(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${year}年${number}月`;
}

/** Names no other name on the list contains, so that a row found by its text is that worker's alone. */
export function distinctNames<T extends { name: string }>(rows: T[]): T[] {
  return rows.filter((row) => rows.every((other) => other === row || !other.name.includes(row.name)));
}

const metricNames: Record<AssessmentMetric, string> = {
  visitCoverage: '入户走访覆盖率',
  caseOnTime: '诉求按时办结率',
  firstContact: '首接办结率',
  trainingAttendance: '培训出勤率',
  inspections: '场所巡查',
  satisfaction: '群众满意率',
};

const counted: Record<AssessmentMetric, (n: number, d: number) => string> = {
  visitCoverage: (n, d) => `走访 ${n} 户 / 应走访 ${d} 户`,
  caseOnTime: (n, d) => `按时办结 ${n} 件 / 应办结 ${d} 件`,
  firstContact: (n, d) => `首接办结 ${n} 件 / 办结 ${d} 件`,
  trainingAttendance: (n, d) => `出勤 ${n} 次 / 应参加 ${d} 次`,
  satisfaction: (n, d) => `满意 ${n} 件 / 回访 ${d} 件`,
  inspections: (n, d) => `巡查 ${n} 次 / 目标 ${d} 次`,
};

const gradeNames: Record<ScoreSheet['grade'], string> = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  fail: '不合格',
};

export function gradeName(grade: ScoreSheet['grade']): string {
  return gradeNames[grade];
}

/** Points as the sheet writes them: one decimal always. */
export function pointsText(points: number): string {
  return points.toFixed(1);
}

type Line = ScoreSheet['lines'][number];

/** What the 计算方法 column should say for a line: the counts, and for a rate the sum that gives its points. */
function howOf(line: Line): string {
  if (line.basis === 'manual') return '人工评分';
  if (line.basis === 'notEntered') return '未录入';
  if (line.basis === 'nothingToDo') return '本月无此项任务，得满分';
  const counts = line.metric ? counted[line.metric](line.numerator ?? 0, line.denominator ?? 0) : '';
  const capped = line.capped ? '（超出部分不另计分）' : '';
  if (line.basis === 'target') return `${counts}${capped}`;
  const rate = ((line.rate ?? 0) * 100).toFixed(1);
  return `${counts} = ${rate}% × ${line.max} 分 = ${pointsText(line.points)} 分${capped}`;
}

/**
 * The score sheet on screen is the API's: name and month, each item's name, how it was counted and its points out
 * of its weight, the grade, total, rank, and earned − deducted = total.
 */
export async function expectSheetShown(page: Page, sheet: ScoreSheet, rankText: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${sheet.name}${monthWords(sheet.month)}`);
  const head = page.locator('.assessment-sheet-head');
  await expect(head.locator('.ant-tag').first()).toHaveText(gradeName(sheet.grade));
  await expect(head.locator('.ant-tag', { hasText: '末位' })).toHaveCount(sheet.bottom ? 1 : 0);
  const figure = (title: string) =>
    head.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
  await expect(figure('总分')).toHaveText(pointsText(sheet.total));
  await expect(figure('名次')).toHaveText(rankText);

  const rows = page.locator('.assessment-card').first().locator('.ant-table-row');
  await expect(rows).toHaveCount(sheet.lines.length);
  for (const [index, line] of sheet.lines.entries()) {
    const cells = rows.nth(index).locator('td');
    await expect(cells.nth(0)).toHaveText(line.metric ? metricNames[line.metric] : (line.label ?? line.key));
    await expect(cells.nth(1)).toHaveText(howOf(line));
    const points = line.basis === 'notEntered' ? '—' : pointsText(line.points);
    await expect(cells.nth(2)).toHaveText(`${points} / ${line.max}`);
  }
  await expect(page.locator('.assessment-sum')).toContainText(
    `项目得分 ${pointsText(sheet.earned)} − 扣分 ${pointsText(sheet.deductedApplied)} = 总分 ${pointsText(sheet.total)}`,
  );
}
