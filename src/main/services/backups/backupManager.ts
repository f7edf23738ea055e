// Backing up while the app works, and restoring: one backup at a time, with its progress; the daily schedule;
// retention. Daily and manual backups use SQLite's online backup, which copies a batch of pages per turn of the event
// loop, so calls keep being answered meanwhile; writes made through this connection during it are carried into the copy.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInspection, BackupStatus, RunningBackup } from '../../../shared/contract/backups';
import { AppError } from '../../../shared/contract/errors';
import type { OpenedDatabase } from '../../db/open';
import type { Clock } from '../context';
import {
  type BackupFile,
  backupsDir,
  listBackups,
  newBackupPath,
  parseBackupName,
  partialSuffix,
  pruneBackups,
  removePartials,
  retentionDays,
} from './backupFiles';
import { copyDatabaseNow, settleBackupFile } from './copyNow';
import { type AppMigrations, inspectBackupFile, readAppMigrations } from './inspectBackup';

/** Timers behind an interface, so a test can fire the daily check itself. */
export interface Scheduler {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realScheduler: Scheduler = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    // The schedule alone never keeps the process alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

const hourMs = 60 * 60 * 1000;
const dailyEveryMs = 24 * hourMs;
/** How often the schedule looks whether a daily backup is due: a sleeping laptop catches up soon after it wakes. */
export const dailyCheckEveryMs = 15 * 60 * 1000;
export const firstCheckAfterMs = 60 * 1000;

export interface BackupManagerDeps {
  dataDir: string;
  clock: Clock;
  migrationsFolder: string;
  nativeBinding?: string;
  /** The open database; a restore replaces it. */
  database(): OpenedDatabase;
  /** Opens the database file as the app does at start (migrations, seeding). */
  reopen(): OpenedDatabase;
  replaceDatabase(next: OpenedDatabase): void;
  scheduler?: Scheduler;
  /** Pages copied per turn of the event loop: bigger is faster, smaller answers calls sooner. */
  pagesPerStep?: number;
  logError?(error: unknown, what: string): void;
}

interface Running extends RunningBackup {
  stopped: boolean;
  done: Promise<void>;
}

export interface RestoreResult {
  restored: BackupFile;
  beforeRestore: string;
  migrationsApplied: number;
}

export function createBackupManager(deps: BackupManagerDeps) {
  const { dataDir, clock, scheduler = realScheduler, pagesPerStep = 256 } = deps;
  const logError = deps.logError ?? ((error, what) => console.error(`[griddesk] ${what} failed:`, error));
  const dir = backupsDir(dataDir);
  let appMigrations: AppMigrations | null = null;
  let running: Running | null = null;
  let lastFailure: BackupStatus['lastFailure'] = null;
  let timer: unknown = null;
  let nextCheckAt: number | null = null;

  /**
   * Starts the daily schedule: a first check shortly after start (a backup if the last daily one is a day old), so the
   * first screen is not slowed by copying, then one every so often.
   */
  function start(): void {
    if (timer !== null) return;
    if (!running) removePartials(dir);
    nextCheckAt = clock.now() + firstCheckAfterMs;
    timer = scheduler.setTimeout(check, firstCheckAfterMs);
  }

  /** Stops the schedule and abandons a running backup (its temporary file goes); the database may then close. */
  function stop(): void {
    if (timer !== null) scheduler.clearTimeout(timer);
    timer = null;
    nextCheckAt = null;
    if (running) running.stopped = true;
  }

  function check(): void {
    try {
      pruneBackups(dir, clock.now());
      if (!running && dailyDue() && isSetUp()) begin('daily');
    } catch (error) {
      logError(error, 'daily backup check');
    }
    nextCheckAt = clock.now() + dailyCheckEveryMs;
    timer = scheduler.setTimeout(check, dailyCheckEveryMs);
  }

  function lastDailyAt(): number | null {
    return listBackups(dir).find((file) => file.kind === 'daily')?.at ?? null;
  }

  function dailyDue(): boolean {
    const last = lastDailyAt();
    return last === null || clock.now() - last >= dailyEveryMs;
  }

  /** A database nobody has set up yet holds nothing worth keeping. */
  function isSetUp(): boolean {
    return (deps.database().sqlite.prepare('select count(*) from users').pluck().get() as number) > 0;
  }

  /** Starts an online backup; answers at once. CONFLICT while another one runs. */
  function begin(kind: 'daily' | 'manual'): RunningBackup {
    if (running) {
      throw new AppError('CONFLICT', 'A backup is being made; wait until it is done.', { reason: 'backupRunning' });
    }
    fs.mkdirSync(dir, { recursive: true });
    const startedAt = clock.now();
    const target = newBackupPath(dir, kind, startedAt);
    const partial = target + partialSuffix;
    const { sqlite } = deps.database();
    const run: Running = {
      kind,
      name: path.basename(target),
      startedAt,
      progress: 0,
      stopped: false,
      done: Promise.resolve(),
    };
    running = run;
    run.done = sqlite
      .backup(partial, {
        progress: ({ totalPages, remainingPages }) => {
          if (run.stopped) throw new Error('The backup was stopped: GridDesk is closing.');
          run.progress = totalPages > 0 ? (totalPages - remainingPages) / totalPages : 0;
          return pagesPerStep;
        },
      })
      .then(() => {
        if (run.stopped) throw new Error('The backup was stopped: GridDesk is closing.');
        settleBackupFile(partial, deps.nativeBinding);
        fs.renameSync(partial, target);
        lastFailure = null;
        pruneBackups(dir, clock.now());
      })
      .catch((error: unknown) => {
        fs.rmSync(partial, { force: true });
        if (run.stopped) return;
        lastFailure = { kind, at: startedAt, message: error instanceof Error ? error.message : String(error) };
        logError(error, `${kind} backup`);
      })
      .finally(() => {
        if (running === run) running = null;
      });
    return publicRunning(run);
  }

  function publicRunning(run: Running): RunningBackup {
    return { kind: run.kind, name: run.name, startedAt: run.startedAt, progress: run.progress };
  }

  function status(): BackupStatus {
    const last = lastDailyAt();
    return {
      running: running ? publicRunning(running) : null,
      lastDailyAt: last,
      nextDailyAt: nextDailyAt(last),
      retentionDays,
      folder: dir,
      lastFailure,
    };
  }

  /** The first check at or after the day is up: checks come every `dailyCheckEveryMs`. */
  function nextDailyAt(last: number | null): number | null {
    if (nextCheckAt === null) return null;
    const due = last === null ? nextCheckAt : last + dailyEveryMs;
    if (due <= nextCheckAt) return nextCheckAt;
    return nextCheckAt + Math.ceil((due - nextCheckAt) / dailyCheckEveryMs) * dailyCheckEveryMs;
  }

  /** The listed backup with this name; anything else (a path, an unknown or half-made file) is refused. */
  function find(name: string): { file: BackupFile; fullPath: string } {
    if (!parseBackupName(name)) {
      throw new AppError('VALIDATION', 'Choose a backup from the list by its file name.', {
        reason: 'backupNameInvalid',
      });
    }
    const file = listBackups(dir).find((candidate) => candidate.name === name);
    if (!file) throw new AppError('NOT_FOUND', 'There is no such backup.', { reason: 'backupNotFound' });
    return { file, fullPath: path.join(dir, file.name) };
  }

  function inspect(name: string): BackupInspection {
    const { file, fullPath } = find(name);
    appMigrations ??= readAppMigrations(deps.migrationsFolder);
    return inspectBackupFile(file, fullPath, appMigrations, deps.nativeBinding);
  }

  /**
   * Puts a backup in place of the live file: refuses a damaged, foreign or newer one; backs the current file up first;
   * then closes the database, swaps the file and opens it as at start (migrating it if it is older). Synchronous, so no
   * call is answered in between. Answers what was restored; the caller replaces nothing itself.
   */
  function restore(name: string): RestoreResult {
    if (running) {
      throw new AppError('CONFLICT', 'A backup is being made; restore when it is done.', { reason: 'backupRunning' });
    }
    const { file, fullPath } = find(name);
    const report = inspect(name);
    if (report.refusal === 'backupTooNew') {
      throw new AppError('CONFLICT', 'This backup was made by a newer GridDesk.', { reason: 'backupTooNew' });
    }
    if (report.refusal) {
      throw new AppError('VALIDATION', 'This backup cannot be restored: it failed its integrity check.', {
        reason: report.refusal,
      });
    }

    const current = deps.database();
    const live = current.file;
    const beforeRestore = safely('backupFailed', () =>
      copyDatabaseNow(current.sqlite, dataDir, 'beforeRestore', clock.now(), deps.nativeBinding),
    );
    // Staged beside the live file first: if the disk is full, this fails while the live database is still untouched.
    const staged = `${live}.restoring`;
    safely('restoreFailed', () => fs.copyFileSync(fullPath, staged));

    current.close();
    let next: OpenedDatabase;
    try {
      putInPlace(staged, live);
      next = deps.reopen();
    } catch (error) {
      // Back to the data as it was: the copy just made holds exactly that.
      fs.rmSync(staged, { force: true });
      putInPlace(beforeRestore, live, { keepSource: true });
      deps.replaceDatabase(deps.reopen());
      logError(error, 'restore');
      throw new AppError('INTERNAL', 'The backup could not be opened; the data is as it was.', {
        reason: 'restoreFailed',
      });
    }
    // The sessions in the backup belonged to its day; nobody continues one of them.
    next.sqlite.prepare('update sessions set ended_at = ? where ended_at is null').run(clock.now());
    deps.replaceDatabase(next);
    return {
      restored: file,
      beforeRestore: path.basename(beforeRestore),
      migrationsApplied: report.schema.app - report.schema.backup,
    };
  }

  return {
    start,
    stop,
    begin,
    status,
    list: () => listBackups(dir),
    inspect,
    restore,
    folder: dir,
    /** The open database (after a restore, the restored one). */
    database: () => deps.database(),
    /** Settles when the running backup (if any) has finished or failed: for tests and a clean shutdown. */
    whenIdle: (): Promise<void> => running?.done ?? Promise.resolve(),
  };
}

export type BackupManager = ReturnType<typeof createBackupManager>;

/** Moves (or copies) a database file into place; the stale -wal and -shm of the file it replaces go first. */
function putInPlace(source: string, live: string, options: { keepSource?: boolean } = {}): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${live}${suffix}`, { force: true });
  if (options.keepSource) fs.copyFileSync(source, live);
  else fs.renameSync(source, live);
}

function safely<T>(reason: 'backupFailed' | 'restoreFailed', run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new AppError('INTERNAL', 'The files could not be written; nothing was changed.', {
      reason,
      params: { detail: error instanceof Error ? error.message : String(error) },
    });
  }
}
