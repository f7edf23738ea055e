// Every procedure's handler; the type makes a contract procedure without a handler a compile error.
import type { ProcedureName } from '../../shared/contract';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { backupsHandlers } from './backups';
import { casesHandlers } from './cases';
import type { Handlers } from './context';
import { gridsHandlers } from './grids';
import { householdsHandlers } from './households';
import { partyHandlers } from './party';
import { residentSearchHandlers } from './residentSearch';
import { residentsHandlers } from './residents';
import { statsHandlers } from './stats';
import { teamHandlers } from './team';
import { transferHandlers } from './transfer';
import { usersHandlers } from './users';
import { visitsHandlers } from './visits';

export const handlers: Handlers<ProcedureName> = {
  ...authHandlers,
  ...usersHandlers,
  ...gridsHandlers,
  ...auditHandlers,
  ...backupsHandlers,
  ...householdsHandlers,
  ...residentsHandlers,
  ...residentSearchHandlers,
  ...visitsHandlers,
  ...transferHandlers,
  ...casesHandlers,
  ...partyHandlers,
  ...teamHandlers,
  ...statsHandlers,
};
