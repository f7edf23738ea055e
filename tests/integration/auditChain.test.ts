import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../src/main/app';
import { auditRowHash, type StoredAuditRow } from '../../src/main/services/auditChain';
import {
  migrationsFolder,
  startDemoGridDesk,
  startTestGridDesk,
  type TestGridDesk,
  tempDir,
} from '../support/testGridDesk';

let desk: TestGridDesk;
afterEach(() => desk?.close());

/** A second connection to the same file, as someone holding the file would open it: no app, no rules. */
function openAsAttacker(dataDir: string): Database.Database {
  const file = new Database(path.join(dataDir, databaseFileName));
  file.exec('drop trigger audit_log_no_update; drop trigger audit_log_no_delete;');
  return file;
}

function storedRow(file: Database.Database, id: number) {
  return file
    .prepare(
      `select id, at, actor_id as actorId, action, entity, entity_id as entityId, before, after,
              prev_hash as prevHash, hash
         from audit_log where id = ?`,
    )
    .get(id) as StoredAuditRow & { prevHash: string; hash: string };
}

/** The demo street with a few changes on it, and a middle row of the log to tamper with. */
function deskWithHistory() {
  desk = startDemoGridDesk();
  const manager = desk.login('manager');
  const street = desk.call('grids.tree', { includeArchived: false }, manager)[0];
  if (!street) throw new Error('no street');
  desk.call('grids.rename', { id: street.id, version: street.version, name: '天目山街道办事处' }, manager);
  desk.login('desk');
  desk.login('grid');
  const admin = desk.login('admin');
  const ids = desk.app.database.sqlite.prepare('select id from audit_log order by id').pluck().all() as number[];
  const middle = ids[Math.floor(ids.length / 2)] as number;
  return { admin, manager, ids, middle };
}

describe('the audit log’s hash chain', () => {
  it('chains every row written by real procedures, and verifies intact', () => {
    const { admin, ids } = deskWithHistory();
    const result = desk.call('audit.verify', {}, admin);
    expect(result).toMatchObject({ intact: true, firstBreak: null, total: ids.length, checked: ids.length });
    const last = storedRow(desk.app.database.sqlite, ids.at(-1) as number);
    expect(result.head).toEqual({ id: last.id, hash: last.hash });
    const first = storedRow(desk.app.database.sqlite, ids[0] as number);
    expect(first.prevHash).toBe('0'.repeat(64));
  });

  it('records each check in the log itself, with what it found', () => {
    const { admin, ids } = deskWithHistory();
    desk.call('audit.verify', {}, admin);
    const [entry] = desk.call('audit.list', { action: 'audit.verify' }, admin).rows;
    expect(entry).toMatchObject({
      actorName: '系统管理员',
      entity: 'audit_log',
      after: { total: ids.length, intact: true },
    });
    expect(desk.call('audit.verify', {}, admin)).toMatchObject({ intact: true, total: ids.length + 1 });
  });

  it('is refused to a manager, who may read the log but not verify it', () => {
    const { manager } = deskWithHistory();
    const answer = desk.raw('audit.verify', {}, manager);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses UPDATE and DELETE of a row through SQL, whatever the column', () => {
    const { middle } = deskWithHistory();
    const sqlite = desk.app.database.sqlite;
    expect(() => sqlite.prepare("update audit_log set after = '{}' where id = ?").run(middle)).toThrow(/append-only/);
    expect(() => sqlite.prepare("update audit_log set hash = 'x' where id = ?").run(middle)).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from audit_log where id = ?').run(middle)).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
  });
});

