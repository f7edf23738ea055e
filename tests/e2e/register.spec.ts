// The desk's daily round on the register: find a resident by pinyin initials and by the last four digits of the
// ID number from anywhere, open the household file, record a visit, and see the grid's coverage rise.
import { expect, type Page, test } from '@playwright/test';
import type { SearchHit } from '../../src/shared/contract/residents';
import { api, initialsOf, openRegisterArea, thisMonth, tokenOf } from './registerSupport';
import { signIn } from './support';

interface Target {
  residentId: number;
  name: string;
  householdId: number;
  address: string;
  maskedIdNumber: string;
  initials: string;
  lastFour: string;
  community: string;
}

/** Found, and told apart on screen: nobody else in the answer has the same name and masked ID number. */
function foundAlone(hits: SearchHit[], resident: { id: number; name: string; maskedIdNumber: string }): boolean {
  const lookAlike = hits.filter((hit) => hit.name === resident.name && hit.maskedIdNumber === resident.maskedIdNumber);
  return lookAlike.length === 1 && lookAlike[0]?.residentId === resident.id;
}

/**
 * A demo resident of a household not yet visited this month, whom both searches find within their first answers:
 * discovered through the API, so the test does not depend on the demo's names.
 */
async function findTarget(page: Page, token: string): Promise<Target> {
  const month = thisMonth();
  const grids = await api(page, token, 'grids.tree', {});
  for (const grid of grids.filter((node) => node.level === 'micro_grid')) {
    const unvisited = await api(page, token, 'visits.unvisited', { month, gridId: grid.id, limit: 5 });
    for (const household of unvisited.rows) {
      const file = await api(page, token, 'households.get', { id: household.householdId });
      for (const member of file.members) {
        const { maskedIdNumber } = member;
        if (!maskedIdNumber || member.name.length < 2) continue;
        const initials = initialsOf(member.name);
        const lastFour = maskedIdNumber.slice(-4);
        const byInitials = await api(page, token, 'residents.search', { query: initials, limit: 20 });
        const byDigits = await api(page, token, 'residents.search', { query: lastFour, limit: 20 });
        const shown = { id: member.id, name: member.name, maskedIdNumber };
        if (!foundAlone(byInitials, shown) || !foundAlone(byDigits, shown)) continue;
        return {
          residentId: member.id,
          name: member.name,
          householdId: file.household.id,
          address: file.household.address,
          maskedIdNumber,
          initials,
          lastFour,
          community: file.household.gridPath.split(' / ')[0] ?? '',
        };
      }
    }
  }
  throw new Error('no demo resident both searches find');
}

/** The "visited" figure of a grid's row in the coverage table. */
function visitedCell(page: Page, gridName: string) {
  return page.locator('.coverage-row', { hasText: gridName }).locator('td').nth(2);
}

test('the desk finds a resident by initials and ID digits, records a visit, and the coverage rises', async ({
  page,
}) => {
  const token = await tokenOf(page, 'desk');
  const target = await findTarget(page, token);
  await signIn(page, 'desk');

  await openRegisterArea(page, '入户走访');
  await expect(page.locator('.coverage-row', { hasText: target.community })).toBeVisible();
  const visitedBefore = Number(await visitedCell(page, target.community).textContent());

  // "/" opens the search palette from anywhere; the initials find the resident, with the reason they matched.
  await page.getByRole('heading', { name: '入户走访' }).click();
  await page.keyboard.press('/');
  const palette = page.getByRole('dialog');
  await palette.getByRole('textbox').fill(target.initials);
  const optionOf = () =>
    palette.getByRole('option').filter({ hasText: target.maskedIdNumber }).filter({ hasText: target.name });
  const byInitials = optionOf();
  await expect(byInitials).toContainText(target.name);
  await expect(byInitials).toContainText('匹配：拼音首字母');
  await expect(byInitials).toContainText(target.address);
  await page.keyboard.press('Escape');

  // Ctrl+K opens it too; the last four digits of the ID number find the same person, and Enter opens the file.
  await page.keyboard.press('Control+k');
  await palette.getByRole('textbox').fill(target.lastFour);
  const byDigits = optionOf();
  await expect(byDigits).toContainText('匹配：身份证号');
  const options = palette.getByRole('option');
  const index = (await options.allInnerTexts()).findIndex(
    (text) => text.includes(target.maskedIdNumber) && text.includes(target.name),
  );
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(byDigits).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: target.address })).toBeVisible();
  await expect(page.locator('.members-table')).toContainText(target.name);

  await page.getByRole('button', { name: '登记走访' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('见到的人').fill(target.name);
  await page.keyboard.press('Enter');
  await form.getByLabel('了解到的情况').fill('家中老人身体健康，反映楼道灯不亮');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator('.visit-timeline')).toContainText('家中老人身体健康，反映楼道灯不亮');

  await openRegisterArea(page, '入户走访');
  await expect(visitedCell(page, target.community)).toHaveText(String(visitedBefore + 1));
  const coverage = await api(page, token, 'visits.coverage', { month: thisMonth() });
  expect(coverage.rows.find((row) => row.name === target.community)?.visited).toBe(visitedBefore + 1);
});

test('the search palette explains what can be searched before anything is typed', async ({ page }) => {
  await signIn(page, 'desk');
  await page.getByRole('button', { name: '搜索居民' }).click();
  const palette = page.getByRole('dialog');
  await expect(palette).toContainText('拼音或首字母');
  await expect(palette).toContainText('身份证号的任意几位');
  await palette.getByRole('textbox').fill('没有这个人');
  await expect(palette).toContainText('没有找到与“没有这个人”相符的居民');
});
