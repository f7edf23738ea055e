// The party screens' shared reads: what a party change makes stale, and the branches the user reaches.
import type { ProcedureName } from '../../../../shared/contract';
import { useQueryProc } from '../../api/hooks';

/** Every answer a change to a branch, member, meeting, payment, service record or report can make stale. */
export const partyQueries: ProcedureName[] = [
  'party.branches',
  'party.branch',
  'party.secretaryAccounts',
  'party.members',
  'party.residentCandidates',
  'party.member',
  'party.meetings',
  'party.meeting',
  'party.meetingsOwed',
  'party.duesSheet',
  'party.arrears',
  'party.services',
  'party.reports',
  'party.report',
  'wishes.wall',
];

/** The branches the signed-in user reaches (a secretary: their own), in the server's order. */
export function useBranches() {
  return useQueryProc('party.branches', {}, { staleTime: 30_000 });
}
