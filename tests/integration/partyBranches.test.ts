// Party branches: a manager sets branches up on grids, a secretary keeps their own branch's committee; the list
// shows members, probationary ones, meetings still owed and the committee's secretary; bad input changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/contract';
import { addMember, type PartyDesk, startPartyDesk } from '../support/partyFactory';

let p: PartyDesk;
beforeEach(() => {
  p = startPartyDesk();
});
afterEach(() => p.desk.close());

const branchOf = (id: number, token = p.tokens.manager) => p.desk.call('party.branch', { id }, token);

/** A refused call: its error, with proof that nothing was written. */
function refused(procedure: string, input: unknown, token: string) {
  const before = p.desk.snapshot();
  const answer = p.desk.raw(procedure, input, token);
  expect(answer.ok).toBe(false);
  expect(p.desk.snapshot()).toEqual(before);
  if (answer.ok) throw new Error('accepted');
  return answer.error;
}

function branchInput(overrides: Partial<InputOf<'party.createBranch'>> = {}): InputOf<'party.createBranch'> {
  return { name: '振兴社区第二网格党支部', gridId: p.grids.zhenxing.id, foundedOn: '2020-01-01', ...overrides };
}

describe('the branch list', () => {
  it('shows a manager every branch with its grid path, members, probationary members and meetings owed', () => {
    addMember(p.desk, p.tokens.secretary, { branchId: p.branchId });
    addMember(p.desk, p.tokens.secretary, {
      branchId: p.branchId,
      name: '李小梅',
      fullOn: null,
      joinedOn: '2026-03-01',
      arrivedOn: '2026-03-01',
    });
    const rows = p.desk.call('party.branches', {}, p.tokens.manager).rows;
    expect(rows.map((r) => r.name)).toEqual(['凤凰社区党支部', '振兴社区第一网格党支部']);
    expect(rows[1]).toMatchObject({
      id: p.branchId,
      brandName: '好邻居',
      gridPath: '振兴社区 / 第一网格',
      foundedOn: '2018-07-01',
      secretaryUserId: p.userIds.secretary,
      secretaryName: null,
      members: 2,
      probationary: 1,
      // November: 支委会, 党小组会, 主题党日 this month, 支部党员大会 and 党课 this quarter.
      meetingsOwed: 5,
      version: 1,
    });
    expect(rows[0]).toMatchObject({ gridPath: '凤凰社区', members: 0, probationary: 0 });
  });

  it('shows a secretary only the branch they keep, and hides the other one', () => {
    const rows = p.desk.call('party.branches', {}, p.tokens.secretary).rows;
    expect(rows.map((r) => r.id)).toEqual([p.branchId]);
    expect(branchOf(p.branchId, p.tokens.secretary).name).toBe('振兴社区第一网格党支部');
    const error = refused('party.branch', { id: p.otherBranchId }, p.tokens.secretary);
    expect(error).toMatchObject({ code: 'NOT_FOUND', reason: 'branchNotFound' });
  });
});

describe('setting a branch up', () => {
  it('creates a branch on a community and audits it', () => {
    const created = p.desk.call('party.createBranch', branchInput({ brandName: '红色驿站' }), p.tokens.manager);
    expect(created).toMatchObject({
      name: '振兴社区第二网格党支部',
      brandName: '红色驿站',
      gridPath: '振兴社区',
      secretaryUserId: null,
      committee: [],
      version: 1,
    });
    const audit = p.desk.call(
      'audit.list',
      { entity: 'party_branches', entityId: created.id, limit: 5 },
      p.tokens.admin,
    );
    expect(audit.rows).toEqual([expect.objectContaining({ action: 'party.createBranch', actorName: '周卫东' })]);
  });

  it('refuses a taken name, a micro-grid, an account that is not a secretary and a future date, all at once', () => {
    const deskUserId = p.desk.call('users.list', {}, p.tokens.admin).find((u) => u.username === 'desk')?.id;
    const error = refused(
      'party.createBranch',
      branchInput({
        name: '凤凰社区党支部',
        gridId: p.grids.zxMicro1.id,
        secretaryUserId: deskUserId,
        foundedOn: '2026-12-01',
      }),
      p.tokens.manager,
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      { path: ['name'], message: '已有名为“凤凰社区党支部”的党支部' },
      { path: ['gridId'], message: '党支部须建在社区或综合网格上' },
      { path: ['foundedOn'], message: '日期不能晚于今天' },
      { path: ['secretaryUserId'], message: '请选择角色为“支部书记”的在用账号' },
    ]);
  });

  it('leaves setting branches up to managers', () => {
    const error = refused('party.createBranch', branchInput(), p.tokens.secretary);
    expect(error.code).toBe('FORBIDDEN');
  });

  it('changes a branch with its version, keeping its own name, and refuses a stale version', () => {
    const before = branchOf(p.branchId);
    const changed = p.desk.call(
      'party.updateBranch',
      {
        ...branchInput({ name: before.name, gridId: p.grids.zxGrid.id, brandName: '好邻居之家' }),
        id: p.branchId,
        version: 1,
        secretaryUserId: p.userIds.secretary,
      },
      p.tokens.manager,
    );
    expect(changed).toMatchObject({ brandName: '好邻居之家', version: 2 });
    const error = refused(
      'party.updateBranch',
      { ...branchInput({ name: '新名字' }), id: p.branchId, version: 1 },
      p.tokens.manager,
    );
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'staleVersion' });
  });
});

