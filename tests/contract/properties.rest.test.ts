// The contract under attack, sign-in, users, grids, the audit log, backups and every area no other property file
// names: random and hostile input from every caller, answered with a valid result or a stable error code, never a
// crash, never a partial write (tests/support/contractAttack.ts). Also: the router itself, for names it lacks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { procedureNames } from '../../src/shared/contract';
import {
  attackShard,
  backgroundWorkDone,
  baseSeed,
  proceduresOf,
  shards,
  strangeNames,
} from '../support/contractAttack';
import { hostileValue } from '../support/hostileInput';

// backups.create leaves a backup running; backups.restore must meet it finished, or it only ever answers CONFLICT.
// auth.setup and auth.openDemo meet a database already set up: they must refuse with CONFLICT and change nothing,
// which the property checks like any refusal. auth.logout, auth.changePassword and users.* may end or change a
// caller's session or account when they succeed; restoreCallers puts the callers back after each such success.
// backups.restore replaces the database and ends every session: the watch follows the router's database and the
// callers are restored the same way.
const attackOn = attackShard(
  'rest',
  'sign-in, users, grids, the audit log and every other area under attack',
  backgroundWorkDone,
);

describe('the router under attack', () => {
  it('attacks every procedure of the contract in exactly one property file', () => {
    const attacked = (Object.keys(shards) as (keyof typeof shards)[]).flatMap((shard) => proceduresOf(shard));
    expect([...attacked].sort()).toEqual([...procedureNames].sort());
  });

  it('answers NOT_FOUND to any name outside the contract, whoever calls, and changes nothing', () => {
    fc.assert(
      fc.property(strangeNames, hostileValue, fc.constantFrom(null, 'admin', 'desk'), (name, input, who) => {
        fc.pre(!(procedureNames as string[]).includes(name));
        const token = who ? attackOn().tokens[who as 'admin' | 'desk'] : null;
        expect(attackOn().desk.raw(name, input, token)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
        expect(attackOn().watch.changes()).toEqual([]);
      }),
      { seed: baseSeed, numRuns: 200 },
    );
  });
});
