import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/contract';
import { type ValidationKey, validationMessage } from '../../src/shared/i18n/validation';
import { type Member, member, memberLeaves, type PartyDesk, startPartyDesk } from '../support/partyLifeFactory';

let p: PartyDesk;
let m: { wang: Member; zhang: Member; chen: Member };
beforeEach(() => {
  p = startPartyDesk();
  m = {
    wang: member(p, { branchId: p.branchId, name: '王建国' }),
    zhang: member(p, {
      branchId: p.branchId,
      name: '张伟',
      arrival: 'transferred_in',
      arrivedOn: '2026-10-10',
      kind: 'on_the_job',
      employer: '海陵区税务局',
      reportedOn: '2026-10-12',
      servicePost: '楼道长',
      incomeCategory: 'employed',
      incomeFen: 600_000,
    }),
    chen: member(p, { branchId: p.otherBranchId, name: '陈刚' }),
  };
});
afterEach(() => p.desk.close());

type ServiceInput = InputOf<'party.recordService'>;

const serve = (who: Member, overrides: Partial<ServiceInput> = {}, token = p.tokens.secretary) =>
  p.desk.raw(
    'party.recordService',
    { memberId: who.id, servedOn: '2026-11-08', activity: '帮独居老人打扫卫生', hours: 2, ...overrides },
    token,
  );
const served = (who: Member, overrides: Partial<ServiceInput> = {}, token = p.tokens.secretary) =>
  p.desk.call(
    'party.recordService',
    { memberId: who.id, servedOn: '2026-11-08', activity: '帮独居老人打扫卫生', hours: 2, ...overrides },
    token,
  );
const list = (input: InputOf<'party.services'> = {}, token = p.tokens.manager) =>
  p.desk.call('party.services', input, token);

const issue = (path: (string | number)[], key: ValidationKey) => ({
  path,
  message: validationMessage('zh-CN', key),
});

describe('recording a member’s service', () => {
  it('keeps the record with the member’s branch and the month, and audits it', () => {
    const record = served(m.zhang, { hours: 1.5, activity: '楼道长值守' });
    expect(record).toEqual({
      id: record.id,
      memberId: m.zhang.id,
      memberName: '张伟',
      branchId: p.branchId,
      branchName: '振兴社区第一网格党支部',
      servedOn: '2026-11-08',
      activity: '楼道长值守',
      hours: 1.5,
    });
    const row = p.desk.app.database.sqlite.prepare('select month, recorded_by from party_service_records').get();
    expect(row).toEqual({ month: '2026-11', recorded_by: p.userIds.secretary });
    expect(p.desk.call('audit.list', { entity: 'party_service_records', limit: 5 }, p.tokens.admin).rows).toHaveLength(
      1,
    );
  });

  it('refuses a date after today or before the member came onto the roster, and hours not in half hours', () => {
    const before = p.desk.snapshot();
    expect(serve(m.zhang, { servedOn: '2026-11-17' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['servedOn'], 'dateInFuture')] },
    });
    expect(serve(m.zhang, { servedOn: '2026-10-09' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['servedOn'], 'changeBeforeArrival')] },
    });
    expect(serve(m.zhang, { hours: 1.25 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['hours'], 'serviceHoursStep')] },
    });
    expect(serve(m.zhang, { hours: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['hours'] }] },
    });
    expect(p.desk.snapshot()).toEqual(before);
    expect(served(m.zhang, { servedOn: '2026-10-10' }).servedOn).toBe('2026-10-10');
  });

  it('refuses service of a member no longer on the roster, of another branch, or of no one', () => {
    const gone = member(p, { branchId: p.branchId, name: '赵敏' });
    memberLeaves(p, gone, 'deceased', '2026-11-01');
    const before = p.desk.snapshot();
    expect(serve(gone)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', reason: 'memberNotActive', params: { name: '赵敏' } },
    });
    expect(serve(m.chen)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'notYourBranch' } });
    expect(serve({ id: 9999, name: '' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'memberNotFound' },
    });
    expect(p.desk.snapshot()).toEqual(before);
  });
});

describe('the list of service records', () => {
  it('shows the newest first with the total and the hours of every matching record, and pages on', () => {
    const oct = served(m.zhang, { servedOn: '2026-10-20', hours: 3 });
    const novA = served(m.wang, { servedOn: '2026-11-02', hours: 1 });
    const novB = served(m.zhang, { servedOn: '2026-11-02', hours: 0.5 });
    const novC = served(m.wang, { servedOn: '2026-11-15', hours: 4 });
    const theirs = served(m.chen, { servedOn: '2026-11-05', hours: 2.5 }, p.tokens.secretary2);
    const ids = (input: InputOf<'party.services'> = {}, token = p.tokens.manager) =>
      list(input, token).rows.map((r) => r.id);

    expect(list()).toMatchObject({ total: 5, hours: 11, nextCursor: null });
    expect(ids()).toEqual([novC.id, theirs.id, novB.id, novA.id, oct.id]);
    expect(list({ month: '2026-11', branchId: p.branchId })).toMatchObject({ total: 3, hours: 5.5 });
    expect(ids({ memberId: m.zhang.id })).toEqual([novB.id, oct.id]);
    expect(ids({ branchId: p.otherBranchId })).toEqual([theirs.id]);

    const first = list({ limit: 2 });
    expect(first).toMatchObject({ total: 5, hours: 11, nextCursor: theirs.id });
    const second = list({ limit: 2, cursor: first.nextCursor ?? 0 });
    expect(second.rows.map((r) => r.id)).toEqual([novB.id, novA.id]);
    expect(list({ limit: 2, cursor: second.nextCursor ?? 0 })).toMatchObject({
      rows: [{ id: oct.id }],
      nextCursor: null,
    });
  });

  it('shows a secretary only their own branch, and hides another branch and its members', () => {
    served(m.wang);
    served(m.chen, {}, p.tokens.secretary2);
    expect(list({}, p.tokens.secretary)).toMatchObject({ total: 1, hours: 2, rows: [{ memberName: '王建国' }] });
    expect(p.desk.raw('party.services', { branchId: p.otherBranchId }, p.tokens.secretary)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'branchNotFound' },
    });
    expect(p.desk.raw('party.services', { memberId: m.chen.id }, p.tokens.secretary)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'memberNotFound' },
    });
  });

  it('answers nothing to find with zero hours', () => {
    expect(list()).toEqual({ rows: [], total: 0, hours: 0, nextCursor: null });
  });
});
