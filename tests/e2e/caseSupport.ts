// Steps the case specs share: a demo resident that a name search finds first, keyboard choices in list boxes,
// picking the resident on the new-case form, and the case a saved form opened.
import { expect, type Page } from '@playwright/test';
import { api } from './registerSupport';

export interface Target {
  residentId: number;
  name: string;
  householdId: number;
  address: string;
  gridId: number;
}

/**
 * A demo resident whom typing the full name finds first, so Enter picks them: discovered through the API, so the test
 * does not depend on the demo's names.
 */
export async function findTarget(page: Page, token: string): Promise<Target> {
  const households = await api(page, token, 'households.list', { limit: 20 });
  for (const row of households.rows) {
    const file = await api(page, token, 'households.get', { id: row.id });
    for (const member of file.members) {
      const hits = await api(page, token, 'residents.search', { query: member.name, limit: 12 });
      if (hits[0]?.residentId !== member.id || hits.filter((hit) => hit.name === member.name).length !== 1) continue;
      return {
        residentId: member.id,
        name: member.name,
        householdId: file.household.id,
        address: file.household.address,
        gridId: file.household.gridId,
      };
    }
  }
  throw new Error('no demo resident whom a full-name search finds first');
}

/** The case the form saved and opened: its id from the address. */
export function openedCaseId(page: Page): number {
  const id = Number(/#\/cases\/(\d+)$/.exec(page.url())?.[1]);
  expect(id).toBeGreaterThan(0);
  return id;
}

/**
 * Types into the focused list box and presses Enter once the wanted choice is the active one, as a person waits to see
 * it highlighted; then the list has closed and the focus stays for Tab.
 */
export async function choose(page: Page, typed: string, choice: string): Promise<void> {
  await page.keyboard.type(typed);
  const active = page.locator(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden) :is(.ant-select-item-option-active, .ant-select-tree-treenode-active)',
  );
  await expect(active).toContainText(choice);
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
}

export async function pickResident(page: Page, target: Target): Promise<void> {
  await expect(page.getByRole('heading', { name: '登记诉求' })).toBeVisible();
  await expect(page.getByLabel('居民', { exact: true })).toBeFocused();
  await page.keyboard.type(target.name);
  await expect(page.locator('.lookup-hit').first()).toContainText(target.name);
  await page.keyboard.press('Enter');
  // The household and its grid follow from the resident; the cursor moves on to the category.
  await expect(page.locator('.case-subject-picked')).toContainText(target.address);
  await expect(page.getByLabel('诉求分类')).toBeFocused();
}

/**
 * From the description, by keyboard: past the contact name and phone (filled from the register) to "then", the
 * arrow to accept-and-dispatch, the dispatch field once it appears, the handler, and Ctrl+Enter to save.
 */
export async function dispatchAndSave(page: Page, handlerName: string): Promise<void> {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: '受理', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  // The dispatch field appears with the choice; a person waits to see it before tabbing on.
  await expect(page.getByLabel('分派给')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('分派给')).toBeFocused();
  await choose(page, handlerName, handlerName);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(/已登记诉求 SQ\d{6}-\d{6}/)).toBeVisible();
}
