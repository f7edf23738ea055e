// The contract under attack, party branches: random and hostile input from every caller, answered
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

describe('party branches under attack', () => {
  it.each(proceduresOf('party'))(
    '%s answers every input with a valid result or a stable error, and a refusal changes nothing',
    (procedure) => assertProcedureHolds(attack, procedure, runsOf(procedure, 40)),
    propertyTimeout,
  );
});
