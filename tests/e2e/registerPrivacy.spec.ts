// Sensitive personal information on the register: attention groups only for those allowed, a whole ID number only
// by a deliberate, audited click, and a duplicate ID number refused with a link to the person who has it.
import { expect, test } from '@playwright/test';
import { api, tokenOf } from './registerSupport';
import { openMenuItem, signIn } from './support';

const attentionLabels = ['刑满释放', '社区矫正', '社区戒毒', '严重精神障碍', '信访重点'];

test('a desk account never sees attention groups, which the manager sees on the same household', async ({
  page,
  browser,
}) => {
  const managerToken = await tokenOf(page, 'manager');
  const [tagged] = (await api(page, managerToken, 'residents.list', { tag: 'severe_mental_disorder', limit: 1 })).rows;
  if (!tagged) throw new Error('the demo has nobody in an attention group');

  const deskToken = await tokenOf(page, 'desk');
  const deskFile = await api(page, deskToken, 'households.get', { id: tagged.householdId });
  const deskTags = deskFile.members.flatMap((member) => member.tags.map((tag) => tag.tag));
  expect(deskTags).not.toContain('severe_mental_disorder');

  const managerPage = await browser.newPage();
  await signIn(managerPage, 'manager');
  await managerPage.goto(`/#/households/${tagged.householdId}`);
  await expect(managerPage.locator('.members-table')).toContainText('严重精神障碍');
  await managerPage.close();

  await signIn(page, 'desk');
  await page.goto(`/#/households/${tagged.householdId}`);
  await expect(page.locator('.members-table')).toContainText(tagged.name);
  for (const label of attentionLabels) await expect(page.getByText(label)).toHaveCount(0);

  await page.goto('/#/households?view=residents');
  await page.getByLabel('人员标签').click();
  await expect(page.getByRole('option', { name: '独居老人' })).toHaveCount(1);
  for (const label of attentionLabels) await expect(page.getByRole('option', { name: label })).toHaveCount(0);
});

test('the manager reveals a whole ID number for a moment, and the reveal is in the audit log', async ({ page }) => {
  const token = await tokenOf(page, 'manager');
  const [household] = (await api(page, token, 'households.list', { limit: 20 })).rows.filter(
    (row) => row.memberCount > 0,
  );
  if (!household) throw new Error('the demo has no household with members');
  const file = await api(page, token, 'households.get', { id: household.id });
  const member = file.members.find((m) => m.maskedIdNumber);
  if (!member?.maskedIdNumber) throw new Error('no member with an ID number');

  await signIn(page, 'manager');
  await page.goto(`/#/households/${household.id}`);
  const row = page.locator('.members-table').getByRole('row', { name: new RegExp(member.name) });
  await expect(row).toContainText(member.maskedIdNumber);
  await row.getByRole('button', { name: `显示 ${member.name}` }).click();
  await expect(row).toContainText('已记入操作日志');
  const whole = new RegExp(`${member.maskedIdNumber.slice(0, 4)}\\d{10}${member.maskedIdNumber.slice(-4)}`);
  await expect(row).toContainText(whole);
  await row.getByRole('button', { name: '隐藏' }).click();
  await expect(row).toContainText(member.maskedIdNumber);

  await openMenuItem(page, '系统', '操作日志');
  const newest = page.getByRole('row').nth(1);
  await expect(newest).toContainText('residents.revealIdNumber');
  await expect(newest).toContainText('查看完整身份证号');
  await expect(newest).toContainText('周卫东');
  await expect(newest).toContainText(`居民 #${member.id}`);
});

test('an ID number already on the register is refused on its field, with a link to its holder’s file', async ({
  page,
}) => {
  const manager = await tokenOf(page, 'manager');
  const households = (await api(page, manager, 'households.list', { limit: 30 })).rows.filter((r) => r.memberCount > 0);
  const [holderHousehold, otherHousehold] = [households[0], households.at(-1)];
  if (!holderHousehold || !otherHousehold) throw new Error('the demo has too few households');
  const holderFile = await api(page, manager, 'households.get', { id: holderHousehold.id });
  const holder = holderFile.members.find((m) => m.maskedIdNumber);
  if (!holder) throw new Error('no member with an ID number');
  const { idNumber } = await api(page, manager, 'residents.revealIdNumber', { id: holder.id });
  if (!idNumber) throw new Error('no ID number revealed');

  await signIn(page, 'desk');
  await page.goto(`/#/households/${otherHousehold.id}`);
  await page.getByRole('button', { name: '添加成员' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('姓名').fill('重复登记');
  await drawer.getByLabel('公民身份号码').fill(idNumber);
  await expect(drawer.getByText(/出生日期 \d{4}-\d{2}-\d{2}/)).toBeVisible();
  // By keyboard, as the list is virtual and scrolls under a pointer: down to 父母, then Enter.
  const relation = drawer.getByLabel('与户主关系');
  await relation.click();
  const active = page.locator('.ant-select-dropdown .ant-select-item-option-active');
  await expect(active).toHaveCount(1);
  for (let step = 0; step < 12 && (await active.textContent()) !== '父母'; step++) await relation.press('ArrowDown');
  await relation.press('Enter');
  await expect(drawer.getByTitle('父母', { exact: true })).toBeVisible();
  await drawer.getByRole('button', { name: '保存' }).click();

  await expect(drawer.getByText(`该公民身份号码已登记在 ${holder.name} 名下`)).toBeVisible();
  await drawer.getByRole('link', { name: '打开其户档案' }).click();
  await expect(page.getByRole('heading', { name: holderHousehold.address })).toBeVisible();
  await expect(page.locator('.members-table')).toContainText(holder.name);
});
