// The manager's first tour: the demo street's tree in Chinese, English, a new micro-grid, its audit entry.
import { expect, test } from '@playwright/test';
import { openMenuItem, signIn, switchLanguage } from './support';

test('the manager browses the grid tree, switches to English, adds a micro-grid and finds it in the audit log', async ({
  page,
}) => {
  await signIn(page, 'manager');
  await expect(page.getByText('您好，周卫东')).toBeVisible();

  await page.getByRole('menuitem', { name: '组织与网格' }).click();
  const tree = page.getByRole('tree');
  await expect(tree.getByText('天目山街道')).toBeVisible();
  await expect(tree.getByText('振兴社区')).toBeVisible();

  await tree.getByText('凤凰社区').click();
  await expect(page.getByRole('heading', { name: '凤凰社区' })).toBeVisible();
  await expect(page.getByText('综合网格', { exact: true }).first()).toBeVisible();

  await switchLanguage(page, 'English');
  await expect(page.getByRole('menuitem', { name: 'Grids' })).toBeVisible();
  await expect(page.getByText('Staff on this grid')).toBeVisible();

  const gridNode = tree.getByText('第二网格').first();
  await gridNode.click();
  await page.getByRole('button', { name: 'Add micro-grid' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill('第20微网格');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(tree.getByText('第20微网格')).toBeVisible();

  await openMenuItem(page, 'System', 'Audit log');
  const newest = page.getByRole('row').nth(1);
  await expect(newest).toContainText('grids.create');
  await expect(newest).toContainText('周卫东');
  await newest.getByRole('button').first().click();
  await expect(page.getByText('"第20微网格"')).toBeVisible();
});

test('the language choice survives a reload', async ({ page }) => {
  await signIn(page, 'manager');
  await switchLanguage(page, 'English');
  await expect(page.getByRole('menuitem', { name: 'Grids' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('menuitem', { name: 'Grids' })).toBeVisible();
  await switchLanguage(page, '中文');
  await expect(page.getByRole('menuitem', { name: '组织与网格' })).toBeVisible();
});

test('a duplicate grid name is refused on the name field and nothing is added', async ({ page }) => {
  await signIn(page, 'manager');
  await page.getByRole('menuitem', { name: '组织与网格' }).click();
  const tree = page.getByRole('tree');
  await tree.getByText('鼓楼社区').click();
  await page.getByRole('button', { name: '添加综合网格' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('名称', { exact: true }).fill('第一网格');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('同一上级下已有名为“第一网格”的网格')).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(tree.getByText('第一网格')).toHaveCount(3);
});
