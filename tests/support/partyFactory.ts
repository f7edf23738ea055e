// Builders for party tests: two branches set up through party.createBranch (振兴社区第一网格 kept by the
// secretary account 孙桂兰, 凤凰社区 kept by a second secretary 钱国华), and members added through party.addMember.
import type { InputOf, OutputOf } from '../../src/shared/contract';
import { password, startRegisterDesk } from './registerFactory';
import type { TestGridDesk } from './testGridDesk';

/**
 * The register desk of registerFactory (振兴社区 with two micro-grids, 凤凰社区; accounts admin, desk, manager,
 * worker, secretary) plus a second branch-secretary account `secretary2`, and two branches set up by the manager:
 * `branchId` on 振兴社区 / 第一网格 kept by `secretary`, `otherBranchId` on 凤凰社区 kept by `secretary2`.
 */
export function startPartyDesk(now?: number) {
  const r = startRegisterDesk(now);
  const { desk } = r;
  const secretary2User = desk.call(
    'users.create',
    { username: 'secretary2', displayName: '钱国华', password, role: 'branch_secretary' },
    r.tokens.admin,
  );
  const users = desk.call('users.list', {}, r.tokens.admin);
  const secretaryUser = users.find((u) => u.username === 'secretary');
  if (!secretaryUser) throw new Error('No secretary account');
  const tokens = { ...r.tokens, secretary2: desk.login('secretary2', password) };
  const branch = desk.call(
    'party.createBranch',
    {
      name: '振兴社区第一网格党支部',
      brandName: '好邻居',
      gridId: r.grids.zxGrid.id,
      foundedOn: '2018-07-01',
      secretaryUserId: secretaryUser.id,
    },
    tokens.manager,
  );
  const otherBranch = desk.call(
    'party.createBranch',
    {
      name: '凤凰社区党支部',
      gridId: r.grids.fenghuang.id,
      foundedOn: '2016-05-04',
      secretaryUserId: secretary2User.id,
    },
    tokens.manager,
  );
  return {
    ...r,
    tokens,
    userIds: { secretary: secretaryUser.id, secretary2: secretary2User.id },
    branchId: branch.id,
    otherBranchId: otherBranch.id,
  };
}

export type PartyDesk = ReturnType<typeof startPartyDesk>;

export type AddMemberInput = InputOf<'party.addMember'>;

/**
 * party.addMember with defaults: 王建国, not on the register, joined here on 2015-07-01 and full since 2016-07-01,
 * a community member, retired on 4,000 yuan a month (dues 20 yuan). A resident-linked member takes the resident's
 * name unless one is given.
 */
export function memberInput(overrides: Partial<AddMemberInput> & { branchId: number }): AddMemberInput {
  return {
    ...(overrides.residentId === undefined ? { name: '王建国' } : {}),
    arrival: 'joined',
    joinedOn: '2015-07-01',
    arrivedOn: '2015-07-01',
    fullOn: '2016-07-01',
    kind: 'community',
    incomeCategory: 'retired',
    incomeFen: 400_000,
    ...overrides,
  };
}

/** Adds a member through party.addMember (see memberInput for the defaults); answers the roster row. */
export function addMember(
  desk: TestGridDesk,
  token: string,
  overrides: Partial<AddMemberInput> & { branchId: number },
): OutputOf<'party.addMember'> {
  return desk.call('party.addMember', memberInput(overrides), token);
}
