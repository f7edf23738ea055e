// Puts GridDesk together on a data folder: the database and the router. Both transports start here.
import path from 'node:path';
import { openDatabase } from './db/open';
import { createRouter } from './rpc/router';
import { seedCaseCategories } from './services/cases/categories';
import type { Clock } from './services/context';

export const databaseFileName = 'griddesk.db';

export interface GridDeskOptions {
  dataDir: string;
  migrationsFolder: string;
  clock?: Clock;
  /** Passed to openDatabase: a better_sqlite3.node other than the package's own. */
  nativeBinding?: string;
}

export function createGridDesk({
  dataDir,
  migrationsFolder,
  clock = { now: Date.now },
  nativeBinding,
}: GridDeskOptions) {
  const database = openDatabase({
    file: path.join(dataDir, databaseFileName),
    migrationsFolder,
    now: clock.now,
    nativeBinding,
  });
  // Every database, demo or not, starts with DOMAIN.md's category tree: a case cannot be filed without one.
  seedCaseCategories(database.db, clock.now());
  const router = createRouter({ database, clock, dataDir });
  return { database, router, close: () => database.close() };
}

export type GridDesk = ReturnType<typeof createGridDesk>;
