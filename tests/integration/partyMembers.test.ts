// The party roster: members added from the register or by name, joined here or transferred in; their dated history
// (join → full → transfer out) with the register's political status following; filters, paging, each branch's
// reach; one member's record with dues, service and claimed wishes; the roster as a Chinese sheet.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDownload } from '../../src/main/rpc/files';
import { categoryId, claimWish, registerCase } from '../support/caseFactory';
import { addMember, memberInput, type PartyDesk, startPartyDesk } from '../support/partyFactory';
import { householdWithResident, idNumberOf } from '../support/registerFactory';

let p: PartyDesk;
beforeEach(() => {
  p = startPartyDesk();
});
afterEach(() => p.desk.close());

/** A refused call: its error, with proof that nothing was written. */
function refused(procedure: string, input: unknown, token = p.tokens.secretary) {
  const before = p.desk.snapshot();
  const answer = p.desk.raw(procedure, input, token);
  expect(answer.ok).toBe(false);
  expect(p.desk.snapshot()).toEqual(before);
  if (answer.ok) throw new Error('accepted');
  return answer.error;
}

/** 张三 on the register, living on 振兴社区 第01微网格. */
function resident(overrides: Parameters<typeof householdWithResident>[4] = {}) {
  return householdWithResident(p.desk, p.tokens.desk, p.grids.zxMicro1.id, {}, overrides).resident;
}

const politicalStatusOf = (residentId: number) =>
  p.desk.call('residents.get', { id: residentId }, p.tokens.desk).politicalStatus;

describe('adding a member', () => {
  it('takes a resident’s particulars from the register, starts their history and updates the register', () => {
    const r = resident({ name: '张三', idNumber: idNumberOf('1970-03-02', 135), phone: '13800001111' });
    const residentVersion = p.desk.call('residents.get', { id: r.id }, p.tokens.desk).version;
    const member = addMember(p.desk, p.tokens.secretary, {
      branchId: p.branchId,
      residentId: r.id,
      joinedOn: '2026-01-10',
      arrivedOn: '2025-01-01',
      fullOn: null,
    });
    expect(member).toMatchObject({
      name: '张三',
      gender: 'male',
      birthDate: '1970-03-02',
      phone: '13800001111',
      residentId: r.id,
      householdId: r.householdId,
      branchName: '振兴社区第一网格党支部',
      standing: 'probationary',
      status: 'active',
      // Joined here: they came onto the roster the day they joined, whatever was typed.
      arrivedOn: '2026-01-10',
      monthlyDuesFen: 2_000,
      version: 1,
    });
    const detail = p.desk.call('party.member', { id: member.id }, p.tokens.secretary);
    expect(detail.events).toEqual([
      expect.objectContaining({
        kind: 'joined',
        date: '2026-01-10',
        branchName: '振兴社区第一网格党支部',
        actorName: '孙桂兰',
      }),
    ]);
    const onRegister = p.desk.call('residents.get', { id: r.id }, p.tokens.desk);
    expect(onRegister).toMatchObject({ politicalStatus: 'probationary_member', version: residentVersion + 1 });
  });

  it('adds a member transferred in from elsewhere by name, an on-the-job member with their employer', () => {
    const member = addMember(p.desk, p.tokens.secretary, {
      branchId: p.branchId,
      name: '刘洋',
      arrival: 'transferred_in',
      joinedOn: '2010-07-01',
      fullOn: '2011-07-01',
      arrivedOn: '2026-09-15',
      kind: 'on_the_job',
      employer: '泰州市第二人民医院',
      reportedOn: '2026-09-20',
      servicePost: '社区义诊',
      mobileWhere: '不该保存',
      incomeCategory: 'employed',
      incomeFen: 800_000,
    });
    expect(member).toMatchObject({
      residentId: null,
      standing: 'full',
      kind: 'on_the_job',
      employer: '泰州市第二人民医院',
      mobileWhere: null,
      monthlyDuesFen: 12_000,
    });
    const detail = p.desk.call('party.member', { id: member.id }, p.tokens.secretary);
    expect(detail.events.map((e) => [e.kind, e.date])).toEqual([['transferred_in', '2026-09-15']]);
  });

  it('refuses an unknown resident, a member without a name, and dates and details that do not fit, changing nothing', () => {
    const unknown = refused('party.addMember', memberInput({ branchId: p.branchId, residentId: 9_999 }));
    expect(unknown.issues).toEqual([{ path: ['residentId'], message: '登记册上没有这位在册居民' }]);
    const { name: _name, ...nameless } = memberInput({ branchId: p.branchId });
    expect(refused('party.addMember', nameless).issues).toEqual([
      { path: ['name'], message: '请选择登记册上的居民，或填写党员姓名' },
    ]);
    const error = refused(
      'party.addMember',
      memberInput({
        branchId: p.branchId,
        arrival: 'transferred_in',
        joinedOn: '2020-07-01',
        fullOn: '2020-06-30',
        arrivedOn: '2019-01-01',
        kind: 'on_the_job',
      }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      { path: ['fullOn'], message: '转正日期不能早于入党日期' },
      { path: ['arrivedOn'], message: '转入本支部的日期不能早于入党日期' },
      { path: ['employer'], message: '在职党员须填写工作单位' },
      { path: ['reportedOn'], message: '在职党员须填写到社区报到的日期' },
    ]);
    const mobile = refused(
      'party.addMember',
      memberInput({
        branchId: p.branchId,
        kind: 'mobile',
        joinedOn: '2026-11-17',
        arrivedOn: '2026-11-17',
        fullOn: null,
      }),
    );
    expect(mobile.issues).toEqual([
      { path: ['mobileWhere'], message: '流动党员须填写外出地点' },
      { path: ['mobileSince'], message: '流动党员须填写外出时间' },
      { path: ['joinedOn'], message: '日期不能晚于今天' },
      { path: ['arrivedOn'], message: '日期不能晚于今天' },
    ]);
  });

  it('refuses a negative income with the contract’s message', () => {
    const error = refused('party.addMember', memberInput({ branchId: p.branchId, incomeFen: -1 }));
    expect(error.issues).toEqual([{ path: ['incomeFen'], message: '月收入不能为负数' }]);
  });

  it('refuses the same person in a second branch, by resident or by ID number', () => {
    const r = resident({ idNumber: idNumberOf('1965-08-08', 111) });
    addMember(p.desk, p.tokens.secretary, { branchId: p.branchId, residentId: r.id });
    const byResident = refused(
      'party.addMember',
      memberInput({ branchId: p.otherBranchId, residentId: r.id }),
      p.tokens.secretary2,
    );
    expect(byResident).toMatchObject({
      code: 'CONFLICT',
      reason: 'memberInOtherBranch',
      params: { name: '张三', branch: '振兴社区第一网格党支部' },
    });
    const byIdNumber = refused(
      'party.addMember',
      memberInput({ branchId: p.otherBranchId, name: '张三', idNumber: idNumberOf('1965-08-08', 111) }),
      p.tokens.secretary2,
    );
    expect(byIdNumber).toMatchObject({ code: 'CONFLICT', reason: 'memberInOtherBranch' });
  });

  it('refuses adding to a branch the secretary does not keep', () => {
    const error = refused('party.addMember', memberInput({ branchId: p.otherBranchId }));
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'notYourBranch' });
  });
});

