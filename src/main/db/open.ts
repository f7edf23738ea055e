// Opens the database file: pragmas, a backup before pending migrations, then the migrations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { sealAuditChain } from '../services/auditChain';
import { copyDatabaseNow } from '../services/backups/copyNow';
import { refreshPlannerStatistics } from './plannerStatistics';
import { cacheStatements } from './statementCache';

/** Queries are built with drizzle's query builder; its relational API (db.query), which costs every open, is not used. */
export type AppDb = ReturnType<typeof drizzle>;

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: AppDb;
  file: string;
  /** The backup taken before this start's migrations, if any ran on an existing file. */
  preMigrationBackup: string | null;
  close(): void;
}

export interface OpenOptions {
  file: string;
  migrationsFolder: string;
  now?: () => number;
  /** A better_sqlite3.node to load instead of the package's own, e.g. one built for Electron's ABI. */
  nativeBinding?: string;
}

export function openDatabase({ file, migrationsFolder, now = Date.now, nativeBinding }: OpenOptions): OpenedDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, { nativeBinding });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // 64 MiB of page cache instead of SQLite's 2 MiB: a district's indexes stay in memory between calls.
  sqlite.pragma('cache_size = -65536');
  cacheStatements(sqlite);
  const db = drizzle(sqlite);

  let preMigrationBackup: string | null = null;
  const pending = pendingMigrationCount(sqlite, migrationsFolder);
  if (pending > 0 && hasUserTables(sqlite)) {
    // Synchronous, as opening is: a page-for-page copy of the checkpointed file (VACUUM INTO if that cannot be had),
    // named and kept like every other backup.
    preMigrationBackup = copyDatabaseNow(sqlite, path.dirname(file), 'preMigration', now(), nativeBinding);
  }
  // drizzle's migrator reads and hashes every migration file whether or not one is pending: asked only when one is.
  if (pending > 0) migrate(db, { migrationsFolder });
  // Rows written before the audit log's hash chain existed are chained now, once; later starts find nothing to seal.
  sealAuditChain(sqlite);
  // A millisecond on most starts; about a second once on a district-size file that never had statistics.
  refreshPlannerStatistics(sqlite);

  return {
    sqlite,
    db,
    file,
    preMigrationBackup,
    close: () => sqlite.close(),
  };
}

function pendingMigrationCount(sqlite: Database.Database, migrationsFolder: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const tracked = sqlite
    .prepare("select count(*) as n from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get() as { n: number };
  const applied = tracked.n
    ? (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n
    : 0;
  return journal.entries.length - applied;
}

function hasUserTables(sqlite: Database.Database): boolean {
  const row = sqlite
    .prepare(
      "select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != '__drizzle_migrations'",
    )
    .get() as { n: number };
  return row.n > 0;
}