describe('someone with the file, who drops the triggers,', () => {
  it('is caught editing a row’s record: the first broken row is that row', () => {
    const { admin, middle } = deskWithHistory();
    const file = openAsAttacker(desk.dataDir);
    file.prepare(`update audit_log set after = '{"name":"改过的"}' where id = ?`).run(middle);
    file.close();
    expect(desk.call('audit.verify', {}, admin)).toMatchObject({
      intact: false,
      firstBreak: { id: middle, cause: 'edited' },
      checked: middle,
    });
  });

  it('is caught changing a row’s hash', () => {
    const { admin, middle } = deskWithHistory();
    const file = openAsAttacker(desk.dataDir);
    file.prepare('update audit_log set hash = ? where id = ?').run('f'.repeat(64), middle);
    file.close();
    expect(desk.call('audit.verify', {}, admin).firstBreak).toEqual({
      id: middle,
      cause: 'edited',
      previousId: middle - 1,
    });
  });

  it('is caught removing a middle row: the row after the gap no longer links to the one before', () => {
    const { admin, middle } = deskWithHistory();
    const file = openAsAttacker(desk.dataDir);
    file.prepare('delete from audit_log where id = ?').run(middle);
    file.close();
    expect(desk.call('audit.verify', {}, admin).firstBreak).toEqual({
      id: middle + 1,
      cause: 'linkBroken',
      previousId: middle - 1,
    });
  });

  it('is caught removing the first rows', () => {
    const { admin, ids } = deskWithHistory();
    const file = openAsAttacker(desk.dataDir);
    file.prepare('delete from audit_log where id <= ?').run(ids[2]);
    file.close();
    expect(desk.call('audit.verify', {}, admin).firstBreak).toEqual({
      id: ids[3],
      cause: 'linkBroken',
      previousId: null,
    });
  });

  it('is caught inserting a row with a well-made hash between two rows: the row that does not belong is named', () => {
    const { admin, middle, ids } = deskWithHistory();
    const file = openAsAttacker(desk.dataDir);
    // Room for the forged row: every later row moves up one id (highest first, so ids never collide).
    for (const id of ids.filter((i) => i > middle).reverse()) {
      file.prepare('update audit_log set id = id + 1 where id = ?').run(id);
    }
    const before = storedRow(file, middle);
    const forged: StoredAuditRow = {
      id: middle + 1,
      at: before.at,
      actorId: 1,
      action: 'grids.rename',
      entity: 'grids',
      entityId: 1,
      before: null,
      after: '{"name":"伪造"}',
    };
    file
      .prepare(
        `insert into audit_log (id, at, actor_id, action, entity, entity_id, before, after, prev_hash, hash)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...Object.values(forged), before.hash, auditRowHash(before.hash, forged));
    file.close();
    expect(desk.call('audit.verify', {}, admin).firstBreak).toMatchObject({ id: middle + 1, cause: 'inserted' });
  });

  it('is caught appending a row without a hash', () => {
    const { admin, ids } = deskWithHistory();
    const file = openAsAttacker(desk.dataDir);
    const id = (ids.at(-1) as number) + 1;
    file
      .prepare("insert into audit_log (id, at, action, entity, entity_id) values (?, 0, 'grids.create', 'grids', 1)")
      .run(id);
    file.close();
    expect(desk.call('audit.verify', {}, admin).firstBreak).toMatchObject({ id, cause: 'unsealed' });
  });

  it('passes the chain when they rewrite every hash after an edit, but not the head an admin noted before', () => {
    const { admin, middle } = deskWithHistory();
    const noted = desk.call('audit.verify', {}, admin).head;
    const file = openAsAttacker(desk.dataDir);
    file.prepare(`update audit_log set after = '{"name":"改过的"}' where id = ?`).run(middle);
    let prevHash = storedRow(file, middle - 1).hash;
    const later = file.prepare('select id from audit_log where id >= ? order by id').pluck().all(middle) as number[];
    for (const id of later) {
      const hash = auditRowHash(prevHash, storedRow(file, id));
      file.prepare('update audit_log set prev_hash = ?, hash = ? where id = ?').run(prevHash, hash, id);
      prevHash = hash;
    }
    file.close();
    // What the chain alone cannot prove: a log rewritten from some row on is consistent again. A head noted outside
    // the file before the rewrite no longer matches the same row.
    expect(desk.call('audit.verify', {}, admin).intact).toBe(true);
    expect(storedRow(desk.app.database.sqlite, noted?.id ?? 0).hash).not.toBe(noted?.hash);
  });
});

describe('a log written before the chain existed', () => {
  /** A data folder whose file an earlier version made (migrations up to 0010) and wrote three audit rows to. */
  function fileBeforeTheChain(): string {
    const dataDir = tempDir();
    const oldMigrations = path.join(dataDir, 'migrations-0010');
    fs.cpSync(migrationsFolder, oldMigrations, { recursive: true });
    const journalFile = path.join(oldMigrations, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < '0011');
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const file = new Database(path.join(dataDir, databaseFileName));
    migrate(drizzle(file), { migrationsFolder: oldMigrations });
    const insert = file.prepare(
      'insert into audit_log (at, actor_id, action, entity, entity_id, before, after) values (?, null, ?, ?, ?, ?, ?)',
    );
    insert.run(1_700_000_000_000, 'auth.setup', 'settings', null, null, '{"centre":"振兴社区"}');
    insert.run(1_700_000_100_000, 'grids.create', 'grids', 1, null, '{"name":"天目山街道"}');
    insert.run(1_700_000_200_000, 'grids.rename', 'grids', 1, '{"name":"天目山街道"}', '{"name":"天目山街道办事处"}');
    file.close();
    return dataDir;
  }

  it('is sealed at the next start, in id order, and verifies intact with the rows written since', () => {
    desk = startTestGridDesk({ dataDir: fileBeforeTheChain() });
    const sealed = desk.app.database.sqlite
      .prepare('select prev_hash as prevHash, hash from audit_log order by id')
      .all() as { prevHash: string; hash: string | null }[];
    expect(sealed).toHaveLength(3);
    expect(sealed.every((r) => r.hash !== null)).toBe(true);
    expect(sealed.map((r) => r.prevHash)).toEqual(['0'.repeat(64), sealed[0]?.hash, sealed[1]?.hash]);
    desk.call('auth.openDemo', {});
    const admin = desk.login('admin');
    expect(desk.call('audit.verify', {}, admin)).toMatchObject({ intact: true, firstBreak: null });
  });

  it('is left as it is at every later start', () => {
    const dataDir = fileBeforeTheChain();
    desk = startTestGridDesk({ dataDir });
    desk.call('auth.openDemo', {});
    const rows = desk.rowsOf('audit_log');
    desk.close();
    desk = startTestGridDesk({ dataDir });
    expect(desk.rowsOf('audit_log')).toBe(rows);
  });
});