describe('the committee', () => {
  function threeMembers() {
    const a = addMember(p.desk, p.tokens.secretary, { branchId: p.branchId, name: '孙桂兰' });
    const b = addMember(p.desk, p.tokens.secretary, { branchId: p.branchId, name: '赵志强' });
    const c = addMember(p.desk, p.tokens.secretary, { branchId: p.branchId, name: '钱红' });
    return { a, b, c };
  }

  it('is set by the branch secretary, listed secretary first, and names the secretary on the list', () => {
    const { a, b, c } = threeMembers();
    const detail = p.desk.call(
      'party.setCommittee',
      {
        branchId: p.branchId,
        version: 1,
        seats: [
          { memberId: c.id, post: 'member', background: 'volunteer', since: '2024-01-01' },
          { memberId: b.id, post: 'deputy_secretary', background: 'grid_worker', since: '2024-01-01' },
          { memberId: a.id, post: 'secretary', background: 'retired_cadre', since: '2023-06-01' },
        ],
      },
      p.tokens.secretary,
    );
    expect(detail.version).toBe(2);
    expect(detail.committee.map((s) => [s.name, s.post])).toEqual([
      ['孙桂兰', 'secretary'],
      ['赵志强', 'deputy_secretary'],
      ['钱红', 'member'],
    ]);
    expect(p.desk.call('party.branches', {}, p.tokens.secretary).rows[0]?.secretaryName).toBe('孙桂兰');
    const member = p.desk.call('party.members', { branchId: p.branchId }, p.tokens.secretary).rows;
    expect(member.find((m) => m.id === b.id)?.committeePost).toBe('deputy_secretary');
  });

  it('refuses a seat for someone outside the branch, two secretaries and a member seated twice', () => {
    const { a, b } = threeMembers();
    const outsider = addMember(p.desk, p.tokens.secretary2, { branchId: p.otherBranchId, name: '周敏' });
    const seat = (memberId: number, post: 'secretary' | 'member') => ({
      memberId,
      post,
      background: 'other' as const,
      since: '2024-01-01',
    });
    const error = refused(
      'party.setCommittee',
      {
        branchId: p.branchId,
        version: 1,
        seats: [seat(outsider.id, 'member'), seat(a.id, 'secretary'), seat(b.id, 'secretary'), seat(a.id, 'member')],
      },
      p.tokens.secretary,
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      { path: ['seats', 0, 'memberId'], message: '支委会成员须是本支部的在册党员' },
      { path: ['seats', 2, 'post'], message: '支委会只能有一位书记' },
      { path: ['seats', 3, 'memberId'], message: '同一名党员在支委会中出现了两次' },
    ]);
  });

  it('refuses another branch’s secretary, and a stale version', () => {
    const { a } = threeMembers();
    const seats = [{ memberId: a.id, post: 'secretary' as const, background: 'other' as const, since: '2024-01-01' }];
    expect(
      refused('party.setCommittee', { branchId: p.branchId, version: 1, seats }, p.tokens.secretary2),
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'notYourBranch',
    });
    p.desk.call('party.setCommittee', { branchId: p.branchId, version: 1, seats }, p.tokens.manager);
    expect(
      refused('party.setCommittee', { branchId: p.branchId, version: 1, seats: [] }, p.tokens.secretary),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'staleVersion',
    });
  });

  it('loses a member who dies', () => {
    const { a } = threeMembers();
    p.desk.call(
      'party.setCommittee',
      {
        branchId: p.branchId,
        version: 1,
        seats: [{ memberId: a.id, post: 'secretary', background: 'other', since: '2024-01-01' }],
      },
      p.tokens.secretary,
    );
    p.desk.call(
      'party.changeMember',
      { id: a.id, version: a.version, change: 'deceased', date: '2026-11-01' },
      p.tokens.secretary,
    );
    const branch = branchOf(p.branchId);
    expect(branch).toMatchObject({ committee: [], secretaryName: null, members: 2, version: 3 });
  });
});
