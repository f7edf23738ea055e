// An idle screen locks over the app, hiding it, and the same user unlocks it and goes on where they were; a
// sign-in locked out for wrong passwords says how long to wait.
import { expect, test } from '@playwright/test';
import { rpc, settledDialog, signIn } from './support';

test('an idle window locks, hides the app, and unlocks to where the user was', async ({ page }) => {
  // The renderer's clock is driven by the test: sixteen idle minutes pass in a moment.
  await page.clock.install();
  await signIn(page, 'admin');
  await page.goto('/#/users');
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = await settledDialog(page);
  await dialog.getByLabel('姓名').fill('王小二');

  await page.clock.fastForward('16:00');
  const lock = page.getByRole('dialog', { name: '屏幕已锁定' });
  await expect(lock).toBeVisible();
  await expect(lock.getByText('系统管理员（admin）')).toBeVisible();
  // Nothing of the app shows behind it: not the page, not the open dialog.
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeHidden();
  await expect(page.getByText('王小二')).toBeHidden();
  await expect(page.locator('.ant-table')).toBeHidden();
  // The server locked the session too: the token alone reads nothing.
  const token = await page.evaluate<string | null>("sessionStorage.getItem('griddesk.session')");
  expect((await rpc(page, 'users.list', {}, token ?? '')).body.error.reason).toBe('sessionLocked');

  await lock.getByLabel('密码').fill('wrong-pass-1');
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock.getByText(/密码不正确，还可再试 4 次/)).toBeVisible();
  await lock.getByLabel('密码').fill('demo1234');
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock).toBeHidden();
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
  await expect(page.getByRole('dialog').getByLabel('姓名')).toHaveValue('王小二');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  expect((await rpc(page, 'users.list', {}, token ?? '')).body.ok).toBe(true);
});

test('a locked-out window can be signed out for the next colleague', async ({ page }) => {
  await page.clock.install();
  await signIn(page, 'manager');
  await page.clock.fastForward('16:00');
  const lock = page.getByRole('dialog', { name: '屏幕已锁定' });
  await expect(lock).toBeVisible();
  await lock.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
});

test('a sign-in locked out by wrong passwords says how long to wait and keeps the button off', async ({ page }) => {
  // A username no one has: the throttle counts it all the same, and no demo account is kept waiting.
  await page.goto('/');
  await page.getByLabel('用户名').fill('visitor');
  await page.getByLabel('密码').fill('guess-1234');
  // The form's submit button by its type: in the test runner, finding it by role and name has now and then stalled
  // once the page showed a refusal (the page itself was right: the button there, disabled during the wait).
  const signInButton = page.locator('form button[type="submit"]');
  await expect(signInButton).toHaveText('登录');
  await signInButton.click();
  await expect(page.getByRole('alert')).toContainText('还可尝试 4 次');
  // Three more wrong passwords, as another window at the same desk would send them; each says what is left.
  for (let left = 3; left >= 1; left--) {
    const refused = await rpc(page, 'auth.login', { username: 'visitor', password: 'guess-1234' });
    expect(refused.body.error).toMatchObject({ reason: 'wrongCredentials', params: { attemptsLeft: left } });
  }
  await signInButton.click();
  await expect(page.getByRole('alert')).toContainText(/请在 (5 分 0|4 分 5\d) 秒后重试/);
  await expect(signInButton).toBeDisabled();
  // The wait counts down as the user watches.
  await expect(page.getByRole('alert')).toContainText(/请在 4 分 5\d 秒后重试/);
  // Another username may still try.
  await page.getByLabel('用户名').fill('desk');
  await expect(signInButton).toBeEnabled();
});
