// The party area's own look-ups: the secretary accounts a manager may give a branch, and the residents of a
// branch's grid a new member may be linked to, found by a secretary who does not keep the register.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMember, type PartyDesk, startPartyDesk } from '../support/partyFactory';
import { householdWithResident, idNumberOf } from '../support/registerFactory';

let p: PartyDesk;
beforeEach(() => {
  p = startPartyDesk();
});
afterEach(() => p.desk.close());

/** A refused call: its error, with proof that nothing was written. */
function refused(procedure: string, input: unknown, token: string) {
  const before = p.desk.snapshot();
  const answer = p.desk.raw(procedure, input, token);
  expect(answer.ok).toBe(false);
  expect(p.desk.snapshot()).toEqual(before);
  if (answer.ok) throw new Error('accepted');
  return answer.error;
}

/** A resident living in `gridId`, added by the desk clerk. */
function resident(gridId: number, name: string, room: string, sequence: number, extra: object = {}) {
  return householdWithResident(
    p.desk,
    p.tokens.desk,
    gridId,
    { room },
    {
      name,
      idNumber: idNumberOf('1962-03-08', sequence),
      phone: `1801234${String(sequence).padStart(4, '0')}`,
      ...extra,
    },
  ).resident;
}

const candidates = (q: string, token = p.tokens.secretary, branchId = p.branchId) =>
  p.desk.call('party.residentCandidates', { branchId, q }, token).rows;

describe('party.secretaryAccounts', () => {
  it('lists a manager the active secretary accounts with the branches each keeps', () => {
    const spare = p.desk.call(
      'users.create',
      { username: 'secretary3', displayName: '赵红梅', password: 'register-pass-1', role: 'branch_secretary' },
      p.tokens.admin,
    );
    const gone = p.desk.call(
      'users.create',
      { username: 'secretary4', displayName: '吴老师', password: 'register-pass-1', role: 'branch_secretary' },
      p.tokens.admin,
    );
    p.desk.call('users.update', { id: gone.id, active: false }, p.tokens.admin);
    const { rows } = p.desk.call('party.secretaryAccounts', {}, p.tokens.manager);
    expect(rows).toEqual([
      {
        id: p.userIds.secretary,
        username: 'secretary',
        displayName: '孙桂兰',
        branchNames: ['振兴社区第一网格党支部'],
      },
      { id: p.userIds.secretary2, username: 'secretary2', displayName: '钱国华', branchNames: ['凤凰社区党支部'] },
      { id: spare.id, username: 'secretary3', displayName: '赵红梅', branchNames: [] },
    ]);
    // Desk, manager and grid-worker accounts are never offered.
    expect(rows.map((r) => r.username)).not.toContain('desk');
  });

  it('is refused to a secretary, who does not set branches up', () => {
    expect(refused('party.secretaryAccounts', {}, p.tokens.secretary)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('party.residentCandidates', () => {
  it('finds a secretary the residents of their branch’s grid only, without ID number or phone', () => {
    const here = resident(p.grids.zxMicro1.id, '张明华', '501', 11, { politicalStatus: 'party_member' });
    resident(p.grids.fhMicro.id, '张明远', '502', 12);
    const rows = candidates('张明');
    expect(rows).toEqual([
      {
        residentId: here.id,
        name: '张明华',
        gender: 'male',
        birthDate: '1962-03-08',
        address: expect.stringContaining('501'),
        gridPath: '振兴社区 / 第一网格 / 第01微网格',
        politicalStatus: 'party_member',
        memberOf: null,
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/idNumber|phone|1801234/);
    // By initials and by ID digits, as the register's search finds people.
    expect(candidates('zmh').map((r) => r.name)).toEqual(['张明华']);
    expect(candidates(idNumberOf('1962-03-08', 11).slice(-6)).map((r) => r.name)).toEqual(['张明华']);
    // Phone digits are no way in: the answer would disclose the number.
    expect(candidates('18012340011')).toEqual([]);
  });

  it('leaves out residents who moved out or died', () => {
    const moved = resident(p.grids.zxMicro2.id, '李秀英', '601', 13);
    p.desk.call('residents.moveOut', { id: moved.id, version: moved.version, date: '2026-10-01' }, p.tokens.desk);
    expect(candidates('李秀英')).toEqual([]);
  });

  it('marks a resident who is already an active member with their branch', () => {
    const member = resident(p.grids.zxMicro1.id, '王志强', '701', 15);
    addMember(p.desk, p.tokens.secretary, { branchId: p.branchId, residentId: member.id });
    expect(candidates('王志强')).toEqual([
      expect.objectContaining({ residentId: member.id, memberOf: '振兴社区第一网格党支部' }),
    ]);
  });

  it('answers a manager with the chosen branch’s grid too, not the whole register', () => {
    resident(p.grids.zxMicro1.id, '陈建军', '801', 17);
    const there = resident(p.grids.fhMicro.id, '陈建设', '802', 19);
    expect(candidates('陈建', p.tokens.manager, p.otherBranchId).map((r) => r.residentId)).toEqual([there.id]);
  });

  it('refuses another branch’s grid to a secretary, and a query too long or empty', () => {
    resident(p.grids.fhMicro.id, '刘美兰', '901', 21);
    const error = refused('party.residentCandidates', { branchId: p.otherBranchId, q: '刘美兰' }, p.tokens.secretary);
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'notYourBranch' });
    expect(refused('party.residentCandidates', { branchId: p.branchId, q: '  ' }, p.tokens.secretary)).toMatchObject({
      code: 'VALIDATION',
    });
    expect(
      refused('party.residentCandidates', { branchId: p.branchId, q: '张'.repeat(21) }, p.tokens.secretary),
    ).toMatchObject({ code: 'VALIDATION' });
  });

  it('answers at most 20 residents', () => {
    for (let i = 0; i < 23; i += 1)
      resident(p.grids.zxMicro1.id, `周${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${i}`, `${100 + i}`, 31 + 2 * i);
    expect(candidates('周')).toHaveLength(20);
  });
});
