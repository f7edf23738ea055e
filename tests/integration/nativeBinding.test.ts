// The nativeBinding option: the database loads the better_sqlite3.node it is given (Electron's build, under
// `npm start`). Proven here on plain Node with the package's own Node build, loaded through the option.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGridDesk } from '../../src/main/app';
import { openDatabase } from '../../src/main/db/open';
import { migrationsFolder, tempDir } from '../support/testGridDesk';

const nodeBuild = path.join(
  path.dirname(require.resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('opening the database with a given native binding', () => {
  it('opens a working, migrated database on the Node build named by path', () => {
    expect(fs.existsSync(nodeBuild)).toBe(true);
    const database = openDatabase({
      file: path.join(tempDir(), 'griddesk.db'),
      migrationsFolder,
      nativeBinding: nodeBuild,
    });
    opened.push(database);
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = database.sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).toContain('__drizzle_migrations');
    expect(database.sqlite.prepare('select 6 * 7 as n').get()).toEqual({ n: 42 });
  });

  it('loads that file and no other: a binding that is not there fails the open, naming it', () => {
    const missing = path.join(tempDir(), 'electron', 'better_sqlite3.node');
    expect(() =>
      openDatabase({ file: path.join(tempDir(), 'griddesk.db'), migrationsFolder, nativeBinding: missing }),
    ).toThrow(missing);
  });

  it('is passed on by createGridDesk', () => {
    const desk = createGridDesk({ dataDir: tempDir(), migrationsFolder, nativeBinding: nodeBuild });
    opened.push(desk);
    expect(desk.router.call('auth.status', {}, { token: null, lang: 'en' })).toMatchObject({ ok: true });

    const missing = path.join(tempDir(), 'nowhere', 'better_sqlite3.node');
    expect(() => createGridDesk({ dataDir: tempDir(), migrationsFolder, nativeBinding: missing })).toThrow(missing);
  });
});
