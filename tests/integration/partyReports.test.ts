// The monthly membership report 组织生活月报: its figures computed from a hand-built month, the flow draft → submitted
// → returned → submitted → reviewed with figures frozen while submitted, every refusal changing nothing, and the sheet.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDownload } from '../../src/main/rpc/files';
import type { InputOf } from '../../src/shared/contract';
import { validationMessage } from '../../src/shared/i18n/validation';
import type { CaseDesk } from '../support/caseFactory';
import { type ReportDesk, startReportDesk } from '../support/partyReportMonth';

let r: ReportDesk;
let c: CaseDesk;
let branchId: number;
let otherBranchId: number;
let secretary2: string;

const now = () => c.desk.app.router.clock.now();
const sqlite = () => c.desk.app.database.sqlite;

beforeAll(() => {
  r = startReportDesk();
  ({ c, branchId, otherBranchId, secretary2 } = r);
});
afterAll(() => c.desk.close());

/**
 * On the roster on 30 September: 王建国, 李明 (joined the 10th, probationary), 钱芳 (mobile, left 5 October), 孙丽
 * (full since the 15th) and 吴刚 (transferred in the 5th); not 赵强 (left the 20th) nor 周杰 (arrived in October).
 * Meetings: two 支委会 and a 主题党日 in the month, the quarter's 党课 in August. Dues: 王建国 20.00, 孙丽 0.20 and
 * 吴刚 150.00 (his amount when paid) paid; 李明 120.00 and 钱芳 15.00 due from their incomes. One wish claimed at
 * 23:30 on the 30th; the one at 00:30 on 1 October is October's.
 */
const september = {
  month: '2026-09',
  members: { total: 5, full: 4, probationary: 1, community: 2, onTheJob: 2, mobile: 1 },
  changes: { joined: 1, becameFull: 1, transferredIn: 1, transferredOut: 1, deceased: 0 },
  meetings: [
    { type: 'branch_assembly', required: true, held: 0 },
    { type: 'committee_meeting', required: true, held: 2 },
    { type: 'group_meeting', required: true, held: 0 },
    { type: 'party_lecture', required: true, held: 0 },
    { type: 'themed_party_day', required: true, held: 1 },
  ],
  meetingsHeld: 3,
  meetingsRequired: 5,
  requiredHeld: 3,
  attendance: { expected: 10, present: 8, rate: 0.8 },
  // Dues count everyone on the roster at some point of the month, as the dues sheet does: 赵强, who left on the
  // 20th, still owed September (20.00 yuan, unpaid).
  dues: {
    membersDue: 6,
    membersPaid: 3,
    dueFen: 2_000 + 12_000 + 1_500 + 20 + 15_000 + 2_000,
    paidFen: 2_000 + 20 + 15_000,
  },
  service: { records: 3, members: 2, hours: 7, wishesClaimed: 1 },
};

describe('the figures of a month', () => {
  it('count the roster at the month’s end, its changes, meetings, attendance, dues and service', () => {
    const report = c.desk.call('party.report', { branchId, month: '2026-09' }, c.tokens.secretary);
    expect(report.figures).toEqual(september);
    expect(report).toMatchObject({
      branchName: '振兴社区第一网格党支部',
      brandName: '好邻居',
      gridPath: '振兴社区 / 第一网格',
      secretaryName: '王建国',
      status: null,
      version: null,
      remarks: '',
      history: [],
    });
  });

  it('require monthly meetings only outside a quarter’s last month, and leave the rate empty without meetings', () => {
    const august = c.desk.call('party.report', { branchId, month: '2026-08' }, c.tokens.manager).figures;
    expect(august.meetings.filter((x) => x.required).map((x) => x.type)).toEqual([
      'committee_meeting',
      'group_meeting',
      'themed_party_day',
    ]);
    expect(august).toMatchObject({ meetingsHeld: 1, meetingsRequired: 3, requiredHeld: 0 });
    expect(august.attendance).toEqual({ expected: 1, present: 0, rate: 0 });
    const july = c.desk.call('party.report', { branchId, month: '2026-07' }, c.tokens.manager).figures;
    expect(july.attendance).toEqual({ expected: 0, present: 0, rate: null });
  });
});

