// Issue 5's path through a party branch's month: the secretary adds an on-the-job member, records the committee
// meeting the calendar says is owed (one member away), records the new member's dues and files this month's report;
// the manager returns it with an opinion, the secretary corrects it and submits it again, the manager approves it.
import { expect, test } from '@playwright/test';
import { fenToYuanText } from '../../src/shared/domain/money';
import { monthlyDuesFen } from '../../src/shared/domain/partyDues';
import { meetingTypes } from '../../src/shared/domain/partyLife';
import { chooseByArrows, expectFiguresShown, submitReport, typeDate } from './partySupport';
import { api, thisMonth, today, tokenOf } from './registerSupport';
import { openMenuItem, pageOf, rpc, settledDialog, signIn } from './support';

test.use({ timezoneId: 'Asia/Shanghai' });

const secretary = { username: 'secretary', name: '孙桂兰', branch: '振兴社区第一网格党支部' };
const newcomer = {
  name: '钱思远',
  birthDate: '1991-04-16',
  employer: '泰州市人民医院',
  servicePost: '楼道长',
  // The employed bracket above 5,000 yuan pays 1.5% of the whole income.
  incomeYuan: '5000.01',
  incomeFen: 500_001,
};
const topic = '研究社区在职党员报到和冬季楼道巡查安排';
const away = { reason: '外出', note: '在外地出差' };
const opinion = '党费收缴情况请在备注中写明新入党同志的缴纳情况后再提交。';
const committeeColumn = meetingTypes.indexOf('committee_meeting') + 1;

