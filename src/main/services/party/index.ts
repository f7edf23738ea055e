// The party area's handlers: branches, roster, meetings, dues, service and monthly reports.
import type { Handlers } from '../context';
import { branchesHandlers } from './branches';
import { duesHandlers } from './dues';
import { meetingsHandlers } from './meetings';
import { memberExportHandlers } from './memberExport';
import { membersHandlers } from './members';
import { reportsHandlers } from './reports';
import { serviceHandlers } from './service';

type PartyProcedure =
  | keyof typeof branchesHandlers
  | keyof typeof membersHandlers
  | keyof typeof memberExportHandlers
  | keyof typeof meetingsHandlers
  | keyof typeof duesHandlers
  | keyof typeof serviceHandlers
  | keyof typeof reportsHandlers;

export const partyHandlers: Handlers<PartyProcedure> = {
  ...branchesHandlers,
  ...membersHandlers,
  ...memberExportHandlers,
  ...meetingsHandlers,
  ...duesHandlers,
  ...serviceHandlers,
  ...reportsHandlers,
};
