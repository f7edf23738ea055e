import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from '../../src/main/db/statementCache';

function database() {
  const sqlite = new Database(':memory:');
  sqlite.exec("create table t (id integer primary key, name text); insert into t (name) values ('张三'), ('李四')");
  cacheStatements(sqlite, 2);
  return sqlite;
}

describe('the statement cache', () => {
  it('hands back the same compiled statement for the same SQL', () => {
    const sqlite = database();
    expect(sqlite.prepare('select name from t')).toBe(sqlite.prepare('select name from t'));
  });

  it('hands a statement back in plain mode, whatever its last user set', () => {
    const sqlite = database();
    expect(sqlite.prepare('select name from t order by id').pluck().all()).toEqual(['张三', '李四']);
    expect(sqlite.prepare('select name from t order by id').all()).toEqual([{ name: '张三' }, { name: '李四' }]);
    expect(sqlite.prepare('select name from t order by id').raw().get()).toEqual(['张三']);
    expect(sqlite.prepare('select name from t order by id').get()).toEqual({ name: '张三' });
  });

  it('keeps no more statements than its bound, dropping the least recently used', () => {
    const sqlite = database();
    const first = sqlite.prepare('select 1');
    sqlite.prepare('select 2');
    sqlite.prepare('select 1');
    sqlite.prepare('select 3');
    expect(sqlite.prepare('select 1')).toBe(first);
    const second = sqlite.prepare('select 2');
    expect(sqlite.prepare('select 2')).toBe(second);
  });

  it('still runs statements that write', () => {
    const sqlite = database();
    sqlite.prepare('insert into t (name) values (?)').run('王五');
    sqlite.prepare('insert into t (name) values (?)').run('赵六');
    expect(sqlite.prepare('select count(*) from t').pluck().get()).toBe(4);
  });
});