describe('a member’s history', () => {
  it('follows join → full → transfer out, with the register’s political status and the roster following', () => {
    const r = resident();
    const joined = addMember(p.desk, p.tokens.secretary, {
      branchId: p.branchId,
      residentId: r.id,
      joinedOn: '2025-06-01',
      arrivedOn: '2025-06-01',
      fullOn: null,
    });
    const full = p.desk.call(
      'party.changeMember',
      { id: joined.id, version: joined.version, change: 'become_full', date: '2026-06-01', note: '支部大会通过' },
      p.tokens.secretary,
    );
    expect(full).toMatchObject({ standing: 'full', fullOn: '2026-06-01', version: 2 });
    expect(politicalStatusOf(r.id)).toBe('party_member');
    const out = p.desk.call(
      'party.changeMember',
      { id: joined.id, version: full.version, change: 'transfer_out', date: '2026-10-08', note: '转至海陵区' },
      p.tokens.secretary,
    );
    expect(out).toMatchObject({ status: 'transferred_out', statusDate: '2026-10-08', version: 3 });
    // Still a party member, in another organisation.
    expect(politicalStatusOf(r.id)).toBe('party_member');
    const detail = p.desk.call('party.member', { id: joined.id }, p.tokens.secretary);
    expect(detail.events.map((e) => [e.kind, e.date, e.note])).toEqual([
      ['transferred_out', '2026-10-08', '转至海陵区'],
      ['became_full', '2026-06-01', '支部大会通过'],
      ['joined', '2025-06-01', ''],
    ]);
    // Dues run to the month they left: October back to a year before November.
    expect(detail.dues.map((d) => d.month)).toEqual([
      '2026-10',
      '2026-09',
      '2026-08',
      '2026-07',
      '2026-06',
      '2026-05',
      '2026-04',
      '2026-03',
      '2026-02',
      '2026-01',
      '2025-12',
    ]);
    expect(p.desk.call('party.members', {}, p.tokens.secretary).rows).toEqual([]);
    expect(
      p.desk.call('party.members', { status: 'transferred_out' }, p.tokens.secretary).rows.map((m) => m.id),
    ).toEqual([joined.id]);
    const again = refused('party.changeMember', { id: joined.id, version: 3, change: 'deceased', date: '2026-11-01' });
    expect(again).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'memberNotActive', params: { name: '张三' } });
    // The person may now join a branch again.
    addMember(p.desk, p.tokens.secretary2, {
      branchId: p.otherBranchId,
      residentId: r.id,
      arrival: 'transferred_in',
      arrivedOn: '2026-11-01',
    });
  });

  it('refuses becoming full twice or before joining, a change before arrival, a future date and a stale version', () => {
    const m = addMember(p.desk, p.tokens.secretary, {
      branchId: p.branchId,
      arrival: 'transferred_in',
      arrivedOn: '2024-03-01',
    });
    const change = (over: object) => ({
      id: m.id,
      version: m.version,
      change: 'become_full',
      date: '2026-01-01',
      ...over,
    });
    expect(refused('party.changeMember', change({})).issues).toEqual([
      { path: ['change'], message: '该党员已是正式党员' },
    ]);
    expect(refused('party.changeMember', change({ change: 'transfer_out', date: '2024-02-29' })).issues).toEqual([
      { path: ['date'], message: '变动日期不能早于该党员转入或入党的日期' },
    ]);
    expect(refused('party.changeMember', change({ change: 'deceased', date: '2026-11-17' })).issues).toEqual([
      { path: ['date'], message: '日期不能晚于今天' },
    ]);
    expect(refused('party.changeMember', change({ change: 'deceased', version: 7 }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'staleVersion',
    });
    const probationary = addMember(p.desk, p.tokens.secretary, {
      branchId: p.branchId,
      name: '李小梅',
      joinedOn: '2026-02-01',
      arrivedOn: '2026-02-01',
      fullOn: null,
    });
    expect(
      refused('party.changeMember', { id: probationary.id, version: 1, change: 'become_full', date: '2026-01-31' })
        .issues,
    ).toEqual([{ path: ['date'], message: '转正日期不能早于入党日期' }]);
  });

  it('leaves a linked resident who died on the register as the register has them', () => {
    const r = resident();
    const m = addMember(p.desk, p.tokens.secretary, { branchId: p.branchId, residentId: r.id });
    p.desk.call(
      'residents.markDeceased',
      { id: r.id, version: p.desk.call('residents.get', { id: r.id }, p.tokens.desk).version, date: '2026-11-02' },
      p.tokens.desk,
    );
    const onRegister = p.desk.rowsOf('residents');
    p.desk.call(
      'party.changeMember',
      { id: m.id, version: 1, change: 'deceased', date: '2026-11-02' },
      p.tokens.secretary,
    );
    expect(p.desk.rowsOf('residents')).toBe(onRegister);
  });
});

