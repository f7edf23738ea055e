// Every procedure of the contract, checked the same way: bad input, missing sign-in, a role without permission.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, procedureNames } from '../../src/shared/contract';
import { type Role, roleHasPermission, roles } from '../../src/shared/domain/roles';
import { demoUsernameOf, startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let desk: TestGridDesk;
const tokens = {} as Record<Role, string>;
beforeAll(() => {
  desk = startDemoGridDesk();
  for (const role of roles) tokens[role] = desk.login(demoUsernameOf[role]);
});
afterAll(() => desk.close());

describe.each(procedureNames)('%s', (name) => {
  const spec = contract[name];

  it('rejects input it does not know with VALIDATION and changes nothing', () => {
    const before = desk.snapshot();
    for (const bad of [{ unexpectedField: 1 }, 'not an object', [1, 2, 3], 42]) {
      const answer = desk.raw(name, bad, tokens.admin);
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!answer.ok) expect(answer.error.issues?.length).toBeGreaterThan(0);
    }
    expect(desk.snapshot()).toEqual(before);
  });

  if (spec.access !== 'public') {
    it('asks for sign-in without a session, and changes nothing', () => {
      const before = desk.snapshot();
      expect(desk.raw(name, {}, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(desk.raw(name, {}, 'forged-token')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(desk.snapshot()).toEqual(before);
    });
  }

  const access = spec.access;
  if (access !== 'public' && access !== 'signedIn') {
    const refused = roles.filter((role) => !roleHasPermission(role, access));
    it.each(refused)(`refuses %s with FORBIDDEN (needs ${access}) and changes nothing`, (role) => {
      const before = desk.snapshot();
      expect(desk.raw(name, {}, tokens[role])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(desk.snapshot()).toEqual(before);
    });
  }
});

describe('the contract as a whole', () => {
  it('answers NOT_FOUND for a procedure it does not declare', () => {
    expect(desk.raw('users.dropAll', {}, tokens.admin)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'unknownProcedure' },
    });
    expect(desk.raw('__proto__', {}, tokens.admin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('names every procedure <area>.<verb> in camelCase', () => {
    for (const name of procedureNames) expect(name).toMatch(/^[a-z]+\.[a-z][a-zA-Z]+$/);
  });

  it('guards every area but sign-in: only auth procedures are public', () => {
    const open = procedureNames.filter((name) => contract[name].access === 'public');
    expect(open.every((name) => name.startsWith('auth.'))).toBe(true);
  });
});