/** A refused call: its code and reason, and the database as it was. */
function expectRefused(
  procedure: string,
  input: unknown,
  token: string,
  expected: { code: string; reason?: string; issue?: { path: string[]; message: string } },
) {
  const before = c.desk.snapshot();
  const answer = c.desk.raw(procedure, input, token);
  if (answer.ok) throw new Error(`${procedure} was not refused`);
  expect(answer.error.code).toBe(expected.code);
  if (expected.reason) expect(answer.error.reason).toBe(expected.reason);
  if (expected.issue) expect(answer.error.issues).toEqual([expected.issue]);
  expect(c.desk.snapshot()).toEqual(before);
}

type Key = { branchId: number; month: string };
const save = (key: Key, version: number | null, remarks: string, token = c.tokens.secretary) =>
  c.desk.call('party.saveReport', { ...key, version, remarks }, token);
const submit = (key: Key, version: number | null, remarks: string, token = c.tokens.secretary) =>
  c.desk.call('party.submitReport', { ...key, version, remarks }, token);
const review = (key: Key, version: number, decision: 'review' | 'return', opinion = '') =>
  c.desk.call('party.reviewReport', { ...key, version, decision, opinion }, c.tokens.manager);

describe('the flow of a report', () => {
  const key = { branchId: 0, month: '2026-10' };
  beforeAll(() => {
    key.branchId = branchId;
  });

  it('goes draft → submitted → returned → submitted → reviewed, each step in the history', () => {
    const draft = save(key, null, '本月组织生活正常');
    expect(draft).toMatchObject({ status: 'draft', remarks: '本月组织生活正常', version: 1, history: [] });
    const submitted = submit(key, draft.version, '本月组织生活正常。');
    expect(submitted).toMatchObject({ status: 'submitted', submittedAt: now(), version: 2 });
    const returned = review(key, 2, 'return', '党费收缴情况请补充说明');
    expect(returned).toMatchObject({ status: 'returned', opinion: '党费收缴情况请补充说明', reviewedAt: null });
    const edited = save(key, returned.version, '党费已于月底收齐。');
    expect(edited).toMatchObject({ status: 'returned', remarks: '党费已于月底收齐。' });
    const again = submit(key, edited.version, '党费已于月底收齐。');
    expect(again.status).toBe('submitted');
    const approved = review(key, again.version as number, 'review');
    expect(approved).toMatchObject({ status: 'reviewed', reviewedAt: now(), opinion: null, version: 6 });
    expect(approved.history.map((e) => [e.action, e.actorName, e.opinion])).toEqual([
      ['submit', '孙桂兰', ''],
      ['return', '周卫东', '党费收缴情况请补充说明'],
      ['submit', '孙桂兰', ''],
      ['review', '周卫东', ''],
    ]);
    const audited = sqlite()
      .prepare("select action from audit_log where entity = 'party_reports' order by id")
      .pluck()
      .all();
    expect(audited).toEqual([
      'party.saveReport',
      'party.submitReport',
      'party.reviewReport',
      'party.saveReport',
      'party.submitReport',
      'party.reviewReport',
    ]);
  });

  it('lists each reachable branch with its report’s status, and filters by status', () => {
    const rows = (token: string, input: InputOf<'party.reports'>) =>
      c.desk.call('party.reports', input, token).rows.map((r) => [r.branchName, r.status]);
    expect(rows(c.tokens.manager, { month: '2026-10' })).toEqual([
      ['凤凰社区党支部', null],
      ['振兴社区第一网格党支部', 'reviewed'],
    ]);
    expect(rows(c.tokens.manager, { month: '2026-10', status: 'reviewed' })).toEqual([
      ['振兴社区第一网格党支部', 'reviewed'],
    ]);
    expect(rows(c.tokens.secretary, { month: '2026-10' })).toEqual([['振兴社区第一网格党支部', 'reviewed']]);
  });

  it('refuses editing or submitting a reviewed report', () => {
    const { version } = c.desk.call('party.report', key, c.tokens.secretary);
    expectRefused('party.saveReport', { ...key, version, remarks: '改' }, c.tokens.secretary, {
      code: 'INVALID_TRANSITION',
      reason: 'reportNotEditable',
    });
    expectRefused('party.submitReport', { ...key, version, remarks: '改' }, c.tokens.secretary, {
      code: 'INVALID_TRANSITION',
      reason: 'reportNotEditable',
    });
  });
});