describe('editing a member', () => {
  it('changes kind and income with the version, keeping only the new kind’s details', () => {
    const m = addMember(p.desk, p.tokens.secretary, {
      branchId: p.branchId,
      kind: 'on_the_job',
      employer: '海陵区税务局',
      reportedOn: '2025-03-01',
    });
    const changed = p.desk.call(
      'party.updateMember',
      {
        id: m.id,
        version: 1,
        kind: 'mobile',
        mobileWhere: '苏州工业园区',
        mobileSince: '2026-05-01',
        mobileContact: '微信 wangjg',
        employer: '海陵区税务局',
        phone: '13912340000',
        incomeCategory: 'employed',
        incomeFen: 1_200_000,
      },
      p.tokens.secretary,
    );
    expect(changed).toMatchObject({
      kind: 'mobile',
      employer: null,
      reportedOn: null,
      mobileWhere: '苏州工业园区',
      phone: '13912340000',
      monthlyDuesFen: 24_000,
      version: 2,
    });
    const stale = refused('party.updateMember', {
      id: m.id,
      version: 1,
      kind: 'community',
      incomeCategory: 'retired',
      incomeFen: 0,
    });
    expect(stale).toMatchObject({ code: 'CONFLICT', reason: 'staleVersion' });
    const missing = refused('party.updateMember', {
      id: m.id,
      version: 2,
      kind: 'on_the_job',
      incomeCategory: 'retired',
      incomeFen: 0,
    });
    expect(missing.issues?.map((i) => i.path)).toEqual([['employer'], ['reportedOn']]);
  });

  it('refuses another branch’s member to its secretary, and hides it from reading', () => {
    const m = addMember(p.desk, p.tokens.secretary2, { branchId: p.otherBranchId });
    expect(refused('party.member', { id: m.id })).toMatchObject({ code: 'NOT_FOUND', reason: 'memberNotFound' });
    const change = { id: m.id, version: 1, kind: 'community', incomeCategory: 'retired', incomeFen: 0 };
    expect(refused('party.updateMember', change)).toMatchObject({ code: 'FORBIDDEN', reason: 'notYourBranch' });
    expect(p.desk.call('party.member', { id: m.id }, p.tokens.manager).name).toBe('王建国');
  });
});

