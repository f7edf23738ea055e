// Restoring a backup: the current data backed up first, the backup checked and put in place, calls reading it at once
// and every later start opening it whole; a damaged, unknown or foreign file refused with nothing changed.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { roles } from '../../src/shared/domain/roles';
import { administrator, backupNameAt, startBackupDesk } from '../support/backupDesk';
import { manualScheduler } from '../support/manualScheduler';
import { olderGridName, writeOlderDatabase } from '../support/olderDatabase';
import { defaultNow, migrationsFolder, startTestGridDesk, type TestGridDesk, tempDir } from '../support/testGridDesk';

// Shorter than the idle time after which a session locks.
const minute = 60 * 1000;
const hour = 60 * minute;
const desks: TestGridDesk[] = [];

afterEach(() => {
  for (const desk of desks.splice(0)) desk.close();
});

function startDesk() {
  const started = startBackupDesk('setUp');
  desks.push(started.desk);
  return started;
}

const backupsOf = (desk: TestGridDesk) => path.join(desk.dataDir, 'backups');

async function manualBackup(desk: TestGridDesk, admin: string): Promise<string> {
  const { running } = desk.call('backups.create', {}, admin);
  await desk.app.backups.whenIdle();
  return running.name;
}

/** Every row of every table, each table's rows sorted: two databases holding the same data give the same answer. */
function contents(sqlite: Database.Database, except: string[] = []): Record<string, string[]> {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables
      .filter((table) => !except.includes(table))
      .map((table) => [
        table,
        (sqlite.prepare(`select * from "${table}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort(),
      ]),
  );
}

describe('restoring a backup', () => {
  it('backs the current data up first; calls then read the backup, where the restore is audited', async () => {
    const { desk, admin } = startDesk();
    const kept = desk.call('grids.create', { parentId: null, level: 'street', name: '备份里的街道' }, admin);
    const name = await manualBackup(desk, admin);
    desk.advance(minute);
    const later = desk.call('grids.create', { parentId: null, level: 'street', name: '备份之后的街道' }, admin);
    desk.advance(minute);

    const answer = desk.call('backups.restore', { name }, admin);
    expect(answer).toEqual({
      restored: expect.objectContaining({ name, kind: 'manual' }),
      beforeRestore: backupNameAt('beforeRestore', defaultNow + 2 * minute),
      migrationsApplied: 0,
      signInAgain: true,
    });

    // The session the restore was made in belongs to data that is gone.
    expect(desk.raw('grids.get', { id: kept.id }, admin)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const again = desk.login('admin', administrator.password);
    expect(desk.call('grids.get', { id: kept.id }, again).grid.name).toBe('备份里的街道');
    expect(desk.raw('grids.get', { id: later.id }, again)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const current = new Database(path.join(backupsOf(desk), answer.beforeRestore), { readonly: true });
    expect(current.prepare('select name from grids where id = ?').pluck().get(later.id)).toBe('备份之后的街道');
    current.close();

    const [entry] = desk.call('audit.list', { action: 'backups.restore', limit: 5 }, again).rows;
    expect(entry).toMatchObject({
      actorName: administrator.displayName,
      entity: 'backups',
      after: { restored: name, beforeRestore: answer.beforeRestore },
    });
  });

  it('leaves the file so that the next start opens all of the backup’s data', async () => {
    const { desk, admin } = startDesk();
    desk.call('grids.create', { parentId: null, level: 'street', name: '备份里的街道' }, admin);
    const name = await manualBackup(desk, admin);
    desk.advance(minute);
    desk.call('grids.create', { parentId: null, level: 'street', name: '备份之后的街道' }, admin);
    desk.call('backups.restore', { name }, admin);
    desk.close();
    desks.pop();

    const fresh = startTestGridDesk({ dataDir: desk.dataDir, scheduler: manualScheduler() });
    desks.push(fresh);
    const backup = new Database(path.join(backupsOf(desk), name), { readonly: true });
    const everythingBut = ['sessions', 'audit_log'];
    expect(contents(fresh.app.database.sqlite, everythingBut)).toEqual(contents(backup, everythingBut));
    // The backup's audit trail, then the restore's own row; its sessions, all ended.
    const backupAudit = contents(backup).audit_log ?? [];
    expect(contents(fresh.app.database.sqlite).audit_log).toEqual(expect.arrayContaining(backupAudit));
    expect(fresh.count('audit_log')).toBe(backupAudit.length + 1);
    expect(fresh.count('sessions')).toBe(backup.prepare('select count(*) from sessions').pluck().get());
    expect(
      fresh.app.database.sqlite.prepare('select count(*) from sessions where ended_at is null').pluck().get(),
    ).toBe(0);
    expect(fresh.app.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    backup.close();
  });

  it('migrates a backup made by an earlier version, taking the backup before migrations as at start', () => {
    const { desk, admin } = startDesk();
    const name = backupNameAt('manual', defaultNow - 24 * hour);
    const older = path.join(tempDir(), 'older.db');
    const missing = writeOlderDatabase(older);
    fs.mkdirSync(backupsOf(desk), { recursive: true });
    fs.copyFileSync(older, path.join(backupsOf(desk), name));

    expect(desk.call('backups.restore', { name }, admin)).toMatchObject({ migrationsApplied: missing });
    expect(desk.app.backups.list().map((file) => file.kind)).toEqual(
      expect.arrayContaining(['beforeRestore', 'preMigration', 'manual']),
    );
    // Checking a backup wrote nothing beside it.
    expect(fs.readdirSync(backupsOf(desk)).filter((file) => !file.endsWith('.db'))).toEqual([]);
    const again = desk.login('admin', 'demo1234');
    expect(desk.call('grids.tree', {}, again).map((node) => node.name)).toContain(olderGridName);
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));
    expect(desk.count('__drizzle_migrations')).toBe(journal.entries.length);
  });
});

describe('the restore’s audit row', () => {
  it('names no account when the administrator who restored has none in the backup, and keeps their name', () => {
    const { desk, admin } = startDesk();
    const password = 'Zhenxing2026';
    desk.call('users.create', { username: 'second', displayName: '第二管理员', role: 'admin', password }, admin);
    const second = desk.login('second', password);
    const name = backupNameAt('manual', defaultNow - 24 * hour);
    const older = path.join(tempDir(), 'older.db');
    writeOlderDatabase(older);
    fs.mkdirSync(backupsOf(desk), { recursive: true });
    fs.copyFileSync(older, path.join(backupsOf(desk), name));

    desk.call('backups.restore', { name }, second);
    const [entry] = desk.call(
      'audit.list',
      { action: 'backups.restore', limit: 5 },
      desk.login('admin', 'demo1234'),
    ).rows;
    expect(entry).toMatchObject({
      actorId: null,
      after: { restored: name, by: { username: 'second', displayName: '第二管理员' } },
    });
  });
});

describe('a restore that is refused changes nothing', () => {
  it('refuses a damaged backup after its integrity check', async () => {
    const { desk, admin } = startDesk();
    const name = await manualBackup(desk, admin);
    const file = path.join(backupsOf(desk), name);
    const pageSize = 4096;
    const handle = fs.openSync(file, 'r+');
    fs.writeSync(handle, Buffer.alloc(pageSize * 4, 0xa5), 0, pageSize * 4, pageSize * 3);
    fs.closeSync(handle);

    const inspection = desk.call('backups.inspect', { name }, admin);
    expect(inspection).toMatchObject({ integrityOk: false, refusal: 'backupDamaged', counts: null });
    expect(inspection.problems.length).toBeGreaterThan(0);

    const before = desk.snapshot();
    const files = fs.readdirSync(backupsOf(desk));
    expect(desk.raw('backups.restore', { name }, admin)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'backupDamaged' },
    });
    expect(desk.snapshot()).toEqual(before);
    expect(fs.readdirSync(backupsOf(desk))).toEqual(files);
    expect(desk.call('backups.list', {}, admin).files).toHaveLength(1);
  });

  it('refuses a file that is not a GridDesk database, and one made by a newer GridDesk', async () => {
    const { desk, admin } = startDesk();
    const name = await manualBackup(desk, admin);
    const newer = backupNameAt('manual', defaultNow + hour);
    fs.copyFileSync(path.join(backupsOf(desk), name), path.join(backupsOf(desk), newer));
    const copy = new Database(path.join(backupsOf(desk), newer));
    copy
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('from-the-future', 4102444800000);
    copy.close();
    const stranger = backupNameAt('manual', defaultNow + 2 * hour);
    const other = new Database(path.join(backupsOf(desk), stranger));
    other.exec('create table notes (id integer primary key, text text)');
    other.close();

    const before = desk.snapshot();
    expect(desk.raw('backups.restore', { name: newer }, admin)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'backupTooNew' },
    });
    expect(desk.raw('backups.restore', { name: stranger }, admin)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'backupNotGridDesk' },
    });
    expect(desk.snapshot()).toEqual(before);
  });

  it('takes backups by name from the backups folder only, never a path', async () => {
    const { desk, admin } = startDesk();
    const name = await manualBackup(desk, admin);
    const before = desk.snapshot();
    for (const path of ['../griddesk.db', `../backups/${name}`, `..\\${name}`, '/etc/passwd', 'griddesk.db', '']) {
      for (const procedure of ['backups.restore', 'backups.inspect']) {
        const answer = desk.raw(procedure, { name: path }, admin);
        expect(answer, `${procedure} ${path}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      }
    }
    // A backup's name that is not a file in the folder (here a link out of it) is not there to restore.
    const link = backupNameAt('manual', defaultNow + hour);
    fs.symlinkSync(path.join(desk.dataDir, 'griddesk.db'), path.join(backupsOf(desk), link));
    expect(desk.raw('backups.restore', { name: link }, admin)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'backupNotFound' },
    });
    expect(desk.snapshot()).toEqual(before);
  });

  it('waits for a running backup to finish', async () => {
    const { desk, admin } = startDesk();
    const name = await manualBackup(desk, admin);
    desk.advance(minute);
    desk.call('backups.create', {}, admin);
    const before = desk.snapshot();
    expect(desk.raw('backups.restore', { name }, admin)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'backupRunning' },
    });
    expect(desk.snapshot()).toEqual(before);
    await desk.app.backups.whenIdle();
  });
});

describe('backups are the administrator’s', () => {
  it('refuses every other role', async () => {
    const { desk, admin } = startDesk();
    const name = await manualBackup(desk, admin);
    for (const role of roles.filter((candidate) => candidate !== 'admin')) {
      const username = `u_${role.replace('_', '')}`;
      desk.call('users.create', { username, displayName: role, role, password: 'Zhenxing2026' }, admin);
      const token = desk.login(username, 'Zhenxing2026');
      for (const [procedure, input] of [
        ['backups.list', {}],
        ['backups.create', {}],
        ['backups.inspect', { name }],
        ['backups.restore', { name }],
      ] as const) {
        expect(desk.raw(procedure, input, token), `${role} ${procedure}`).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
      }
    }
    expect(desk.app.backups.list()).toHaveLength(1);
  });
});
