import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/contract';
import { yuanTextToFen } from '../../src/shared/domain/money';
import { type ValidationKey, validationMessage } from '../../src/shared/i18n/validation';
import { type Member, member, memberLeaves, type PartyDesk, startPartyDesk } from '../support/partyLifeFactory';

let p: PartyDesk;
beforeEach(() => {
  p = startPartyDesk();
});
afterEach(() => p.desk.close());

type DuesInput = InputOf<'party.recordDues'>;

const pay = (who: Member, months: string[], overrides: Partial<DuesInput> = {}, token = p.tokens.secretary) =>
  p.desk.raw(
    'party.recordDues',
    { memberId: who.id, months, paidOn: '2026-11-10', method: 'wechat', ...overrides },
    token,
  );
const paid = (who: Member, months: string[], overrides: Partial<DuesInput> = {}, token = p.tokens.secretary) =>
  p.desk.call(
    'party.recordDues',
    { memberId: who.id, months, paidOn: '2026-11-10', method: 'wechat', ...overrides },
    token,
  );
const sheet = (month: string, branchId = p.branchId, token = p.tokens.secretary) =>
  p.desk.call('party.duesSheet', { branchId, month }, token);

const fen = (yuan: string) => yuanTextToFen(yuan) ?? Number.NaN;

const issue = (path: (string | number)[], key: ValidationKey, params: Record<string, string | number> = {}) => ({
  path,
  message: validationMessage('zh-CN', key, params),
});

describe('the dues rule, end to end', () => {
  const cases = [
    ['employed', '3000.00', '15.00'],
    ['employed', '3000.01', '30.00'],
    ['employed', '5000.00', '50.00'],
    ['employed', '5000.01', '75.00'],
    ['employed', '10000.00', '150.00'],
    ['employed', '10000.01', '200.00'],
    ['retired', '5000.00', '25.00'],
    ['retired', '5000.01', '50.00'],
    ['student', '0', '0.20'],
    ['unemployed', '0', '0.20'],
    ['minimum_allowance', '800.00', '0.20'],
  ] as const;

  it.each(cases)('a %s member declaring %s yuan pays %s yuan a month', (incomeCategory, income, dues) => {
    const who = member(p, { branchId: p.branchId, name: '周明', incomeCategory, incomeFen: fen(income) });
    expect(sheet('2026-11').rows).toEqual([
      expect.objectContaining({ memberId: who.id, dueFen: fen(dues), paidFen: null }),
    ]);
    expect(paid(who, ['2026-11']).payments).toEqual([
      { month: '2026-11', dueFen: fen(dues), paidFen: fen(dues), paidOn: '2026-11-10', method: 'wechat' },
    ]);
    expect(sheet('2026-11').rows).toEqual([
      expect.objectContaining({ memberId: who.id, dueFen: fen(dues), paidFen: fen(dues), paidOn: '2026-11-10' }),
    ]);
  });
});

