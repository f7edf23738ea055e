// The whole contract: every procedure by name. Transports, the preload and the client derive from it.
import type { z } from 'zod';
import { auditContract } from './audit';
import { authContract } from './auth';
import { backupsContract } from './backups';
import { casesContract } from './cases';
import { gridsContract } from './grids';
import { householdsContract } from './households';
import { partyContract } from './party';
import { residentsContract } from './residents';
import { statsContract } from './stats';
import { teamContract } from './team';
import { transferContract } from './transfer';
import { usersContract } from './users';
import { visitsContract } from './visits';

export const contract = {
  ...authContract,
  ...usersContract,
  ...gridsContract,
  ...auditContract,
  ...backupsContract,
  ...householdsContract,
  ...residentsContract,
  ...visitsContract,
  ...transferContract,
  ...casesContract,
  ...partyContract,
  ...teamContract,
  ...statsContract,
};

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<N extends ProcedureName> = z.input<Contract[N]['input']>;
export type ParsedInputOf<N extends ProcedureName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends ProcedureName> = z.output<Contract[N]['output']>;

export const procedureNames = Object.keys(contract) as ProcedureName[];

export function isProcedureName(value: unknown): value is ProcedureName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
