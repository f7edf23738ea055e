// The backups folder: how a backup file is named, listed and pruned. A backup is written under a temporary name and
// renamed when complete, so a half-made one never lists.
import fs from 'node:fs';
import path from 'node:path';
import { type BackupKind, backupKinds } from '../../../shared/contract/backups';

export const retentionDays = 30;
const dayMs = 24 * 60 * 60 * 1000;
/** The temporary name's ending: such files are ignored by the listing and removed at start. */
export const partialSuffix = '.partial';

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export interface BackupFile {
  name: string;
  kind: BackupKind;
  /** When the backup was started, read from its name (so a copied folder keeps its times). */
  at: number;
  size: number;
}

// `2026-11-16T02-00-00-000Z`: an ISO time with the characters Windows refuses in names replaced.
const stampPattern = '(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z';
// Before backups had kinds, open.ts named its copies `griddesk-pre-migration-<stamp>.db`; they list as preMigration.
const namePattern = new RegExp(
  `^griddesk-(${backupKinds.join('|')}|pre-migration)-${stampPattern}(?:-(\\d{1,3}))?\\.db$`,
);

function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[:.]/g, '-');
}

/** The kind and time a backup file's name carries, or null for any other name (a path, a stranger's file). */
export function parseBackupName(name: string): { kind: BackupKind; at: number } | null {
  const match = namePattern.exec(name);
  if (!match) return null;
  const [, label, day, hours, minutes, seconds, millis] = match;
  const at = Date.parse(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(at)) return null;
  return { kind: label === 'pre-migration' ? 'preMigration' : (label as BackupKind), at };
}

/** A name for a new backup of `kind` made at `at` that no file in `dir` has yet. */
export function newBackupPath(dir: string, kind: BackupKind, at: number): string {
  const base = `griddesk-${kind}-${stamp(at)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.db` : `${base}-${n}.db`;
    const file = path.join(dir, name);
    if (!fs.existsSync(file) && !fs.existsSync(file + partialSuffix)) return file;
  }
}

/** Every complete backup in `dir`, newest first. Only plain files with a backup's name count. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const stat = fs.lstatSync(path.join(dir, name), { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    files.push({ name, ...parsed, size: stat.size });
  }
  return files.sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
}

/** Deletes backups older than the retention period, of every kind, but never the newest one. Answers the names removed. */
export function pruneBackups(dir: string, now: number, days = retentionDays): string[] {
  const [, ...older] = listBackups(dir);
  const cutoff = now - days * dayMs;
  const removed: string[] = [];
  for (const file of older) {
    if (file.at >= cutoff) continue;
    fs.rmSync(path.join(dir, file.name), { force: true });
    removed.push(file.name);
  }
  return removed;
}

/** Removes temporary files a backup interrupted by a crash or a shutdown left behind. */
export function removePartials(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.endsWith(partialSuffix)) fs.rmSync(path.join(dir, name), { force: true });
  }
}
