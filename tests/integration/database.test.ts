import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import { migrationsFolder, tempDir } from '../support/testGridDesk';

const repoRoot = path.resolve(__dirname, '../..');
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function open(file: string, folder = migrationsFolder) {
  const database = openDatabase({ file, migrationsFolder: folder, now: () => Date.parse('2026-11-16T02:00:00Z') });
  opened.push(database);
  return database;
}

/** A copy of the real migrations with one more, as the next release would ship it. */
function migrationsWithOneMore(): string {
  const folder = path.join(tempDir(), 'migrations');
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const last = journal.entries.at(-1);
  const tag = `${String(last.idx + 1).padStart(4, '0')}_next_release`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, `${tag}.sql`), 'CREATE TABLE `next_release` (`id` integer PRIMARY KEY NOT NULL);');
  return folder;
}

describe('opening the database', () => {
  it('creates a new file with every migration applied, WAL and foreign keys on', () => {
    const database = open(path.join(tempDir(), 'griddesk.db'));
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = database.sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['users', 'sessions', 'audit_log', 'grids', 'grid_staff', 'staff']));
    expect(database.preMigrationBackup).toBeNull();
  });

  it('refuses a row whose foreign key points nowhere', () => {
    const database = open(path.join(tempDir(), 'griddesk.db'));
    expect(() =>
      database.sqlite
        .prepare('insert into grid_staff (grid_id, staff_id, duty, since, created_at) values (999, 999, ?, ?, 0)')
        .run('volunteer', '2026-01-01'),
    ).toThrow(/FOREIGN KEY/);
  });

  it('backs the file up before applying a pending migration, and the backup holds the old data', () => {
    const file = path.join(tempDir(), 'griddesk.db');
    const first = open(file);
    first.sqlite.prepare("insert into settings (key, value) values ('centreName', '\"振兴社区\"')").run();
    first.close();
    opened.pop();

    const second = open(file, migrationsWithOneMore());
    expect(second.preMigrationBackup).not.toBeNull();
    const backup = new Database(second.preMigrationBackup as string, { readonly: true });
    expect(backup.prepare("select value from settings where key = 'centreName'").pluck().get()).toBe('"振兴社区"');
    expect(backup.prepare("select count(*) from sqlite_master where name = 'next_release'").pluck().get()).toBe(0);
    backup.close();
    expect(second.sqlite.prepare("select count(*) from sqlite_master where name = 'next_release'").pluck().get()).toBe(
      1,
    );
  });

  it('takes no backup when no migration is pending', () => {
    const file = path.join(tempDir(), 'griddesk.db');
    open(file).close();
    opened.pop();
    expect(open(file).preMigrationBackup).toBeNull();
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });
});

describe('the schema and its migrations', () => {
  it("keeps the planner's table statistics without STAT4's samples, so a statement is not compiled anew per value", () => {
    const file = path.join(tempDir(), 'griddesk.db');
    open(file).close();
    opened.pop();
    const raw = new Database(file);
    const insert = raw.prepare('insert into settings (key, value) values (?, ?)');
    raw.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`key${i}`, '1');
    })();
    raw.exec('analyze');
    const samples = (sqlite: Database.Database) =>
      sqlite.prepare("select count(*) from sqlite_stat4 where tbl = 'settings'").pluck().get();
    expect(samples(raw)).toBeGreaterThan(0);
    raw.close();

    const { sqlite } = open(file);
    expect(samples(sqlite)).toBe(0);
    expect(sqlite.prepare("select stat from sqlite_stat1 where tbl = 'settings'").pluck().all()).toEqual(['500 1']);
  });

  it('agree: drizzle-kit finds nothing to generate from the schema', () => {
    const out = path.join(tempDir(), 'migrations');
    fs.cpSync(migrationsFolder, out, { recursive: true });
    const before = fs.readdirSync(out).sort();
    const run = spawnSync(
      path.join(repoRoot, 'node_modules', '.bin', 'drizzle-kit'),
      [
        'generate',
        '--dialect',
        'sqlite',
        '--schema',
        './src/main/db/schema/index.ts',
        '--out',
        path.relative(repoRoot, out),
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(fs.readdirSync(out).sort()).toEqual(before);
    expect(`${run.stdout}${run.stderr}`).toMatch(/No schema changes/);
  });
});
