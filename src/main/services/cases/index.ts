// Every cases procedure's handler, from the module that owns it.

import { caseAttachmentHandlers } from './attachments';
import { caseCategoryHandlers } from './categories';
import { caseFlowHandlers } from './flow';
import { caseIntakeHandlers } from './intake';
import { caseRateHandlers } from './rates';
import { caseReadHandlers } from './reading';
import { caseViewHandlers } from './views';
import { wishWallHandlers } from './wishWall';

export const casesHandlers = {
  ...caseIntakeHandlers,
  ...caseFlowHandlers,
  ...caseCategoryHandlers,
  ...caseReadHandlers,
  ...caseViewHandlers,
  ...wishWallHandlers,
  ...caseRateHandlers,
  ...caseAttachmentHandlers,
};
