// Steps the party spec takes more than once: a date typed into a date picker, a choice
// in a list box made with the arrow keys, the monthly report's figures read as a person reads them, and submitting it.
import { expect, type Locator, type Page } from '@playwright/test';
import type { ReportFigures } from '../../src/shared/contract/party';
import { fenToYuanText } from '../../src/shared/domain/money';
import { settledDialog } from './support';

/** Types a date into a date picker and confirms it with Enter; the field then shows it. */
export async function typeDate(field: Locator, date: string): Promise<void> {
  await expect(field).toBeVisible();
  await field.click();
  await field.fill(date);
  await field.press('Enter');
  await expect(field).toHaveValue(date);
}

/**
 * Opens a list box without a search from the keyboard and moves down until the wanted choice is the highlighted
 * one, then takes it with Enter; the box then shows the choice.
 */
export async function chooseByArrows(page: Page, box: Locator, choice: string): Promise<void> {
  await box.focus();
  await page.keyboard.press('ArrowDown');
  const active = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active');
  await expect(active).toBeVisible();
  const activeText = async () => ((await active.textContent()) ?? '').trim();
  for (let step = 0; step < 10 && (await activeText()) !== choice; step++) {
    const before = await activeText();
    await page.keyboard.press('ArrowDown');
    await expect(active).not.toHaveText(before);
  }
  await expect(active).toHaveText(choice);
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
}

/** The value cell beside a label in the report's figures (a row whose header is the label). */
function figure(page: Page, label: string): Locator {
  return page
    .locator('.report-figures tr')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    .locator('td')
    .last();
}

/** The report on screen shows these figures: members, the month's joins, the committee meeting, attendance, dues. */
export async function expectFiguresShown(page: Page, figures: ReportFigures): Promise<void> {
  const committee = figures.meetings.find((m) => m.type === 'committee_meeting');
  await expect(figure(page, '党员总数')).toHaveText(`${figures.members.total} 人`);
  await expect(figure(page, '预备党员')).toHaveText(`${figures.members.probationary} 人`);
  await expect(figure(page, '在职党员（到社区报到）')).toHaveText(`${figures.members.onTheJob} 人`);
  await expect(figure(page, '发展入党')).toHaveText(`${figures.changes.joined} 人`);
  await expect(figure(page, '支委会')).toHaveText(String(committee?.held));
  await expect(figure(page, '应到人次')).toHaveText(String(figures.attendance.expected));
  await expect(figure(page, '实到人次')).toHaveText(String(figures.attendance.present));
  await expect(figure(page, '应交')).toHaveText(
    `${figures.dues.membersDue} 人 / ${fenToYuanText(figures.dues.dueFen)} 元`,
  );
  await expect(figure(page, '已交')).toHaveText(
    `${figures.dues.membersPaid} 人 / ${fenToYuanText(figures.dues.paidFen)} 元`,
  );
}

/** Submits the open report and confirms; the latest message says so and the status reads 已提交. */
export async function submitReport(page: Page): Promise<void> {
  await page.getByRole('button', { name: '提交审核' }).click();
  await (await settledDialog(page)).getByRole('button', { name: '提交审核' }).click();
  // A message of the previous submission may still be fading out: the latest one is this submission's.
  await expect(page.getByText('月报已提交审核', { exact: true }).last()).toBeVisible();
  await expect(page.locator('.report-facts')).toContainText('已提交');
}