describe('refusals', () => {
  it('refuses submitting twice', () => {
    const key = { branchId, month: '2026-06' };
    const submitted = submit(key, null, '');
    expectRefused('party.submitReport', { ...key, version: submitted.version, remarks: '' }, c.tokens.secretary, {
      code: 'INVALID_TRANSITION',
      reason: 'reportAlreadySubmitted',
    });
    expectRefused('party.saveReport', { ...key, version: submitted.version, remarks: '' }, c.tokens.secretary, {
      code: 'INVALID_TRANSITION',
      reason: 'reportNotEditable',
    });
  });

  it('refuses returning without an opinion, and a secretary reviewing', () => {
    const key = { branchId, month: '2026-05' };
    const { version } = submit(key, null, '');
    const input = { ...key, version, decision: 'return', opinion: '  ' };
    expectRefused('party.reviewReport', input, c.tokens.manager, {
      code: 'VALIDATION',
      issue: { path: ['opinion'], message: validationMessage('zh-CN', 'opinionRequired') },
    });
    expectRefused('party.reviewReport', { ...input, decision: 'review' }, c.tokens.secretary, {
      code: 'FORBIDDEN',
      reason: 'forbidden',
    });
  });

  it('refuses reviewing a draft or a month with nothing saved', () => {
    const key = { branchId, month: '2026-04' };
    const draft = save(key, null, '草稿');
    expectRefused('party.reviewReport', { ...key, version: draft.version, decision: 'review' }, c.tokens.manager, {
      code: 'INVALID_TRANSITION',
      reason: 'reportNotSubmitted',
    });
    expectRefused(
      'party.reviewReport',
      { branchId, month: '2026-03', version: 1, decision: 'return', opinion: '补充' },
      c.tokens.manager,
      { code: 'INVALID_TRANSITION', reason: 'reportNotSubmitted' },
    );
  });

  it('hides another branch’s report and refuses changing it', () => {
    const key = { branchId: otherBranchId, month: '2026-10' };
    expectRefused('party.report', key, c.tokens.secretary, { code: 'NOT_FOUND', reason: 'branchNotFound' });
    expectRefused('exports.partyReport', key, c.tokens.secretary, { code: 'NOT_FOUND', reason: 'branchNotFound' });
    expectRefused('party.saveReport', { ...key, version: null, remarks: '' }, c.tokens.secretary, {
      code: 'FORBIDDEN',
      reason: 'notYourBranch',
    });
    expectRefused('party.submitReport', { ...key, version: null, remarks: '' }, c.tokens.secretary, {
      code: 'FORBIDDEN',
      reason: 'notYourBranch',
    });
    expect(c.desk.call('party.report', key, secretary2).branchName).toBe('凤凰社区党支部');
  });

  it('refuses a month that has not begun', () => {
    const key = { branchId, month: '2026-12', version: null, remarks: '' };
    const issue = { path: ['month'], message: validationMessage('zh-CN', 'reportMonthInFuture', { month: '2026-12' }) };
    expectRefused('party.saveReport', key, c.tokens.secretary, { code: 'VALIDATION', issue });
    expectRefused('party.submitReport', key, c.tokens.secretary, { code: 'VALIDATION', issue });
  });

  it('refuses a stale version, and a first save when someone saved already', () => {
    const key = { branchId, month: '2026-02' };
    const first = save(key, null, '初稿');
    save(key, first.version, '二稿');
    for (const version of [first.version, null]) {
      expectRefused('party.saveReport', { ...key, version, remarks: '三稿' }, c.tokens.secretary, {
        code: 'CONFLICT',
        reason: 'staleVersion',
      });
      expectRefused('party.submitReport', { ...key, version, remarks: '三稿' }, c.tokens.secretary, {
        code: 'CONFLICT',
        reason: 'staleVersion',
      });
    }
    expectRefused('party.saveReport', { branchId, month: '2026-01', version: 3, remarks: '' }, c.tokens.secretary, {
      code: 'CONFLICT',
      reason: 'staleVersion',
    });
  });
});

