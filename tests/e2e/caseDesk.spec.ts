// Issue 4's path through the case desk: the desk registers a walk-in demand by keyboard and dispatches it to the
// grid worker, who signs in and resolves it; the desk follows up (满意) and the month's first-contact rate counts
// it; a 12345 work order past its deadline shows as overdue.
import { expect, type Page, test } from '@playwright/test';
import { choose, dispatchAndSave, findTarget, openedCaseId, pickResident } from './caseSupport';
import { api, thisMonth, today, tokenOf } from './registerSupport';
import { pageOf, signIn } from './support';

test.use({ timezoneId: 'Asia/Shanghai' });

const gridWorker = { username: 'grid', name: '刘建华' };

/** Takes a step from the case page: its button, then the dialog's own button of the same name once filled in. */
async function takeStep(page: Page, step: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await fill(dialog);
  await dialog.getByRole('button', { name: step, exact: true }).click();
  await expect(dialog).toBeHidden();
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

test('a walk-in demand goes from the desk to the grid worker and back, and the month counts it as resolved at first contact', async ({
  page,
  browser,
}) => {
  const deskToken = await tokenOf(page, 'desk');
  const target = await findTarget(page, deskToken);
  const month = { from: `${thisMonth()}-01`, to: today() };
  const before = await api(page, deskToken, 'cases.rates', month);

  // The desk, keyboard only: Alt+N, the resident, the category, the description, accept-and-dispatch, Ctrl+Enter.
  await signIn(page, 'desk');
  await page.goto('/#/cases/work');
  await page.keyboard.press('Alt+KeyN');
  await pickResident(page, target);
  await choose(page, '噪声', '噪声扰民');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('诉求内容')).toBeFocused();
  await page.keyboard.type('隔壁棋牌室每晚营业到凌晨，噪声大，影响老人休息。');
  await dispatchAndSave(page, gridWorker.name);
  const caseId = openedCaseId(page);
  const registered = await api(page, deskToken, 'cases.get', { id: caseId });
  expect(registered).toMatchObject({ status: 'assigned', handlerName: gridWorker.name, residentId: target.residentId });
  expect(registered.number).toMatch(/^SQ\d{6}-\d{6}$/);

  // The grid worker finds it in My work, starts and resolves it.
  const worker = await pageOf(browser, gridWorker.username);
  await worker.goto('/#/cases/work');
  const assigned = worker.locator('.ant-card').filter({ hasText: '分派给我的' });
  await assigned.getByText(registered.number).click();
  await expect(worker.getByRole('heading', { name: registered.number })).toBeVisible();
  await takeStep(worker, '开始办理', async () => {});
  await takeStep(worker, '办结', async (dialog) => {
    await dialog.getByLabel('办理结果').fill('已约谈棋牌室经营者，承诺晚十点后停止营业，居民认可。');
  });
  await expect(worker.getByText('已办结').first()).toBeVisible();
  await worker.context().close();

  // The desk calls the resident back: satisfied. The case is followed up and the timeline holds every step.
  await page.reload();
  await expect(page.getByText('已办结').first()).toBeVisible();
  await takeStep(page, '回访', async (dialog) => {
    await dialog.getByText('满意', { exact: true }).click();
  });
  const followedUp = await api(page, deskToken, 'cases.get', { id: caseId });
  expect(followedUp.status).toBe('followed_up');
  expect(followedUp.timeline.map((step) => step.kind)).toEqual([
    'register',
    'accept',
    'assign',
    'start',
    'resolve',
    'followUp',
  ]);
  expect(followedUp.timeline.map((step) => step.actorName)).toContain(gridWorker.name);

  // The month now holds one more case, resolved at first contact and followed up as satisfied.
  const after = await api(page, deskToken, 'cases.rates', month);
  expect(after).toMatchObject({
    newCases: before.newCases + 1,
    resolved: before.resolved + 1,
    firstContactResolved: before.firstContactResolved + 1,
    followedUp: before.followedUp + 1,
    satisfied: before.satisfied + 1,
  });
  await page.goto('/#/cases/work');
  const rates = page.locator('.month-rates');
  await expect(rates).toContainText(`初次化解率${percent(after.firstContactRate)}`);
  await expect(rates).toContainText(`${after.firstContactResolved} / ${after.resolved} 件`);
});

test('a 12345 work order past its deadline shows as overdue in the case list', async ({ page }) => {
  const token = await tokenOf(page, 'desk');
  const overdue = await api(page, token, 'cases.list', { filters: { source: ['hotline'], deadline: 'overdue' } });
  expect(overdue.total).toBeGreaterThan(0);
  for (const row of overdue.rows) expect(row).toMatchObject({ source: 'hotline', deadlineState: 'overdue' });

  await signIn(page, 'desk');
  await page.goto('/#/cases?source=hotline&deadline=overdue');
  const first = overdue.rows[0];
  if (!first) throw new Error('no overdue 12345 case');
  const row = page.locator('.ant-table-row').filter({ hasText: first.number });
  await expect(row).toContainText('已超期');
});
