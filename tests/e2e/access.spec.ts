// A role sees only what it may use, and the server refuses the rest whatever the screen shows.
import { expect, test } from '@playwright/test';
import { rpc, signIn, signOut } from './support';

test('a desk account sees no user management or audit log, and a typed address is refused', async ({ page }) => {
  await signIn(page, 'desk');
  await expect(page.getByRole('menuitem', { name: '组织与网格' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '用户管理' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '操作日志' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '系统' })).toHaveCount(0);

  await page.goto('/#/users');
  await expect(page.getByText('无权访问')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('a desk account is refused user management through POST /api/rpc too, and nothing is created', async ({
  page,
}) => {
  const login = await rpc(page, 'auth.login', { username: 'desk', password: 'demo1234' });
  const token = login.body.data.token as string;

  const list = await rpc(page, 'users.list', {}, token);
  expect(list.status).toBe(403);
  expect(list.body.error.code).toBe('FORBIDDEN');

  const create = await rpc(
    page,
    'users.create',
    { username: 'intruder', displayName: '越权', role: 'admin', password: 'intruder-1' },
    token,
  );
  expect(create.status).toBe(403);

  const admin = await rpc(page, 'auth.login', { username: 'admin', password: 'demo1234' });
  const users = await rpc(page, 'users.list', {}, admin.body.data.token);
  expect(users.body.data.map((u: { username: string }) => u.username)).not.toContain('intruder');
});

test('a desk account sees the grid tree but no buttons to change it', async ({ page }) => {
  await signIn(page, 'desk');
  await page.getByRole('menuitem', { name: '组织与网格' }).click();
  await page.getByRole('tree').getByText('振兴社区').click();
  await expect(page.getByRole('heading', { name: '振兴社区' })).toBeVisible();
  await expect(page.getByRole('button', { name: '重命名' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '归档' })).toHaveCount(0);
});

test('a wrong password is refused in plain Chinese', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('用户名').fill('manager');
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
});

test('signing out returns to the sign-in page and the old session no longer works', async ({ page }) => {
  await signIn(page, 'secretary');
  await signOut(page);
  await page.goto('/#/grids');
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
});