describe('the roster', () => {
  function fill() {
    addMember(p.desk, p.tokens.secretary, { branchId: p.branchId, name: '王建国' });
    addMember(p.desk, p.tokens.secretary, {
      branchId: p.branchId,
      name: '王小红',
      fullOn: null,
      joinedOn: '2026-05-01',
      arrivedOn: '2026-05-01',
    });
    addMember(p.desk, p.tokens.secretary, {
      branchId: p.branchId,
      name: '陈建',
      kind: 'mobile',
      mobileWhere: '上海',
      mobileSince: '2025-01-01',
    });
    addMember(p.desk, p.tokens.secretary2, { branchId: p.otherBranchId, name: '王芳' });
  }

  it('filters by name, kind and standing within the branches the actor reaches', () => {
    fill();
    const names = (input: object, token = p.tokens.secretary) =>
      p.desk.call('party.members', input, token).rows.map((m) => m.name);
    expect(names({})).toEqual(['王建国', '王小红', '陈建']);
    expect(names({ q: '王' })).toEqual(['王建国', '王小红']);
    expect(names({ q: '建' })).toEqual(['王建国', '陈建']);
    expect(names({ kind: 'mobile' })).toEqual(['陈建']);
    expect(names({ standing: 'probationary' })).toEqual(['王小红']);
    expect(names({ q: '王' }, p.tokens.manager)).toEqual(['王建国', '王小红', '王芳']);
    expect(names({ branchId: p.otherBranchId }, p.tokens.manager)).toEqual(['王芳']);
    expect(refused('party.members', { branchId: p.otherBranchId })).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'branchNotFound',
    });
  });

  it('pages by keyset with the total', () => {
    fill();
    const first = p.desk.call('party.members', { limit: 2 }, p.tokens.manager);
    expect(first.total).toBe(4);
    expect(first.rows).toHaveLength(2);
    const second = p.desk.call('party.members', { limit: 2, cursor: first.nextCursor ?? 0 }, p.tokens.manager);
    expect(second.rows.map((m) => m.name)).toEqual(['陈建', '王芳']);
    expect(second.nextCursor).toBeNull();
  });
});