describe('frozen figures', () => {
  it('keep what was submitted while the report is submitted, and are live again once it is returned', () => {
    const key = { branchId, month: '2026-11' };
    const submitted = submit(key, null, '');
    const before = submitted.figures.members.total;
    const newcomer = r.insertMember({ name: '冯雪', arrivedOn: '2026-11-02', fullOn: '2024-01-01' });
    r.insertEvent(newcomer, 'transferred_in', '2026-11-02');
    const read = c.desk.call('party.report', key, c.tokens.manager);
    expect(read.figures).toEqual(submitted.figures);
    const returned = review(key, read.version as number, 'return', '请核对党员人数');
    expect(returned.figures.members.total).toBe(before + 1);
    expect(returned.figures.changes.transferredIn).toBe(submitted.figures.changes.transferredIn + 1);
    const again = submit(key, returned.version, '已核对');
    expect(again.figures.members.total).toBe(before + 1);
  });
});

/** Every row of an export's sheet as text, fetched as the download route fetches it. */
async function sheetOf(downloadId: string, token: string) {
  const answer = await openDownload(c.desk.app.router, { token, downloadId });
  if (!answer.ok) throw new Error(`download refused: ${JSON.stringify(answer.error)}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(answer.data.file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the export has no worksheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
  });
  return { name: sheet.name, rows };
}

describe('the report’s sheet', () => {
  it('is a Chinese sheet titled by branch and month, with every section of the figures', async () => {
    const key = { branchId, month: '2026-09' };
    save(key, null, '本月新发展党员一名。');
    const title = '振兴社区第一网格党支部 2026年9月组织生活月报';
    expect(c.desk.call('exports.partyReport', key, c.tokens.secretary).fileName).toBe(`${title}.xlsx`);
    // Downloading asks for households.export (rpc/files.ts), which a branch secretary does not hold: the manager's
    // sheet of the same report is read back.
    const file = c.desk.call('exports.partyReport', key, c.tokens.manager);
    const { name, rows } = await sheetOf(file.downloadId, c.tokens.manager);
    expect(name).toBe(title);
    expect(rows[0]?.[0]).toBe(name);
    const line = (label: string) => rows.find((r) => r[0] === label)?.filter((cell) => cell !== '');
    expect(line('党支部')).toEqual(['党支部', '振兴社区第一网格党支部']);
    expect(line('品牌名称')).toEqual(['品牌名称', '好邻居']);
    expect(line('月份')).toEqual(['月份', '2026年9月']);
    expect(line('状态')).toEqual(['状态', '草稿']);
    expect(line('党员总数')).toEqual(['党员总数', '5']);
    expect(line('预备党员')).toEqual(['预备党员', '1']);
    expect(line('在职党员')).toEqual(['在职党员', '2']);
    expect(line('转出')).toEqual(['转出', '1']);
    expect(line('组织生活')).toEqual(['组织生活', '应开', '已开']);
    expect(line('支委会')).toEqual(['支委会', '1', '2']);
    expect(line('党小组会')).toEqual(['党小组会', '1', '0']);
    expect(line('出勤率')).toEqual(['出勤率', '80.0%']);
    expect(line('党费')).toEqual(['党费', '应交', '实交']);
    expect(line('金额（元）')).toEqual(['金额（元）', '325.20', '170.20']);
    expect(line('人数')).toEqual(['人数', '6', '3']);
    expect(line('服务时长（小时）')).toEqual(['服务时长（小时）', '7']);
    expect(line('认领心愿（个）')).toEqual(['认领心愿（个）', '1']);
    expect(line('备注')).toEqual(['备注', '本月新发展党员一名。']);
    const audit = sqlite().prepare("select entity from audit_log where action = 'exports.partyReport'").pluck().all();
    expect(audit).toEqual(['party_reports', 'party_reports']);
  });
});
