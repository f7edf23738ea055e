// A synchronous, consistent copy of the open database, for the moments nothing else may run: before migrations at
// start, and before a restore replaces the file. (Daily and manual backups use SQLite's online backup instead, which
// steps while the app keeps answering.)
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupKind } from '../../../shared/contract/backups';
import { backupsDir, newBackupPath, partialSuffix } from './backupFiles';

/**
 * Copies the live database into `<dataDir>/backups` as a backup of `kind` and answers its path. The main file is
 * copied as it is (fast, page for page) once a checkpoint has emptied the write-ahead log and a read transaction
 * holds it still; if the log cannot be emptied (another reader), `VACUUM INTO` makes the copy instead.
 */
export function copyDatabaseNow(
  sqlite: Database.Database,
  dataDir: string,
  kind: BackupKind,
  at: number,
  nativeBinding?: string,
): string {
  const dir = backupsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const target = newBackupPath(dir, kind, at);
  const partial = target + partialSuffix;
  try {
    if (!copyCheckpointedFile(sqlite, partial)) {
      fs.rmSync(partial, { force: true });
      sqlite.prepare('vacuum into ?').run(partial);
    }
    settleBackupFile(partial, nativeBinding);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return target;
}

/** Copies the main file while it holds the whole database; false when it cannot be sure it does. */
function copyCheckpointedFile(sqlite: Database.Database, target: string): boolean {
  if (sqlite.inTransaction || sqlite.pragma('journal_mode', { simple: true }) !== 'wal') return false;
  const [checkpoint] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
  if (checkpoint?.busy !== 0 || checkpoint?.log !== 0) return false;
  return sqlite.transaction(() => {
    // The first read fixes this connection's snapshot. With the log still empty it is the main file alone, and no
    // checkpoint may write into the main file while the snapshot is held, so the copy is exactly that snapshot.
    sqlite.prepare('select count(*) from sqlite_master').pluck().get();
    if (walSize(sqlite.name) !== 0) return false;
    fs.copyFileSync(sqlite.name, target);
    return true;
  })();
}

function walSize(file: string): number {
  return fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
}

/**
 * Makes a finished copy a single self-contained file: rollback journal instead of WAL, so it opens read-only for an
 * integrity check without creating -wal and -shm files beside it, and written to disk before it is renamed.
 */
export function settleBackupFile(file: string, nativeBinding?: string): void {
  const copy = new Database(file, { nativeBinding, fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}
