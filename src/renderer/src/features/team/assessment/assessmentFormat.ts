// How the assessment screens write a month, an item's name, points and how an item's points were counted.
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { ScoreSheet } from '../../../../../shared/contract/team';
import { currentMonth, monthPattern, previousMonth } from '../../party/reports/reportMonth';

export type ScoreLine = ScoreSheet['lines'][number];

/** The month in the address if it is one that has begun, else last month: a month is assessed after it ends. */
export function assessedMonth(requested: string | null | undefined): string {
  const thisMonth = currentMonth();
  return requested && monthPattern.test(requested) && requested <= thisMonth ? requested : previousMonth(thisMonth);
}

export { currentMonth };

/** 2026年10月 / October 2026. */
export function monthText(month: string, t: TFunction): string {
  return dayjs(`${month}-01`).format(t('teamAssessment.monthFormat'));
}

export function sheetPath(month: string, staffId: number): string {
  return `/team/assessment/${month}/${staffId}`;
}

/** Points to one decimal, always shown with it: 22.6, 25.0. */
export function pointsText(points: number): string {
  return points.toFixed(1);
}

/** A data item by the catalogue's name of its metric, a manual one by the label the manager gave it. */
export function itemName(item: { key: string; label: string | null; metric: ScoreLine['metric'] }, t: TFunction) {
  return item.metric ? t(`assessmentMetrics.${item.metric}`) : (item.label ?? item.key);
}

/** "走访 38 户 / 应走访 42 户 = 90.5% × 25 分 = 22.6 分", "巡查 6 次 / 目标 8 次", "本月无此项任务，得满分"… */
export function howText(line: ScoreLine, t: TFunction): string {
  if (line.basis === 'manual') return t('teamAssessment.how.manual');
  if (line.basis === 'notEntered') return t('teamAssessment.how.notEntered');
  if (line.basis === 'nothingToDo') return t('teamAssessment.how.nothingToDo');
  const counts = { n: line.numerator ?? 0, d: line.denominator ?? 0 };
  const what = line.metric ? t(`teamAssessment.how.units.${line.metric}`, counts) : '';
  const capped = line.capped ? t('teamAssessment.how.capped') : '';
  if (line.basis === 'target') return `${what}${capped}`;
  const rate = ((line.rate ?? 0) * 100).toFixed(1);
  return `${t('teamAssessment.how.rate', { what, rate, weight: line.max, points: pointsText(line.points) })}${capped}`;
}
