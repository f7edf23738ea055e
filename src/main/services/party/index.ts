// The party area's handlers: branches, roster, meetings, dues, service and monthly reports.
import type { Handlers } from '../context';
import { branchAccountsHandlers } from './branchAccounts';
import { branchesHandlers } from './branches';
import { duesHandlers } from './dues';
import { meetingsHandlers } from './meetings';
import { memberExportHandlers } from './memberExport';
import { membersHandlers } from './members';
import { reportsHandlers } from './reports';
import { residentCandidatesHandlers } from './residentCandidates';
import { serviceHandlers } from './service';

type PartyProcedure =
  | keyof typeof branchesHandlers
  | keyof typeof branchAccountsHandlers
  | keyof typeof membersHandlers
  | keyof typeof residentCandidatesHandlers
  | keyof typeof memberExportHandlers
  | keyof typeof meetingsHandlers
  | keyof typeof duesHandlers
  | keyof typeof serviceHandlers
  | keyof typeof reportsHandlers;

export const partyHandlers: Handlers<PartyProcedure> = {
  ...branchesHandlers,
  ...branchAccountsHandlers,
  ...membersHandlers,
  ...residentCandidatesHandlers,
  ...memberExportHandlers,
  ...meetingsHandlers,
  ...duesHandlers,
  ...serviceHandlers,
  ...reportsHandlers,
};
