// Puts GridDesk together on a data folder: the database, the backups and the router. Both transports start here.
import path from 'node:path';
import { openDatabase } from './db/open';
import { createRouter, type Router } from './rpc/router';
import { createBackupManager, type Scheduler } from './services/backups/backupManager';
import { seedCaseCategories } from './services/cases/categories';
import type { Clock } from './services/context';

export const databaseFileName = 'griddesk.db';

export interface GridDeskOptions {
  dataDir: string;
  migrationsFolder: string;
  clock?: Clock;
  /** Passed to openDatabase: a better_sqlite3.node other than the package's own. */
  nativeBinding?: string;
  /** The timers of the daily backup schedule; tests pass their own. */
  scheduler?: Scheduler;
}

export function createGridDesk({
  dataDir,
  migrationsFolder,
  clock = { now: Date.now },
  nativeBinding,
  scheduler,
}: GridDeskOptions) {
  // At start, and again when a restore has put a backup in place of the file.
  function open() {
    const opened = openDatabase({
      file: path.join(dataDir, databaseFileName),
      migrationsFolder,
      now: clock.now,
      nativeBinding,
    });
    // Every database, demo or not, starts with DOMAIN.md's category tree: a case cannot be filed without one.
    seedCaseCategories(opened.db, clock.now());
    return opened;
  }

  const database = open();
  let router: Router | null = null;
  const backups = createBackupManager({
    dataDir,
    clock,
    migrationsFolder,
    nativeBinding,
    scheduler,
    database: () => router?.database() ?? database,
    reopen: open,
    replaceDatabase: (next) => router?.replaceDatabase(next),
  });
  router = createRouter({ database, clock, dataDir, backups });
  backups.start();
  const started = router;
  return {
    /** The open database: after a restore, the restored one. */
    get database() {
      return started.database();
    },
    router: started,
    backups,
    close: () => {
      backups.stop();
      started.database().close();
    },
  };
}

export type GridDesk = ReturnType<typeof createGridDesk>;