test('a branch secretary keeps her branch for the month and the manager reviews its report', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const month = thisMonth();
  const day = today();
  const dueFen = monthlyDuesFen('employed', newcomer.incomeFen);
  const correctedRemarks = `本月发展预备党员 1 名（${newcomer.name}，在职党员），当月已交党费 ${fenToYuanText(dueFen)} 元。`;
  const token = await tokenOf(page, secretary.username);
  const managerLogin = await rpc(page, 'auth.login', { username: 'manager', password: 'demo1234' });
  const managerToken = managerLogin.body.data.token as string;
  const managerName = managerLogin.body.data.user.displayName as string;

  // Where the month stands before: her one branch, its committee meeting still owed, no report filed yet.
  const { rows: branches } = await api(page, token, 'party.branches', {});
  expect(branches.map((b) => b.name)).toEqual([secretary.branch]);
  const branchId = branches[0]?.id ?? 0;
  const owedBefore = await api(page, token, 'party.meetingsOwed', { month });
  const committeeBefore = owedBefore.rows[0]?.due.find((d) => d.type === 'committee_meeting');
  expect(committeeBefore).toMatchObject({ owed: true, held: 0 });
  const before = await api(page, token, 'party.report', { branchId, month });
  expect(before.status).toBeNull();
  const roster = await api(page, token, 'party.members', { branchId, limit: 200 });
  // Rows are found by name: the newcomer's and the absentee's must each pick out one row.
  const names = roster.rows.map((m) => m.name);
  expect(names.filter((n) => n.includes(newcomer.name))).toEqual([]);
  const absentee = roster.rows.find(
    (m) => m.name !== secretary.name && names.filter((n) => n.includes(m.name)).length === 1,
  );
  if (!absentee) throw new Error('the branch has no member besides its secretary');

  // 1. The secretary adds an on-the-job probationary member who does not live on the register.
  await signIn(page, secretary.username);
  await openMenuItem(page, '党建', '党员');
  await page.getByRole('button', { name: '新增党员' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '新增党员' });
  await expect(drawer.getByLabel('党支部')).toBeVisible();
  const typedPerson = drawer.getByText('不在居民名册', { exact: true });
  if (await typedPerson.isVisible()) await typedPerson.click();
  await drawer.getByLabel('姓名').fill(newcomer.name);
  await drawer.locator('.ant-radio-wrapper', { hasText: '男' }).click();
  await typeDate(drawer.getByLabel('出生日期'), newcomer.birthDate);
  await typeDate(drawer.getByLabel('入党日期'), day);
  await drawer.locator('.ant-radio-button-wrapper', { hasText: '在职党员' }).click();
  await drawer.getByLabel('工作单位').fill(newcomer.employer);
  await typeDate(drawer.getByLabel('到社区报到日期'), day);
  await drawer.getByLabel('认领服务岗位').fill(newcomer.servicePost);
  // An on-the-job member is employed: the income category follows the kind.
  await expect(drawer.locator('.ant-form-item').filter({ has: page.getByLabel('收入类别') })).toContainText('在职');
  await drawer.getByLabel('税后月收入').fill(newcomer.incomeYuan);
  await expect(drawer.getByText(`每月党费 ${fenToYuanText(dueFen)} 元`)).toBeVisible();
  await drawer.getByRole('button', { name: '加入名册' }).click();
  await expect(page.getByText(`${newcomer.name} 已加入 ${secretary.branch}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: newcomer.name })).toBeVisible();
  await expect(page.getByText(newcomer.employer)).toBeVisible();

  const found = await api(page, token, 'party.members', { q: newcomer.name });
  expect(found.rows).toHaveLength(1);
  const member = found.rows[0];
  expect(member).toMatchObject({
    branchId,
    kind: 'on_the_job',
    standing: 'probationary',
    status: 'active',
    employer: newcomer.employer,
    joinedOn: day,
    reportedOn: day,
    incomeCategory: 'employed',
    incomeFen: newcomer.incomeFen,
    monthlyDuesFen: dueFen,
  });
  const memberId = member?.id ?? 0;

  // On the roster as an on-the-job probationary member with their employer.
  await openMenuItem(page, '党建', '党员');
  await page.getByPlaceholder('按姓名查找').fill(newcomer.name);
  const rosterRow = page.locator('.ant-table-row').filter({ hasText: newcomer.name });
  await expect(rosterRow).toHaveCount(1);
  await expect(rosterRow).toContainText('预备党员');
  await expect(rosterRow).toContainText('在职党员');
  await expect(rosterRow).toContainText(newcomer.employer);
  await expect(rosterRow).toContainText(fenToYuanText(dueFen));

  // 2. The calendar says the committee meeting is owed; its cell records it, everyone listed, one member away.
  await openMenuItem(page, '党建', '组织生活');
  const calendarRow = page.locator('.meeting-calendar .ant-table-row').filter({ hasText: secretary.branch });
  const committeeCell = calendarRow.locator('td').nth(committeeColumn);
  await expect(committeeCell).toContainText('待开');
  await page.getByRole('button', { name: `登记 ${secretary.branch} 的支委会` }).click();
  const form = page.getByRole('dialog').filter({ hasText: '登记会议' });
  await expect(form.getByText('登记会议', { exact: true })).toBeVisible();
  const expected = roster.total + 1;
  await expect(form.locator('.attendance-counts')).toHaveText(`应到 ${expected} 人，实到 ${expected} 人`);
  await expect(form.locator('.attendance-row').filter({ hasText: newcomer.name })).toBeVisible();
  await form.getByLabel('会议主题').fill(topic);
  await form.getByLabel('主持人/主讲人').fill(secretary.name);
  const absentRow = form.locator('.attendance-row').filter({ hasText: absentee.name });
  await absentRow.getByRole('checkbox').uncheck();
  await expect(form.locator('.attendance-counts')).toHaveText(`应到 ${expected} 人，实到 ${expected - 1} 人`);
  await chooseByArrows(page, absentRow.getByLabel('缺席原因'), away.reason);
  await expect(absentRow.locator('.attendance-reason')).toContainText(away.reason);
  await absentRow.getByLabel('说明（可选）').fill(away.note);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`已登记支委会（${day}）`)).toBeVisible();
  await expect(form).toBeHidden();
  await expect(committeeCell).toContainText('已开 1 次');
  await expect(page.getByRole('button', { name: `登记 ${secretary.branch} 的支委会` })).toHaveCount(0);

  const owedAfter = await api(page, token, 'party.meetingsOwed', { month });
  expect(owedAfter.rows[0]?.due.find((d) => d.type === 'committee_meeting')).toMatchObject({ owed: false, held: 1 });
  const meetings = await api(page, token, 'party.meetings', {
    branchId,
    type: 'committee_meeting',
    fromMonth: month,
    toMonth: month,
  });
  expect(meetings.rows).toHaveLength(1);
  expect(meetings.rows[0]).toMatchObject({
    heldOn: day,
    topic,
    presenter: secretary.name,
    present: expected - 1,
    absent: 1,
  });
  const meeting = await api(page, token, 'party.meeting', { id: meetings.rows[0]?.id ?? 0 });
  expect(meeting.attendance).toHaveLength(expected);
  expect(meeting.attendance.filter((a) => !a.present)).toEqual([
    { memberId: absentee.id, name: absentee.name, present: false, absenceReason: 'away', absenceNote: away.note },
  ]);
  expect(meeting.attendance.find((a) => a.memberId === memberId)?.present).toBe(true);

  // The list of meetings counts the attendance; the meeting's detail names who was away and why.
  const meetingRow = page.locator('.meeting-list .ant-table-row').filter({ hasText: topic });
  await expect(meetingRow).toContainText(`出席 ${expected - 1} / 缺席 1`);
  await meetingRow.click();
  const detail = page.getByRole('dialog').filter({ hasText: '出勤名单' });
  await expect(detail.getByText(`出勤名单：应到 ${expected} 人，实到 ${expected - 1} 人`)).toBeVisible();
  await expect(detail.locator('.ant-table-row').filter({ hasText: absentee.name })).toContainText(away.reason);
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // 3. This month's dues of the new member, at the amount the rule gives their income.
  const sheetBefore = await api(page, token, 'party.duesSheet', { branchId, month });
  await openMenuItem(page, '党建', '党费');
  // The sheet runs to several pages; the unpaid ones are what the secretary collects.
  await page.getByRole('checkbox', { name: /^只看未交/ }).check();
  const duesRow = page.locator('.ant-table-row').filter({ hasText: newcomer.name });
  await expect(duesRow).toContainText('未交');
  await expect(duesRow).toContainText(fenToYuanText(dueFen));
  await duesRow.getByRole('button', { name: '登记党费' }).click();
  const duesForm = page.getByRole('dialog').filter({ hasText: `登记党费：${newcomer.name}` });
  await expect(duesForm.getByText(`登记党费：${newcomer.name}`)).toBeVisible();
  await expect(duesForm.getByText(`共 1 个月，合计 ${fenToYuanText(dueFen)} 元`)).toBeVisible();
  await duesForm.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`已登记${newcomer.name} 1 个月的党费，合计 ${fenToYuanText(dueFen)} 元`)).toBeVisible();
  await expect(duesForm).toBeHidden();
  // Paid, the member leaves the unpaid list; in the whole sheet their row shows the payment, on its page.
  await expect(duesRow).toHaveCount(0);
  const unpaidBefore = sheetBefore.rows.filter((r) => r.paidFen === null).length;
  await expect(page.getByRole('checkbox', { name: `只看未交（${unpaidBefore - 1}）` })).toBeVisible();
  await page.getByRole('checkbox', { name: /^只看未交/ }).uncheck();
  const sheet = await api(page, token, 'party.duesSheet', { branchId, month });
  const sheetPage = Math.floor(sheet.rows.findIndex((r) => r.memberId === memberId) / 50) + 1;
  if (sheetPage > 1) await page.locator('.ant-pagination').getByTitle(String(sheetPage), { exact: true }).click();
  await expect(duesRow).toHaveCount(1);
  await expect(duesRow).not.toContainText('未交');
  await expect(duesRow.locator('td').nth(4)).toHaveText(fenToYuanText(dueFen));
  await expect(duesRow.locator('td').nth(5)).toHaveText(fenToYuanText(dueFen));
  await expect(duesRow).toContainText(day);
  await expect(duesRow).toContainText('现金');

  expect(sheet.rows.find((r) => r.memberId === memberId)).toMatchObject({
    dueFen,
    paidFen: dueFen,
    paidOn: day,
    method: 'cash',
  });
  expect(sheet.totals).toMatchObject({
    members: sheetBefore.totals.members,
    paid: sheetBefore.totals.paid + 1,
    paidFen: sheetBefore.totals.paidFen + dueFen,
  });
  await expect(page.locator('.dues-totals')).toHaveText(
    `应交 ${sheet.totals.members} 人 ${fenToYuanText(sheet.totals.dueFen)} 元，已交 ${sheet.totals.paid} 人 ${fenToYuanText(sheet.totals.paidFen)} 元`,
  );

  // 4. This month's report: its figures now hold the new member, the meeting and the payment.
  const live = (await api(page, token, 'party.report', { branchId, month })).figures;
  const committeeOf = (f: typeof live) => f.meetings.find((m) => m.type === 'committee_meeting')?.held ?? -1;
  expect(live.members).toMatchObject({
    total: before.figures.members.total + 1,
    probationary: before.figures.members.probationary + 1,
    onTheJob: before.figures.members.onTheJob + 1,
  });
  expect(live.changes.joined).toBe(before.figures.changes.joined + 1);
  expect(committeeOf(live)).toBe(committeeOf(before.figures) + 1);
  expect(live.meetingsHeld).toBe(before.figures.meetingsHeld + 1);
  expect(live.attendance).toMatchObject({
    expected: before.figures.attendance.expected + expected,
    present: before.figures.attendance.present + expected - 1,
  });
  expect(live.dues).toMatchObject({
    membersDue: before.figures.dues.membersDue + 1,
    membersPaid: before.figures.dues.membersPaid + 1,
    dueFen: before.figures.dues.dueFen + dueFen,
    paidFen: before.figures.dues.paidFen + dueFen,
  });

  await page.goto(`/#/party/reports?month=${month}`);
  await page.getByRole('button', { name: '填报月报' }).click();
  await expect(page.locator('.report-facts')).toContainText('未填报');
  await expectFiguresShown(page, live);
  await page.getByLabel('备注与说明').fill('本月发展预备党员 1 名。');
  await submitReport(page);
  const submitted = await api(page, token, 'party.report', { branchId, month });
  expect(submitted).toMatchObject({ status: 'submitted', remarks: '本月发展预备党员 1 名。' });
  expect(submitted.figures).toEqual(live);
  await expectFiguresShown(page, live);

  // 5. The manager, at another desk, returns it with an opinion.
  const manager = await pageOf(browser, 'manager');
  await manager.goto(`/#/party/reports?month=${month}&status=submitted`);
  await manager.locator('.reports-row').filter({ hasText: secretary.branch }).click();
  await expect(manager.locator('.report-facts')).toContainText('已提交');
  await manager.getByRole('button', { name: '退回' }).click();
  const returning = await settledDialog(manager);
  await returning.getByLabel('审核意见').fill(opinion);
  await returning.getByRole('button', { name: '退回' }).click();
  await expect(manager.getByText('月报已退回支部', { exact: true })).toBeVisible();
  await expect(manager.locator('.report-facts')).toContainText('已退回');
  expect(await api(manager, managerToken, 'party.report', { branchId, month })).toMatchObject({
    status: 'returned',
    opinion,
  });

  // 6. The secretary sees the opinion on her list and on the report, corrects the remarks and submits again.
  await page.goto(`/#/party/reports?month=${month}`);
  await expect(page.locator('.reports-row').filter({ hasText: secretary.branch })).toContainText('已退回');
  await expect(page.getByText(`被退回：${opinion}`)).toBeVisible();
  await page.getByRole('button', { name: '填报月报' }).click();
  await expect(page.locator('.report-opinion')).toContainText('月报被退回，请按审核意见修改后再次提交');
  await expect(page.locator('.report-opinion')).toContainText(`审核意见：${opinion}`);
  await page.getByLabel('备注与说明').fill(correctedRemarks);
  await submitReport(page);
  expect(await api(page, token, 'party.report', { branchId, month })).toMatchObject({
    status: 'submitted',
    remarks: correctedRemarks,
  });

  // 7. The manager approves the corrected report; its history holds every step, each by whom.
  await manager.reload();
  await expect(manager.locator('.report-facts')).toContainText('已提交');
  await expect(manager.locator('.report-remarks')).toContainText(correctedRemarks);
  await manager.getByRole('button', { name: '审核通过' }).click();
  await (await settledDialog(manager)).getByRole('button', { name: '审核通过' }).click();
  await expect(manager.getByText('月报已审核通过', { exact: true })).toBeVisible();
  await expect(manager.locator('.report-facts')).toContainText('已审核');
  await manager.context().close();

  const reviewed = await api(page, token, 'party.report', { branchId, month });
  expect(reviewed).toMatchObject({ status: 'reviewed', remarks: correctedRemarks });
  expect(reviewed.figures).toEqual(live);
  expect(reviewed.history.map((step) => [step.action, step.actorName])).toEqual([
    ['submit', secretary.name],
    ['return', managerName],
    ['submit', secretary.name],
    ['review', managerName],
  ]);
  expect(reviewed.history[1]?.opinion).toBe(opinion);

  await page.reload();
  await expect(page.locator('.report-facts')).toContainText('已审核');
  await expect(page.getByText('月报已审核通过，不能再修改。')).toBeVisible();
  const history = page.locator('.report-history .ant-timeline-item');
  await expect(history).toHaveCount(4);
  const steps = [
    ['提交', secretary.name],
    ['退回', managerName],
    ['提交', secretary.name],
    ['审核通过', managerName],
  ];
  for (const [index, [action, actor]] of steps.entries()) {
    await expect(history.nth(index)).toContainText(`${action} · ${actor}`);
  }
  await expect(history.nth(1)).toContainText(opinion);
  await expectFiguresShown(page, live);
});
