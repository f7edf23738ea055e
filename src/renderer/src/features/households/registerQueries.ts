// The answers a change to the register makes stale: lists, files, search and the visit figures that count households.
import type { ProcedureName } from '../../../../shared/contract';

export const registerQueries: ProcedureName[] = [
  'households.list',
  'households.get',
  'residents.list',
  'residents.get',
  'residents.search',
  'visits.unvisited',
  'visits.coverage',
];
