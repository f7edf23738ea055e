// The administrator backs the data up, sees the backup listed, restores it after its check, signs in again as told,
// and finds the data as it was when the backup was made.
import { expect, test } from '@playwright/test';
import { openMenuItem, rpc, settledDialog, signIn } from './support';

test('a backup made now is listed, restored after its check, and the restored data is what it held', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await openMenuItem(page, '系统', '数据备份');
  await expect(page.getByRole('heading', { name: '数据备份' })).toBeVisible();
  await expect(page.getByText('保留期限')).toBeVisible();

  await page.getByRole('button', { name: '立即备份' }).click();
  const listed = page.getByRole('row').filter({ has: page.getByText('手动', { exact: true }) });
  await expect(listed).toHaveCount(1, { timeout: 30_000 });
  const name = (await listed.getByText(/^griddesk-manual-.*\.db$/).textContent()) ?? '';

  // A change after the backup, which the restore takes back.
  const login = await rpc(page, 'auth.login', { username: 'admin', password: 'demo1234' });
  const token = login.body.data.token as string;
  const added = await rpc(page, 'grids.create', { parentId: null, level: 'street', name: '备份后新建的街道' }, token);
  expect(added.body.ok).toBe(true);

  await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: '恢复…' }).click();
  const dialog = await settledDialog(page);
  await expect(dialog.getByText('完整性检查')).toBeVisible();
  await expect(dialog.getByText('通过', { exact: true })).toBeVisible();
  await expect(dialog.getByText(/户 · .* 名居民 · .* 件诉求/)).toBeVisible();
  await expect(dialog.getByText(/恢复前会先把当前数据备份一份/)).toBeVisible();
  await dialog.getByRole('button', { name: '恢复', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: '数据已恢复到' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('请重新登录（使用备份中的账号和密码）')).toBeVisible();
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill('demo1234');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('button', { name: '用户菜单' })).toBeVisible();

  const again = await rpc(page, 'auth.login', { username: 'admin', password: 'demo1234' });
  const tree = await rpc(page, 'grids.tree', {}, again.body.data.token);
  const names = JSON.stringify(tree.body.data);
  expect(names).toContain('振兴社区');
  expect(names).not.toContain('备份后新建的街道');

  await openMenuItem(page, '系统', '数据备份');
  await expect(page.getByRole('row').filter({ has: page.getByText('恢复前', { exact: true }) })).toHaveCount(1);
});
