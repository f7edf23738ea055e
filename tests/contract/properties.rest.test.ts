// The contract under attack, sign-in, users, grids, the audit log, backups and every area no other property file
// names: random and hostile input from every caller, answered with a valid result or a stable error code, never a
// crash, never a partial write (tests/support/contractAttack.ts). Also: the router itself, for names it lacks.
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { procedureNames } from '../../src/shared/contract';
import {
  assertProcedureHolds,
  backgroundWorkDone,
  baseSeed,
  type ContractAttack,
  proceduresOf,
  propertyTimeout,
  runsOf,
  shards,
  startContractAttack,
  storeFiles,
  strangeNames,
} from '../support/contractAttack';
import { hostileValue } from '../support/hostileInput';

let attack: ContractAttack;
beforeAll(async () => {
  attack = startContractAttack();
  await storeFiles(attack);
}, 120_000);
afterAll(() => attack.desk.close());

describe('sign-in, users, grids, the audit log and every other area under attack', () => {
  // backups.create leaves a backup running; backups.restore must meet it finished, or it only ever answers CONFLICT.
  beforeEach(() => backgroundWorkDone(attack));

  // auth.setup and auth.openDemo meet a database already set up: they must refuse with CONFLICT and change nothing,
  // which the property checks like any refusal. auth.logout, auth.changePassword and users.* may end or change a
  // caller's session or account when they succeed; restoreCallers puts the callers back after each such success.
  // backups.restore replaces the database and ends every session: the watch follows the router's database and the
  // callers are restored the same way.
  it.each(proceduresOf('rest'))(
    '%s answers every input with a valid result or a stable error, and a refusal changes nothing',
    (procedure) => assertProcedureHolds(attack, procedure, runsOf(procedure, 40)),
    propertyTimeout,
  );
});

describe('the router under attack', () => {
  it('attacks every procedure of the contract in exactly one property file', () => {
    const attacked = (Object.keys(shards) as (keyof typeof shards)[]).flatMap((shard) => proceduresOf(shard));
    expect([...attacked].sort()).toEqual([...procedureNames].sort());
  });

  it('answers NOT_FOUND to any name outside the contract, whoever calls, and changes nothing', () => {
    fc.assert(
      fc.property(strangeNames, hostileValue, fc.constantFrom(null, 'admin', 'desk'), (name, input, who) => {
        fc.pre(!(procedureNames as string[]).includes(name));
        const token = who ? attack.tokens[who as 'admin' | 'desk'] : null;
        expect(attack.desk.raw(name, input, token)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
        expect(attack.watch.changes()).toEqual([]);
      }),
      { seed: baseSeed, numRuns: 200 },
    );
  });
});
