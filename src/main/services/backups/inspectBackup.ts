// What a backup file holds and whether it may be restored: its integrity, that it is a GridDesk database no newer than
// this app, and a few counts to recognise it by. The file is opened read-only and never changed.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInspection } from '../../../shared/contract/backups';
import type { BackupFile } from './backupFiles';

/** The app's own migrations, as the journal lists them: how many, and the time drizzle records for each. */
export interface AppMigrations {
  count: number;
  times: ReadonlySet<number>;
}

export function readAppMigrations(migrationsFolder: string): AppMigrations {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return { count: journal.entries.length, times: new Set(journal.entries.map((entry) => entry.when)) };
}

const maxProblems = 5;

export function inspectBackupFile(
  file: BackupFile,
  fullPath: string,
  app: AppMigrations,
  nativeBinding?: string,
): BackupInspection {
  const unreadable = (problem: string): BackupInspection => ({
    file,
    integrityOk: false,
    problems: [problem],
    isGridDesk: false,
    schema: { backup: 0, app: app.count },
    newerThanApp: false,
    counts: null,
    newestAuditAt: null,
    refusal: 'backupDamaged',
  });

  // A backup still marked for WAL (one copied in by hand, or made by an older GridDesk) gets -wal and -shm files beside
  // it when opened, even read-only: those are removed again after the check.
  const companions = ['-wal', '-shm']
    .map((suffix) => fullPath + suffix)
    .filter((companion) => !fs.existsSync(companion));
  let backup: Database.Database;
  try {
    backup = new Database(fullPath, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (error) {
    return unreadable(messageOf(error));
  }
  try {
    const problems = (backup.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .filter((line) => line !== 'ok');
    const tables = new Set(
      backup.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
    );
    const isGridDesk = ['__drizzle_migrations', 'users', 'audit_log', 'settings'].every((name) => tables.has(name));
    const applied = isGridDesk
      ? (backup.prepare('select created_at from __drizzle_migrations').pluck().all() as (number | string)[])
      : [];
    // A migration this app does not know was made by a newer version: its data may not fit this app's schema.
    const newerThanApp = applied.length > app.count || applied.some((time) => !app.times.has(Number(time)));
    const count = (table: string) =>
      tables.has(table) ? (backup.prepare(`select count(*) from "${table}"`).pluck().get() as number) : 0;
    const integrityOk = problems.length === 0;
    return {
      file,
      integrityOk,
      problems: problems.slice(0, maxProblems),
      isGridDesk,
      schema: { backup: applied.length, app: app.count },
      newerThanApp,
      counts:
        isGridDesk && integrityOk
          ? {
              households: count('households'),
              residents: count('residents'),
              cases: count('cases'),
              users: count('users'),
            }
          : null,
      newestAuditAt:
        isGridDesk && integrityOk
          ? ((backup.prepare('select max(at) from audit_log').pluck().get() as number | null) ?? null)
          : null,
      refusal: !integrityOk
        ? 'backupDamaged'
        : !isGridDesk
          ? 'backupNotGridDesk'
          : newerThanApp
            ? 'backupTooNew'
            : null,
    };
  } catch (error) {
    // A file damaged badly enough fails the check itself (not a database, malformed schema).
    return unreadable(messageOf(error));
  } finally {
    backup.close();
    for (const companion of companions) fs.rmSync(companion, { force: true });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
