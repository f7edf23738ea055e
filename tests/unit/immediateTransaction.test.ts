import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { inImmediateTransaction } from '../../src/main/db/immediateTransaction';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function database() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'griddesk-tx-'));
  dirs.push(dir);
  const sqlite = new Database(path.join(dir, 'tx.db'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec('create table t (id integer primary key, name text)');
  return sqlite;
}
const names = (sqlite: Database.Database) => sqlite.prepare('select name from t order by id').pluck().all();

describe('inImmediateTransaction', () => {
  it('commits the work and answers what it answers', () => {
    const sqlite = database();
    const id = inImmediateTransaction(sqlite, () => sqlite.prepare("insert into t (name) values ('张三')").run());
    expect(id.changes).toBe(1);
    expect(names(sqlite)).toEqual(['张三']);
    expect(sqlite.inTransaction).toBe(false);
  });

  it('holds the write lock from the start and rolls everything back when the work throws', () => {
    const sqlite = database();
    const other = new Database(sqlite.name, { timeout: 0 });
    expect(() =>
      inImmediateTransaction(sqlite, () => {
        sqlite.prepare("insert into t (name) values ('李四')").run();
        // BEGIN IMMEDIATE: another connection cannot start writing meanwhile.
        expect(() => other.exec('begin immediate')).toThrow(/locked/);
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(names(sqlite)).toEqual([]);
    other.close();
  });

  it('runs nested work as a savepoint: an inner failure caught leaves the outer work in place', () => {
    const sqlite = database();
    inImmediateTransaction(sqlite, () => {
      sqlite.prepare("insert into t (name) values ('王五')").run();
      expect(() =>
        inImmediateTransaction(sqlite, () => {
          sqlite.prepare("insert into t (name) values ('赵六')").run();
          throw new Error('inner');
        }),
      ).toThrow('inner');
    });
    expect(names(sqlite)).toEqual(['王五']);
  });
});
