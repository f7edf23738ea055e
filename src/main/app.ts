// Puts GridDesk together on a data folder: the database and the router. Both transports start here.
import path from 'node:path';
import { openDatabase } from './db/open';
import { createRouter } from './rpc/router';
import type { Clock } from './services/context';

export const databaseFileName = 'griddesk.db';

export interface GridDeskOptions {
  dataDir: string;
  migrationsFolder: string;
  clock?: Clock;
}

export function createGridDesk({ dataDir, migrationsFolder, clock = { now: Date.now } }: GridDeskOptions) {
  const database = openDatabase({ file: path.join(dataDir, databaseFileName), migrationsFolder, now: clock.now });
  const router = createRouter({ database, clock, dataDir });
  return { database, router, close: () => database.close() };
}

export type GridDesk = ReturnType<typeof createGridDesk>;