describe('recording dues', () => {
  it('records one payment per month, in month order, each at the amount due now, and audits each', () => {
    const who = member(p, { branchId: p.branchId, name: '王建国' });
    const answer = paid(who, ['2026-12', '2026-10', '2026-11'], { method: 'cash' });
    expect(answer.payments.map((x) => [x.month, x.dueFen, x.method])).toEqual([
      ['2026-10', 2000, 'cash'],
      ['2026-11', 2000, 'cash'],
      ['2026-12', 2000, 'cash'],
    ]);
    const rows = p.desk.app.database.sqlite
      .prepare('select member_id, branch_id, month, due_fen, paid_fen from party_dues_payments order by month')
      .all();
    expect(rows).toEqual(
      ['2026-10', '2026-11', '2026-12'].map((month) => ({
        member_id: who.id,
        branch_id: p.branchId,
        month,
        due_fen: 2000,
        paid_fen: 2000,
      })),
    );
    expect(p.desk.call('audit.list', { entity: 'party_dues_payments', limit: 10 }, p.tokens.admin).rows).toHaveLength(
      3,
    );
  });

  it('keeps what was due when paid after the income changes; unpaid months follow the new income', () => {
    const who = member(p, { branchId: p.branchId, name: '王建国' });
    paid(who, ['2026-10']);
    const { version } = p.desk.call('party.member', { id: who.id }, p.tokens.secretary);
    p.desk.call(
      'party.updateMember',
      { id: who.id, version, kind: 'community', incomeCategory: 'retired', incomeFen: fen('6000.00') },
      p.tokens.secretary,
    );
    expect(sheet('2026-10').rows[0]).toMatchObject({ dueFen: 2000, paidFen: 2000 });
    expect(sheet('2026-11').rows[0]).toMatchObject({ dueFen: 6000, paidFen: null });
    expect(paid(who, ['2026-11']).payments[0]).toMatchObject({ dueFen: 6000, paidFen: 6000 });
  });

  it('lets an active member pay up to a year ahead, and not for a month before they arrived', () => {
    const who = member(p, {
      branchId: p.branchId,
      name: '张伟',
      arrival: 'transferred_in',
      arrivedOn: '2026-03-15',
    });
    const before = p.desk.snapshot();
    expect(pay(who, ['2026-02', '2027-12', '2026-03', '2026-03'])).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          issue(['months', 0], 'duesMonthOutsideMembership', { month: '2026-02' }),
          issue(['months', 1], 'duesMonthTooFarAhead', { last: '2027-11' }),
          issue(['months', 3], 'duesMonthRepeated'),
        ],
      },
    });
    expect(pay(who, ['2026-11'], { paidOn: '2026-11-17' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['paidOn'], 'dateInFuture')] },
    });
    expect(p.desk.snapshot()).toEqual(before);
    expect(paid(who, ['2026-03', '2027-11']).payments.map((x) => x.month)).toEqual(['2026-03', '2027-11']);
  });

  it('refuses a month already paid, writing none of the months asked', () => {
    const who = member(p, { branchId: p.branchId, name: '王建国' });
    paid(who, ['2026-10']);
    const before = p.desk.snapshot();
    expect(pay(who, ['2026-09', '2026-10', '2026-11'])).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'duesAlreadyPaid', params: { month: '2026-10' } },
    });
    expect(p.desk.snapshot()).toEqual(before);
  });

  it('refuses dues of a member no longer on the roster, of another branch, or of no one', () => {
    const gone = member(p, { branchId: p.branchId, name: '赵敏' });
    memberLeaves(p, gone, 'transfer_out', '2026-10-20');
    const theirs = member(p, { branchId: p.otherBranchId, name: '陈刚' });
    const before = p.desk.snapshot();
    expect(pay(gone, ['2026-10'])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', reason: 'memberNotActive', params: { name: '赵敏' } },
    });
    expect(pay(theirs, ['2026-11'])).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'notYourBranch' },
    });
    expect(pay({ id: 9999, name: '' }, ['2026-11'])).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'memberNotFound' },
    });
    expect(p.desk.snapshot()).toEqual(before);
  });
});

