// Issue 6's path through the grid team: the manager records today's training with one worker absent and sees it in
// the sessions and in 学时统计; opens last month's assessment, reads the 末位 worker's score sheet (each line as the
// API computes it) and records their 末位淘汰 with a reason; the status and history change on their page, in the
// roster and in the API. A grid worker, at another desk, opens their own score sheet for last month.
import { expect, test } from '@playwright/test';
import { chooseByArrows } from './partySupport';
import { api, thisMonth, today, tokenOf } from './registerSupport';
import { openMenuItem, pageOf, signIn } from './support';
import { distinctNames, expectSheetShown, gradeName, monthBefore, monthWords, pointsText } from './teamSupport';

test.use({ timezoneId: 'Asia/Shanghai' });

const gridWorker = { username: 'grid', name: '刘建华' };
const training = { topic: '网格员入户走访与安全隐患排查实务', organiser: '区级', hours: 1.5 };
const eliminationReason = '月度考核排名末位，经中心研究决定末位淘汰';

test('the manager records training, reads last month’s ranking and eliminates the bottom-ranked worker', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const day = today();
  const lastMonth = monthBefore(thisMonth());
  const yearStart = `${day.slice(0, 4)}-01-01`;
  const token = await tokenOf(page, 'manager');

  // Where things stand before: the roster at work today, last month's ranking, everyone's hours this year.
  const { rows: roster } = await api(page, token, 'team.staff', { status: 'active' });
  const expected = roster.filter((worker) => worker.startedOn <= day);
  const ranking = await api(page, token, 'team.ranking', { month: lastMonth });
  const bottomRows = ranking.rows.filter((row) => row.bottom);
  expect(bottomRows.length).toBeGreaterThan(0);
  const bottom = bottomRows[bottomRows.length - 1];
  if (!bottom) throw new Error('no worker is flagged 末位 last month');
  const present = roster.find((worker) => worker.name === gridWorker.name);
  const absentee = distinctNames(expected).find((w) => w.name !== gridWorker.name && w.id !== bottom.staffId);
  if (!present || !absentee) throw new Error('the demo roster lacks the workers this path needs');
  expect(distinctNames(expected).map((w) => w.id)).toContain(present.id);
  const hoursBefore = await api(page, token, 'team.trainingHours', { from: yearStart, to: day });
  const hoursOf = (rows: typeof hoursBefore.rows, staffId: number) => {
    const row = rows.find((r) => r.staffId === staffId);
    if (!row) throw new Error(`no training hours for worker ${staffId}`);
    return row;
  };

  // 1. Today's training, organised by the district, every worker listed, one of them absent.
  await signIn(page, 'manager');
  await openMenuItem(page, '队伍建设', '业务培训');
  await page.getByRole('button', { name: '登记培训' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '登记培训' });
  await expect(drawer.getByLabel('日期')).toHaveValue(day);
  await expect(drawer.locator('.training-counts')).toHaveText(`应到 ${expected.length} 人，实到 ${expected.length} 人`);
  await chooseByArrows(page, drawer.getByLabel('组织方'), training.organiser);
  await expect(drawer.locator('.ant-form-item').filter({ has: page.getByLabel('组织方') })).toContainText(
    training.organiser,
  );
  await drawer.getByLabel('学时').fill(String(training.hours));
  await drawer.getByLabel('主题').fill(training.topic);
  const absentRow = drawer.locator('.training-attendee').filter({ hasText: absentee.name });
  await absentRow.getByRole('checkbox').uncheck();
  await expect(absentRow).toContainText('缺席');
  await expect(drawer.locator('.training-counts')).toHaveText(
    `应到 ${expected.length} 人，实到 ${expected.length - 1} 人`,
  );
  await drawer.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByText(`已登记培训“${training.topic}”，出席 ${expected.length - 1} 人`)).toBeVisible();

  // The session opens as recorded: the absent worker first.
  const detail = page.getByRole('dialog').filter({ hasText: '出席情况：' });
  await expect(detail.getByText(`出席情况：应到 ${expected.length} 人，实到 ${expected.length - 1} 人`)).toBeVisible();
  await expect(detail.locator('.ant-table-row').first()).toContainText(absentee.name);
  await expect(detail.locator('.ant-table-row').first()).toContainText('缺席');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  const sessions = await api(page, token, 'team.trainings', { fromMonth: thisMonth(), toMonth: thisMonth() });
  const session = sessions.rows.find((row) => row.topic === training.topic);
  expect(session).toMatchObject({
    heldOn: day,
    organiser: 'district',
    hours: training.hours,
    present: expected.length - 1,
    absent: 1,
  });
  const recorded = await api(page, token, 'team.training', { id: session?.id ?? 0 });
  expect(recorded.attendance.filter((a) => !a.present)).toEqual([
    { staffId: absentee.id, name: absentee.name, present: false },
  ]);
  expect(recorded.attendance).toHaveLength(expected.length);

  // In the list of sessions, with its date, organiser, hours and attendance.
  const sessionRow = page.locator('.training-list .ant-table-row').filter({ hasText: training.topic });
  await expect(sessionRow).toHaveCount(1);
  await expect(sessionRow).toContainText(day);
  await expect(sessionRow).toContainText(training.organiser);
  await expect(sessionRow).toContainText(`${training.hours} 小时`);
  await expect(sessionRow).toContainText(`出席 ${expected.length - 1} / 缺席 1`);

  // 学时统计 for this year: the present worker gained the session's hours, the absent one only the expectation.
  const hoursAfter = await api(page, token, 'team.trainingHours', { from: yearStart, to: day });
  const presentBefore = hoursOf(hoursBefore.rows, present.id);
  const presentAfter = hoursOf(hoursAfter.rows, present.id);
  expect(presentAfter).toMatchObject({
    expected: presentBefore.expected + 1,
    attended: presentBefore.attended + 1,
    hours: presentBefore.hours + training.hours,
  });
  const absentBefore = hoursOf(hoursBefore.rows, absentee.id);
  const absentAfter = hoursOf(hoursAfter.rows, absentee.id);
  expect(absentAfter).toMatchObject({
    expected: absentBefore.expected + 1,
    attended: absentBefore.attended,
    hours: absentBefore.hours,
  });
  await page.getByRole('tab', { name: '学时统计' }).click();
  const hoursRow = (name: string) => page.locator('.training-hours .ant-table-row').filter({ hasText: name });
  for (const [worker, after] of [
    [present, presentAfter],
    [absentee, absentAfter],
  ] as const) {
    const cells = hoursRow(worker.name).locator('td');
    await expect(cells.nth(1)).toHaveText(String(after.expected));
    await expect(cells.nth(2)).toHaveText(String(after.attended));
    await expect(cells.nth(4)).toHaveText(String(after.hours));
  }

  // 2. Last month's assessment: the ranking as the API ranks it, the 末位 flagged.
  await openMenuItem(page, '队伍建设', '考核');
  await expect(page.getByLabel('考核月份')).toHaveValue(monthWords(lastMonth));
  const rankingRows = page.locator('.assessment-row');
  await expect(rankingRows).toHaveCount(ranking.rows.length);
  await expect(rankingRows.locator('td:nth-child(1)')).toHaveText(ranking.rows.map((r) => String(r.rank)));
  await expect(rankingRows.locator('td:nth-child(2)')).toHaveText(ranking.rows.map((r) => r.name));
  await expect(rankingRows.locator('td:nth-child(5)')).toHaveText(ranking.rows.map((r) => pointsText(r.total)));
  await expect(rankingRows.locator('td:nth-child(6)')).toHaveText(
    ranking.rows.map((r) => new RegExp(`^${gradeName(r.grade)}${r.bottom ? '末位' : ''}`)),
  );
  await expect(page.locator('.assessment-row-bottom')).toHaveCount(bottomRows.length);

  // The bottom worker's score sheet explains every point: the lines equal the API's.
  await page.locator('.assessment-row-bottom').last().getByRole('link', { name: bottom.name }).click();
  await expect(page).toHaveURL(new RegExp(`#/team/assessment/${lastMonth}/${bottom.staffId}$`));
  const sheet = await api(page, token, 'team.scoreSheet', { month: lastMonth, staffId: bottom.staffId });
  expect(sheet).toMatchObject({ name: bottom.name, total: bottom.total, rank: bottom.rank, bottom: true });
  // Full- and part-time workers are ranked apart: the count is of those ranked with them.
  const rankedWith = ranking.rows.filter((row) => row.employment === sheet.employment).length;
  await expectSheetShown(page, sheet, `第 ${sheet.rank} 名 / 共 ${rankedWith} 人`);

  // 3. The sheet leads to the worker's page, where the manager records the elimination, dated today.
  await page.getByRole('link', { name: '末位淘汰' }).click();
  await expect(page).toHaveURL(new RegExp(`#/team/staff/${bottom.staffId}$`));
  await expect(page.getByRole('heading', { level: 1, name: bottom.name })).toBeVisible();
  await page.getByRole('button', { name: '末位淘汰' }).click();
  const change = page.getByRole('dialog').filter({ hasText: `末位淘汰：${bottom.name}` });
  const dateField = change.getByLabel('日期');
  await expect(dateField).toBeVisible();
  await expect(dateField).toHaveValue(day);
  await change.getByLabel('原因').fill(eliminationReason);
  await change.getByRole('button', { name: '末位淘汰' }).click();
  await expect(page.getByText(`已登记 ${bottom.name} 末位淘汰`)).toBeVisible();
  await expect(change).toBeHidden();

  // Their page: status 末位淘汰 since today, no grids, the elimination above 入职 in the history.
  await expect(page.locator('.worker-title .ant-tag').filter({ hasText: '末位淘汰' })).toBeVisible();
  await expect(page.locator('.worker-title').getByRole('button', { name: '末位淘汰' })).toHaveCount(0);
  const facts = page.locator('.worker-facts');
  await expect(facts.locator('.ant-descriptions-row').filter({ hasText: '状态' })).toContainText(`末位淘汰${day}`);
  await expect(facts).toContainText('暂未分配网格');
  const history = page.locator('.staff-history .ant-timeline-item');
  await expect(history.first()).toContainText(`${day} 末位淘汰`);
  await expect(history.first()).toContainText(eliminationReason);
  await expect(history.last()).toContainText('入职');

  const member = await api(page, token, 'team.staffMember', { id: bottom.staffId });
  expect(member).toMatchObject({ status: 'eliminated', statusDate: day, grids: [] });
  expect(member.events.filter((e) => e.kind !== 'joined').map((e) => [e.kind, e.date, e.reason])).toEqual([
    ['eliminated', day, eliminationReason],
  ]);

  // The roster: gone from those at work, listed under 末位淘汰 with the date.
  await openMenuItem(page, '队伍建设', '网格队伍');
  const staffRows = page.locator('.staff-row');
  await expect(staffRows.first()).toBeVisible();
  await expect(staffRows.filter({ hasText: bottom.name })).toHaveCount(0);
  const statusBox = page.getByLabel('状态');
  await chooseByArrows(page, statusBox, '末位淘汰');
  await expect(page.locator('.staff-filter-select').first()).toContainText('末位淘汰');
  await expect(page).toHaveURL(/status=eliminated/);
  const eliminatedRow = staffRows.filter({ hasText: bottom.name });
  await expect(eliminatedRow).toHaveCount(1);
  await expect(eliminatedRow).toContainText(`末位淘汰${day}`);
  await expect(eliminatedRow).toContainText('未分配网格');

  // 4. The grid worker, at another desk, opens their own sheet for last month: it is the API's.
  const worker = await pageOf(browser, gridWorker.username);
  const workerToken = await tokenOf(worker, gridWorker.username);
  await openMenuItem(worker, '队伍建设', '考核');
  await expect(worker.getByLabel('考核月份')).toHaveValue(monthWords(lastMonth));
  const own = await api(worker, workerToken, 'team.scoreSheet', { month: lastMonth });
  expect(own).toMatchObject({ staffId: present.id, name: gridWorker.name, month: lastMonth });
  await expectSheetShown(worker, own, `第 ${own.rank} 名`);
  await expect(worker.getByRole('link', { name: '末位淘汰' })).toHaveCount(0);
  await worker.context().close();
});
