// Backups of the database file and restoring one: for the administrator.
import { z } from 'zod';
import { byName, mutation, query } from './procedure';

/** daily and manual: SQLite's online backup; preMigration: before a start's migrations; beforeRestore: before a restore. */
export const backupKinds = ['daily', 'manual', 'preMigration', 'beforeRestore'] as const;
export type BackupKind = (typeof backupKinds)[number];

export const backupFile = z.object({
  name: z.string(),
  kind: z.enum(backupKinds),
  at: z.number(),
  size: z.number(),
});

export const runningBackup = z.object({
  kind: z.enum(['daily', 'manual']),
  name: z.string(),
  startedAt: z.number(),
  /** Share of the pages copied, 0 to 1. */
  progress: z.number().min(0).max(1),
});
export type RunningBackup = z.infer<typeof runningBackup>;

export const backupStatus = z.object({
  running: runningBackup.nullable(),
  lastDailyAt: z.number().nullable(),
  /** About when the next automatic backup will be made; null once the schedule has stopped. */
  nextDailyAt: z.number().nullable(),
  retentionDays: z.number(),
  folder: z.string(),
  /** The last backup that could not be completed, if the one after it has not succeeded yet. */
  lastFailure: z.object({ kind: z.enum(['daily', 'manual']), at: z.number(), message: z.string() }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatus>;

export const backupInspection = z.object({
  file: backupFile,
  integrityOk: z.boolean(),
  /** The first few problems PRAGMA integrity_check reported, or why the file could not be read at all. */
  problems: z.array(z.string()),
  isGridDesk: z.boolean(),
  /** Migrations applied in the backup, and in this version of the app. */
  schema: z.object({ backup: z.number(), app: z.number() }),
  newerThanApp: z.boolean(),
  counts: z.object({ households: z.number(), residents: z.number(), cases: z.number(), users: z.number() }).nullable(),
  newestAuditAt: z.number().nullable(),
  /** Why a restore would be refused (an errors.reason key), or null when it may be restored. */
  refusal: z.enum(['backupDamaged', 'backupNotGridDesk', 'backupTooNew']).nullable(),
});
export type BackupInspection = z.infer<typeof backupInspection>;

/** A backup is chosen by its file name in the backups folder; a path is never accepted. */
const chosenBackup = z.object({ name: z.string().trim().min(1).max(200) }).strict();

export const backupsContract = byName([
  query('backups.list', {
    access: 'backups.manage',
    summary: 'The backups in the backups folder, newest first, and the state of backing up: running, last, next.',
    input: z.object({}).strict(),
    output: z.object({ files: z.array(backupFile), status: backupStatus }),
  }),
  mutation('backups.create', {
    access: 'backups.manage',
    summary: 'Starts a manual backup now; answers at once with its progress (CONFLICT while another runs).',
    input: z.object({}).strict(),
    output: z.object({ running: runningBackup }),
  }),
  query('backups.inspect', {
    access: 'backups.manage',
    summary: 'Checks a backup before a restore: integrity, schema version, what it holds.',
    input: chosenBackup,
    output: backupInspection,
  }),
  mutation('backups.restore', {
    access: 'backups.manage',
    ownTransaction: true,
    summary:
      'Puts a backup in place of the database after checking it, backing the current file up first. Every session ends.',
    input: chosenBackup,
    output: z.object({
      restored: backupFile,
      /** The backup of the data as it was just before the restore. */
      beforeRestore: z.string(),
      migrationsApplied: z.number(),
      /** Always true: the restored file has its own sessions, all ended, so everyone signs in again. */
      signInAgain: z.literal(true),
    }),
  }),
]);