describe('a branch’s dues sheet', () => {
  it('lists by name everyone on the roster at some point of the month, with totals', () => {
    const wang = member(p, { branchId: p.branchId, name: '王建国' });
    const li = member(p, { branchId: p.branchId, name: '李秀英', incomeCategory: 'employed', incomeFen: fen('4000') });
    const zhao = member(p, { branchId: p.branchId, name: '赵敏' });
    memberLeaves(p, zhao, 'transfer_out', '2026-10-20');
    const early = member(p, { branchId: p.branchId, name: '钱程' });
    memberLeaves(p, early, 'deceased', '2026-09-30');
    member(p, { branchId: p.branchId, name: '张伟', arrival: 'transferred_in', arrivedOn: '2026-11-02' });
    member(p, { branchId: p.otherBranchId, name: '陈刚' });
    paid(wang, ['2026-10']);

    const october = sheet('2026-10');
    expect(october.rows.map((r) => r.name)).toEqual(['李秀英', '王建国', '赵敏'].sort());
    expect(october.rows.find((r) => r.memberId === li.id)).toEqual({
      memberId: li.id,
      name: '李秀英',
      kind: 'community',
      incomeCategory: 'employed',
      incomeFen: 400_000,
      dueFen: 4000,
      paidFen: null,
      paidOn: null,
      method: null,
    });
    expect(october.totals).toEqual({ members: 3, paid: 1, dueFen: 2000 + 4000 + 2000, paidFen: 2000 });
    expect(sheet('2026-11').rows.map((r) => r.name)).toEqual(['张伟', '李秀英', '王建国'].sort());
    expect(sheet('2026-11').totals).toMatchObject({ members: 3, paid: 0, paidFen: 0 });
  });

  it('is not shown to another branch’s secretary', () => {
    expect(
      p.desk.raw('party.duesSheet', { branchId: p.otherBranchId, month: '2026-11' }, p.tokens.secretary),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'branchNotFound' },
    });
    expect(sheet('2026-11', p.otherBranchId, p.tokens.manager).rows).toEqual([]);
  });
});

describe('arrears', () => {
  it('lists active members with unpaid months before this one, most owed first (then by name), within the last twelve months', () => {
    const wang = member(p, { branchId: p.branchId, name: '王建国' });
    const zhang = member(p, {
      branchId: p.branchId,
      name: '张伟',
      arrival: 'transferred_in',
      arrivedOn: '2026-08-15',
      incomeCategory: 'employed',
      incomeFen: fen('3000'),
    });
    const li = member(p, { branchId: p.branchId, name: '李秀英' });
    const zhao = member(p, { branchId: p.branchId, name: '赵敏' });
    const chen = member(p, { branchId: p.otherBranchId, name: '陈刚', incomeCategory: 'student', incomeFen: 0 });
    member(p, { branchId: p.branchId, name: '新来', arrival: 'transferred_in', arrivedOn: '2026-11-03' });
    const months2026 = ['01', '02', '03', '04', '06', '07', '08', '09', '10'].map((mm) => `2026-${mm}`);
    paid(wang, months2026);
    paid(li, ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', ...months2026.slice(4)]);
    paid(zhao, ['2026-10']);
    memberLeaves(p, zhao, 'transfer_out', '2026-11-05');

    const all = p.desk.call('party.arrears', {}, p.tokens.manager);
    expect(all.rows).toEqual([
      {
        memberId: chen.id,
        name: '陈刚',
        branchId: p.otherBranchId,
        branchName: '凤凰社区党支部',
        phone: null,
        months: [
          '2025-11',
          '2025-12',
          '2026-01',
          '2026-02',
          '2026-03',
          '2026-04',
          '2026-05',
          '2026-06',
          '2026-07',
          '2026-08',
          '2026-09',
          '2026-10',
        ],
        owedFen: 12 * 20,
      },
      expect.objectContaining({
        memberId: zhang.id,
        branchName: '振兴社区第一网格党支部',
        months: ['2026-08', '2026-09', '2026-10'],
        owedFen: 3 * 1500,
      }),
      expect.objectContaining({ memberId: wang.id, months: ['2025-11', '2025-12', '2026-05'], owedFen: 3 * 2000 }),
    ]);
    expect(all.owedFen).toBe(240 + 6000 + 4500);
    expect(
      p.desk.call('party.arrears', { branchId: p.branchId }, p.tokens.manager).rows.map((r) => r.memberId),
    ).toEqual([zhang.id, wang.id]);
    const mine = p.desk.call('party.arrears', {}, p.tokens.secretary);
    expect(mine.rows.map((r) => r.memberId)).toEqual([zhang.id, wang.id]);
    expect(mine.owedFen).toBe(6000 + 4500);
    expect(p.desk.raw('party.arrears', { branchId: p.otherBranchId }, p.tokens.secretary)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'branchNotFound' },
    });
  });
});
