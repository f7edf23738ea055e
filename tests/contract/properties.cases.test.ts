// The contract under attack, the case desk and the wish wall: random and hostile input from every caller, answered
// with a valid result or a stable error code, never a crash, never a partial write (tests/support/contractAttack.ts).
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  assertProcedureHolds,
  type ContractAttack,
  proceduresOf,
  propertyTimeout,
  runsOf,
  startContractAttack,
  storeFiles,
} from '../support/contractAttack';

let attack: ContractAttack;
beforeAll(async () => {
  attack = startContractAttack();
  await storeFiles(attack);
}, 120_000);
afterAll(() => attack.desk.close());

describe('the case desk and the wish wall under attack', () => {
  it.each(proceduresOf('cases'))(
    '%s answers every input with a valid result or a stable error, and a refusal changes nothing',
    (procedure) => assertProcedureHolds(attack, procedure, runsOf(procedure, 40)),
    propertyTimeout,
  );
});
