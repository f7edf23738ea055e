// Excel and CSV in and out: the import and export procedures. The transports store uploads (uploads.ts) and
// hand out exports (exportFiles.ts); these handlers work on what is stored.
import type { Handlers } from '../context';
import { caseExportHandlers } from './caseExport';
import { exportHandlers } from './exports';
import { importHandlers } from './imports';

export const transferHandlers: Handlers<
  | 'imports.preview'
  | 'imports.commit'
  | 'exports.residents'
  | 'exports.households'
  | 'exports.changes'
  | 'exports.cases'
> = {
  ...importHandlers,
  ...exportHandlers,
  ...caseExportHandlers,
};
