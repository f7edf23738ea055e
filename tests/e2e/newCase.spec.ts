// The desk registers cases with the keyboard alone (Tab, arrows, Enter, Ctrl+Enter): a walk-in demand from My work
// with Alt+N, and a 12345 work order with its number and deadline, dispatched to the grid's own worker.
import { expect, test } from '@playwright/test';
import { choose, dispatchAndSave, findTarget, openedCaseId, pickResident } from './caseSupport';
import { api, tokenOf } from './registerSupport';
import { signIn } from './support';

test.use({ timezoneId: 'Asia/Shanghai' });

test('the desk registers a walk-in demand from My work using only the keyboard', async ({ page }) => {
  const token = await tokenOf(page, 'desk');
  const target = await findTarget(page, token);
  await signIn(page, 'desk');
  await page.goto('/#/cases/work');
  await expect(page.getByRole('heading', { name: '我的工作' })).toBeVisible();

  await page.keyboard.press('Alt+KeyN');
  await pickResident(page, target);
  await choose(page, '噪声', '噪声扰民');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('诉求内容')).toBeFocused();
  await page.keyboard.type('楼上住户夜间装修，噪声影响休息，请社区协调。');
  await page.keyboard.press('Control+Enter');

  await expect(page.getByText(/已登记诉求 SQ\d{6}-\d{6}/)).toBeVisible();
  const saved = await api(page, token, 'cases.get', { id: openedCaseId(page) });
  expect(saved).toMatchObject({
    kind: 'demand',
    source: 'walk_in',
    status: 'accepted',
    residentId: target.residentId,
    householdId: target.householdId,
    gridId: target.gridId,
    categoryPath: '环境卫生 / 噪声扰民',
  });
  await expect(page.getByRole('heading', { name: saved.number })).toBeVisible();
});

test('a 12345 work order is entered with its number and deadline and dispatched, keyboard only', async ({ page }) => {
  const token = await tokenOf(page, 'desk');
  const target = await findTarget(page, token);
  const handlers = await api(page, token, 'cases.handlers', { gridId: target.gridId });
  const handler = handlers.users.find((user) => user.onThisGrid) ?? handlers.users[0];
  if (!handler) throw new Error('the demo has nobody to dispatch to');
  await signIn(page, 'desk');
  await page.goto('/#/cases/new');
  await pickResident(page, target);

  // Back to the source (category ← urgency ← source), choose the hotline: its two fields appear and are required.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('来源')).toBeFocused();
  await choose(page, '12345', '12345热线');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('诉求分类')).toBeFocused();
  await choose(page, '路灯', '公共设施 / 路灯');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('12345 工单号')).toBeFocused();
  await page.keyboard.type('GD20261128-0042');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('工单办结时限')).toBeFocused();
  await page.keyboard.type('2030-01-15 17:00');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('诉求内容')).toBeFocused();
  await page.keyboard.type('小区门口路灯不亮已一周，夜间出行不便。');

  await dispatchAndSave(page, handler.displayName);

  const saved = await api(page, token, 'cases.get', { id: openedCaseId(page) });
  expect(saved).toMatchObject({
    source: 'hotline',
    status: 'assigned',
    hotlineOrderNo: 'GD20261128-0042',
    handlerUserId: handler.userId,
    residentId: target.residentId,
    categoryPath: '公共设施 / 路灯',
  });
  expect(saved.hotlineDeadline).toBe(new Date('2030-01-15T17:00:00+08:00').getTime());
});