describe('a member’s record', () => {
  it('shows dues by month from their arrival, service this year, and the wishes they claimed', () => {
    const m = addMember(p.desk, p.tokens.secretary, {
      branchId: p.branchId,
      arrival: 'transferred_in',
      arrivedOn: '2026-08-20',
      incomeCategory: 'employed',
      incomeFen: 600_000,
    });
    p.desk.call(
      'party.recordDues',
      { memberId: m.id, months: ['2026-09'], paidOn: '2026-09-30', method: 'wechat' },
      p.tokens.secretary,
    );
    p.desk.call(
      'party.recordService',
      { memberId: m.id, servedOn: '2026-10-03', activity: '清理楼道小广告', hours: 2.5 },
      p.tokens.secretary,
    );
    const wish = registerCase(p.desk, p.tokens.desk, {
      kind: 'wish',
      source: 'wish_wall',
      categoryId: categoryId(p.desk, p.tokens.desk, '民生服务', '养老'),
      description: '想要一台收音机听戏',
      gridId: p.grids.zxMicro1.id,
    });
    claimWish(p.desk, p.tokens.secretary, wish, { claimantName: '王建国', claimantMemberId: m.id });
    const detail = p.desk.call('party.member', { id: m.id }, p.tokens.secretary);
    expect(detail.dues).toEqual([
      { month: '2026-11', dueFen: 9_000, paidFen: null, paidOn: null, method: null },
      { month: '2026-10', dueFen: 9_000, paidFen: null, paidOn: null, method: null },
      { month: '2026-09', dueFen: 9_000, paidFen: 9_000, paidOn: '2026-09-30', method: 'wechat' },
      { month: '2026-08', dueFen: 9_000, paidFen: null, paidOn: null, method: null },
    ]);
    expect(detail.service).toEqual([
      expect.objectContaining({ activity: '清理楼道小广告', hours: 2.5, memberName: '王建国' }),
    ]);
    expect(detail.serviceHoursThisYear).toBe(2.5);
    expect(detail.claimedWishes).toEqual([
      expect.objectContaining({ caseId: wish.id, description: '想要一台收音机听戏', status: 'claimed' }),
    ]);
  });

  it('refuses a wish claim naming a member who is not on a roster, or by a claimant who is not a party member', () => {
    const m = addMember(p.desk, p.tokens.secretary, { branchId: p.branchId });
    const wish = registerCase(p.desk, p.tokens.desk, {
      kind: 'wish',
      source: 'wish_wall',
      categoryId: categoryId(p.desk, p.tokens.desk, '民生服务', '养老'),
      description: '想要一台收音机听戏',
      gridId: p.grids.zxMicro1.id,
    });
    const claim = { id: wish.id, version: wish.version, claimantKind: 'party_member', claimantName: '王建国' };
    expect(refused('wishes.claim', { ...claim, claimantMemberId: 9_999 }, p.tokens.desk).issues).toEqual([
      { path: ['claimantMemberId'], message: '没有这位在册党员，请从党员名册中选择' },
    ]);
    expect(
      refused('wishes.claim', { ...claim, claimantKind: 'volunteer', claimantMemberId: m.id }, p.tokens.desk).issues,
    ).toEqual([{ path: ['claimantMemberId'], message: '只有认领方为“党员”时才能关联党员名册中的党员' }]);
  });
});

describe('the roster export', () => {
  it('writes the filtered roster, every page, as a Chinese sheet', async () => {
    addMember(p.desk, p.tokens.secretary, {
      branchId: p.branchId,
      name: '刘洋',
      gender: 'female',
      birthDate: '1988-04-05',
      phone: '13800002222',
      kind: 'on_the_job',
      employer: '泰州市第二人民医院',
      reportedOn: '2025-09-20',
      servicePost: '社区义诊',
      incomeCategory: 'employed',
      incomeFen: 800_000,
    });
    addMember(p.desk, p.tokens.secretary, { branchId: p.branchId, name: '=HYPERLINK("x")' });
    addMember(p.desk, p.tokens.secretary2, { branchId: p.otherBranchId, name: '王芳' });
    const file = p.desk.call('exports.partyMembers', {}, p.tokens.secretary);
    expect(file).toMatchObject({ rowCount: 2, fileName: '党员名册-2026-11-16.xlsx' });
    const answer = await openDownload(p.desk.app.router, { token: p.tokens.secretary, downloadId: file.downloadId });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(answer.data.file);
    const sheet = workbook.worksheets[0];
    const text = (n: number) =>
      Array.from({ length: 18 }, (_, i) => {
        const value = sheet?.getRow(n).getCell(i + 1).value;
        return value === null || value === undefined ? '' : String(value);
      });
    expect(text(1)).toEqual([
      '姓名',
      '性别',
      '出生日期',
      '所在支部',
      '党员类别',
      '入党日期',
      '转正日期',
      '状态',
      '党员类型',
      '工作单位',
      '报到日期',
      '志愿岗位',
      '流动去向',
      '外出时间',
      '联系电话',
      '收入类别',
      '月收入(元)',
      '月党费(元)',
    ]);
    expect(text(2)).toEqual([
      '刘洋',
      '女',
      '1988-04-05',
      '振兴社区第一网格党支部',
      '正式党员',
      '2015-07-01',
      '2016-07-01',
      '正常',
      '在职党员',
      '泰州市第二人民医院',
      '2025-09-20',
      '社区义诊',
      '',
      '',
      '13800002222',
      '在职',
      '8000.00',
      '120.00',
    ]);
    expect(text(3)[0]).not.toMatch(/^=/);
    expect(sheet?.rowCount).toBe(3);
  });
});
