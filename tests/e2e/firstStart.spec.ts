// First start on an empty database: the administrator is created and builds the street from nothing.
import { expect, test } from '@playwright/test';
import { freshBase, signOut } from './support';

test('on an empty database the administrator is created, signed in, and starts the tree', async ({ page }) => {
  await page.goto(`${freshBase}/`);
  await expect(page.getByText('欢迎使用 GridDesk')).toBeVisible();
  await expect(page.getByText('打开演示数据').first()).toBeVisible();

  await page.getByRole('button', { name: '创建管理员' }).click();
  await page.getByLabel('中心名称').fill('振兴社区党群服务中心');
  await page.getByLabel('用户名').fill('wangjg');
  await page.getByLabel('姓名').fill('王建国');
  await page.getByLabel('密码', { exact: true }).fill('short');
  await page.getByLabel('确认密码').fill('short');
  await page.getByRole('button', { name: '创建并登录' }).click();
  await expect(page.getByText('至少 8 个字符').first()).toBeVisible();

  await page.getByLabel('密码', { exact: true }).fill('zhenxing-2026');
  await page.getByLabel('确认密码').fill('zhenxing-2026');
  await page.getByRole('button', { name: '创建并登录' }).click();
  await expect(page.getByText('您好，王建国')).toBeVisible();

  await page.getByRole('menuitem', { name: '组织与网格' }).click();
  await page.getByRole('button', { name: '建立街道' }).click();
  await page.getByRole('dialog').getByLabel('名称', { exact: true }).fill('天目山街道');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('tree').getByText('天目山街道')).toBeVisible();

  // The sign-in page of a real database lists no demo accounts.
  await signOut(page);
  await expect(page.getByText('振兴社区党群服务中心')).toBeVisible();
  await expect(page.getByText('演示账号')).toHaveCount(0);
});
