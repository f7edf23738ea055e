// Shared steps of the e2e specs: signing in as a person would, and calling the API as a script would.
import { type Browser, expect, type Page, test } from '@playwright/test';

export const freshBase = 'http://127.0.0.1:5198';

export async function signIn(page: Page, username: string, password = 'demo1234', base = ''): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('button', { name: '用户菜单' })).toBeVisible();
}

export async function rpc(page: Page, procedure: string, input: unknown, token?: string) {
  const response = await page.request.post(`/api/rpc/${procedure}`, {
    data: { input },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status(), body: await response.json() };
}

/** The 中文 / English switch in the header (a segmented radio group). */
export async function switchLanguage(page: Page, label: '中文' | 'English'): Promise<void> {
  await page.getByText(label, { exact: true }).click();
}

/** Opens an item of a side-menu group, opening the group first when it is closed, as a user would. */
export async function openMenuItem(page: Page, group: string, item: string): Promise<void> {
  const entry = page.getByRole('menuitem', { name: new RegExp(` ${item}$`) });
  if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: group }).click();
  // A click that lands while the group is still opening can be dropped: click until the item is the selected one.
  await expect(async () => {
    await entry.click();
    await expect(entry).toHaveClass(/ant-menu-item-selected/, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

/**
 * Signs out from the user menu, as a person would. A click that lands while the menu is still opening can be
 * dropped (the page stays signed in): click until the sign-in page shows.
 */
export async function signOut(page: Page): Promise<void> {
  const item = page.getByRole('menuitem', { name: '退出登录' });
  await expect(async () => {
    if (!(await item.isVisible())) await page.getByRole('button', { name: '用户菜单' }).click();
    await item.click({ timeout: 2_000 });
    await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/** Another person at another desk: their own browser context, signed in. */
export async function pageOf(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/**
 * The open dialog once its opening animation has ended: antd can drop a click that lands while the dialog is still
 * zooming in, as a person's click never does.
 */
export async function settledDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).not.toHaveClass(/-appear/);
  return dialog;
}
