// Issue 7's "done when": the manager opens the dashboard, saves a chart as a PNG, clicks the tallest bar of last
// month and lands on those cases, then prints last month's summary to PDF; the PDF's text holds the counts the
// database gives, on A4 pages that each carry the scope and month and a page number.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { lastDateOfMonth, previousMonth } from '../../src/shared/domain/months';
import { intakeFilters } from '../../src/shared/domain/statsLinks';
import { api, thisMonth, tokenOf } from './registerSupport';
import { openMenuItem, signIn } from './support';

/** The numbers on the line under the line holding every one of these labels (pdftotext -layout keeps columns). */
function numbersUnder(text: string, labels: string[]): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => labels.every((label) => line.includes(label)));
  expect(at, `a line with ${labels.join(' / ')}`).toBeGreaterThanOrEqual(0);
  return (lines[at + 1] ?? '').trim().split(/\s+/);
}

test('the manager drills from last month’s tallest bar to its cases and prints last month’s summary to PDF', async ({
  page,
}) => {
  const lastMonth = previousMonth(thisMonth());
  await signIn(page, 'manager');
  const token = await tokenOf(page, 'manager');

  await openMenuItem(page, '统计与报表', '数据看板');
  const tallest = page.locator(`[data-chart="intake"][data-month="${lastMonth}"][data-tallest="true"]`);
  await expect(tallest).toHaveCount(1);
  const count = Number(await tallest.getAttribute('data-count'));
  const categoryId = Number(await tallest.getAttribute('data-series'));
  // It is the tallest: no other segment of that month counts more.
  const others = page.locator(`[data-chart="intake"][data-month="${lastMonth}"]`);
  for (const other of await others.all()) {
    expect(Number(await other.getAttribute('data-count'))).toBeLessThanOrEqual(count);
  }
  // The chart saves as a PNG a person can put in a slide.
  const saved = page.waitForEvent('download');
  await page.locator('[data-chart-card="intake"]').getByRole('button', { name: '保存为图片' }).click();
  const png = await saved;
  expect(png.suggestedFilename()).toMatch(/^诉求受理量.*\.png$/);
  const bytes = fs.readFileSync(await png.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(400); // width in pixels, from the IHDR chunk

  const listed = await api(page, token, 'cases.list', { filters: intakeFilters(lastMonth, null, categoryId) });
  expect(listed.total).toBe(count);
  expect(count).toBeGreaterThan(0);

  await tallest.click();
  await expect(page).toHaveURL(new RegExp(`/cases\\?.*registeredFrom=${lastMonth}-01`));
  expect(page.url()).toContain(`registeredTo=${lastDateOfMonth(lastMonth)}`);
  expect(page.url()).toContain(`categoryId=${categoryId}`);
  await expect(page.getByText(`共 ${count} 件`, { exact: true })).toBeVisible();

  // Last month's summary of the street, as the manager prints it.
  await openMenuItem(page, '统计与报表', '月度工作总结');
  const street = (await api(page, token, 'grids.tree', {})).find((grid) => grid.parentId === null);
  if (!street) throw new Error('The demo has no street.');
  await page.goto(`/#/stats/monthly?gridId=${street.id}&month=${lastMonth}`);
  const cases = page.getByRole('region', { name: '诉求办理' });
  await expect(cases.locator('.summary-figure').first()).toBeVisible();
  // The fonts loaded: a PDF printed before the CJK font arrives draws boxes.
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.emulateMedia({ media: 'print' });
  const pdfPath = test.info().outputPath('monthly-summary.pdf');
  fs.writeFileSync(pdfPath, await page.pdf({ format: 'A4', preferCSSPageSize: true }));

  const info = execFileSync('pdfinfo', [pdfPath]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(9);
  // A4 portrait, as poppler names it.
  expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
  const [year, month] = lastMonth.split('-').map(Number);
  const heading = `${street.name} ${year}年${month}月 月度工作总结`;
  expect(text.split(heading).length - 1).toBeGreaterThanOrEqual(pages);
  for (let n = 1; n <= pages; n++) expect(text).toContain(`第 ${n} 页 / 共 ${pages} 页`);

  // The counts the database gives: the month's rates and the visits coverage, for the street.
  const rates = await api(page, token, 'cases.rates', {
    from: `${lastMonth}-01`,
    to: lastDateOfMonth(lastMonth),
    gridId: street.id,
  });
  expect(numbersUnder(text, ['新增诉求', '12345工单', '办结', '按时办结'])).toEqual(
    [rates.newCases, rates.hotlineCount, rates.resolved, rates.resolvedOnTime].map(String),
  );
  expect(numbersUnder(text, ['超期办结', '初次化解', '回访', '满意（含基本满意）']).slice(1)).toEqual(
    [rates.firstContactResolved, rates.followedUp, rates.satisfied].map(String),
  );
  const coverage = await api(page, token, 'visits.coverage', { month: lastMonth, gridId: street.id });
  const [, visited, households] = numbersUnder(text, ['走访次数', '已走访户数', '应走访户数']);
  expect([visited, households]).toEqual([coverage.total.visited, coverage.total.households].map(String));

  // The pages as a person looks at them, kept beside the PDF.
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, test.info().outputPath('page')]);
});
