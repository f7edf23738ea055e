// Start-up at district scale, as the user waits for it: opening the district file on an ordinary day (nothing to
// migrate), and the first start after an upgrade, with the newest migration pending: the backup taken before
// migrating, the migration, and what every start does. The upgrade is timed on a copy of the district whose newest
// migration is undone (the copying and undoing are not timed); the district itself is never migrated backwards.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createGridDesk, databaseFileName } from '../../src/main/app';
import { refreshPlannerStatistics } from '../../src/main/db/plannerStatistics';
import { districtDir, migrationsFolder, noSchedule } from './district';
import { type BenchRow, timeBeside } from './measure';

const scratchDir = path.resolve(districtDir, '../bench-startup');

interface Migration {
  tag: string;
  when: number;
  statements: string[];
}

function newestMigration(): Migration {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const entry = journal.entries.at(-1);
  if (!entry) throw new Error('No migrations.');
  const text = fs.readFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), 'utf8');
  return { ...entry, statements: text.split('--> statement-breakpoint').filter((s) => s.trim() !== '') };
}

const name = String.raw`[\`"]?(\w+)[\`"]?`;
const undoRules: [RegExp, (m: RegExpMatchArray) => string][] = [
  [new RegExp(`^CREATE TRIGGER (?:IF NOT EXISTS )?${name}`, 'i'), (m) => `DROP TRIGGER "${m[1]}"`],
  [new RegExp(`^CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?${name}`, 'i'), (m) => `DROP INDEX "${m[1]}"`],
  [new RegExp(`^CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?${name}`, 'i'), (m) => `DROP TABLE "${m[1]}"`],
  [new RegExp(`^CREATE VIEW (?:IF NOT EXISTS )?${name}`, 'i'), (m) => `DROP VIEW "${m[1]}"`],
  [
    new RegExp(`^ALTER TABLE ${name} ADD (?:COLUMN )?${name}`, 'i'),
    (m) => `ALTER TABLE "${m[1]}" DROP COLUMN "${m[2]}"`,
  ],
];

const insertInto = new RegExp(`^INSERT INTO ${name}`, 'i');
const createdTable = new RegExp(`^CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?${name}`, 'i');

/** The statements that take a migration back out, newest first; throws for a statement this cannot undo. */
function undoStatements(migration: Migration): string[] {
  const codes = migration.statements.map((statement) =>
    statement
      .split('\n')
      .filter((line) => !line.trim().startsWith('--'))
      .join('\n')
      .trim(),
  );
  const tablesCreated = new Set(codes.map((code) => code.match(createdTable)?.[1]).filter(Boolean));
  return codes
    .flatMap((code) => {
      // Rows put into a table the same migration creates go with the table.
      const filled = code.match(insertInto)?.[1];
      if (filled !== undefined && tablesCreated.has(filled)) return [];
      for (const [pattern, undo] of undoRules) {
        const match = code.match(pattern);
        if (match) return [undo(match)];
      }
      throw new Error(`The bench cannot undo this statement of ${migration.tag}: ${code.slice(0, 80)}`);
    })
    .reverse();
}

/** A copy of the district (closed) with its newest migration taken out again: the file as the release before left it. */
function copyBeforeNewestMigration(migration: Migration, undo: string[]): string {
  fs.rmSync(scratchDir, { recursive: true, force: true });
  fs.mkdirSync(scratchDir, { recursive: true });
  const file = path.join(scratchDir, databaseFileName);
  fs.copyFileSync(path.join(districtDir, databaseFileName), file);
  undoOn(file, migration, undo);
  return file;
}

function undoOn(file: string, migration: Migration, undo: string[]): void {
  const sqlite = new Database(file);
  sqlite.transaction(() => {
    for (const statement of undo) sqlite.exec(statement);
    sqlite.prepare('delete from __drizzle_migrations where created_at = ?').run(migration.when);
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  fs.rmSync(path.join(path.dirname(file), 'backups'), { recursive: true, force: true });
}

/** The pragmas openDatabase sets, for the floor. */
function openRaw(file: string): Database.Database {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('cache_size = -65536');
  // Statistics checked at the start, as openDatabase does.
  refreshPlannerStatistics(sqlite);
  return sqlite;
}

/** How long writing a backup took, from its file's own times (created, last written), in ms; null if unknown. */
function backupWriteMs(file: string | null): number | null {
  if (file === null || !fs.existsSync(file)) return null;
  const stat = fs.statSync(file);
  return stat.birthtimeMs > 0 ? stat.mtimeMs - stat.birthtimeMs : null;
}

export function startupBenchmarks(now: number, repetitions = 5): BenchRow[] {
  const clock = { now: () => now };
  const districtFile = path.join(districtDir, databaseFileName);
  const sizeGb = (fs.statSync(districtFile).size / 1e9).toFixed(1);

  // An ordinary day: open, nothing to migrate. Floor: the file opened with the same pragmas and its schema read.
  const { timing: ordinary, floor: ordinaryFloor } = timeBeside(
    () => createGridDesk({ dataDir: districtDir, migrationsFolder, clock, scheduler: noSchedule }).close(),
    () => {
      const sqlite = openRaw(districtFile);
      sqlite.prepare('select count(*) from sqlite_schema').get();
      sqlite.close();
    },
    repetitions,
    1,
  );
  const rows: BenchRow[] = [
    { operation: `start-up: open the district (${sizeGb} GB)`, timing: ordinary, floor: ordinaryFloor, targetMs: 1000 },
  ];

  // After an upgrade: the newest migration pending. Once each (each takes a 2 GB backup); both on a warm copy.
  const migration = newestMigration();
  let undo: string[];
  try {
    undo = undoStatements(migration);
  } catch (error) {
    console.log(`  start-up after an upgrade not timed: ${(error as Error).message}`);
    return rows;
  }
  const file = copyBeforeNewestMigration(migration, undo);
  // Floor: what must happen at least: a copy of the closed file (nothing else has it open at start-up), then the
  // migration's statements in one transaction.
  let start = performance.now();
  const floorSqlite = openRaw(file);
  floorSqlite.pragma('wal_checkpoint(TRUNCATE)');
  fs.mkdirSync(path.join(scratchDir, 'backups'), { recursive: true });
  fs.copyFileSync(file, path.join(scratchDir, 'backups', 'floor-copy.db'));
  floorSqlite.transaction(() => {
    for (const statement of migration.statements) floorSqlite.exec(statement);
    floorSqlite
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('bench-floor', migration.when);
  })();
  floorSqlite.close();
  const floorMs = performance.now() - start;
  undoOn(file, migration, undo);

  start = performance.now();
  const desk = createGridDesk({ dataDir: scratchDir, migrationsFolder, clock, scheduler: noSchedule });
  const upgradeMs = performance.now() - start;
  const backupMs = backupWriteMs(desk.database.preMigrationBackup);
  desk.close();
  fs.rmSync(scratchDir, { recursive: true, force: true });

  const once = (ms: number) => ({ median: ms, p95: ms });
  rows.push({
    operation: `start-up after an upgrade (${migration.tag.replace(/^\d+_/, '')} pending)`,
    timing: once(upgradeMs),
    floor: once(floorMs),
    targetMs: 15_000,
  });
  if (backupMs !== null) {
    rows.push({
      operation: '  of which the pre-migration backup',
      timing: once(backupMs),
      floor: null,
      targetMs: Number.NaN,
    });
  }
  return rows;
}
