// Making backups: a manual one while the app keeps writing, the daily schedule, 30 days of keeping, the naming of the
// backup taken before migrations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../src/main/app';
import { pruneBackups } from '../../src/main/services/backups/backupFiles';
import { administrator, backupNameAt, startBackupDesk } from '../support/backupDesk';
import { manualScheduler } from '../support/manualScheduler';
import { olderGridName, writeOlderDatabase } from '../support/olderDatabase';
import { defaultNow, startTestGridDesk, type TestGridDesk, tempDir } from '../support/testGridDesk';

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const desks: TestGridDesk[] = [];

afterEach(() => {
  for (const desk of desks.splice(0)) desk.close();
});

function startDesk(fill: 'demo' | 'setUp') {
  const started = startBackupDesk(fill);
  desks.push(started.desk);
  return started;
}

const backupsOf = (desk: TestGridDesk) => path.join(desk.dataDir, 'backups');
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** An empty file under a backup's name: the folder's rules read only names. */
function placeBackup(dir: string, name: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), '');
}

const nameAt = backupNameAt;

describe('a manual backup', () => {
  it('is made while calls keep writing, and opens intact holding what was committed before it began', async () => {
    const { desk, admin } = startDesk('demo');
    const before = desk.call('grids.create', { parentId: null, level: 'street', name: '备份前的街道' }, admin);

    const { running } = desk.call('backups.create', {}, admin);
    expect(running).toMatchObject({ kind: 'manual', startedAt: defaultNow, progress: 0 });
    expect(desk.raw('backups.create', {}, admin)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'backupRunning' },
    });

    let writesMeanwhile = 0;
    for (;;) {
      const { files, status } = desk.call('backups.list', {}, admin);
      if (!status.running) break;
      // A half-made backup never lists.
      expect(files.map((file) => file.name)).not.toContain(running.name);
      desk.call('grids.create', { parentId: null, level: 'street', name: `备份时新建的街道${writesMeanwhile}` }, admin);
      writesMeanwhile += 1;
      await turn();
    }
    expect(writesMeanwhile).toBeGreaterThan(1);

    const { files } = desk.call('backups.list', {}, admin);
    expect(files).toEqual([expect.objectContaining({ name: running.name, kind: 'manual', at: defaultNow })]);
    expect(desk.call('backups.inspect', { name: running.name }, admin)).toMatchObject({
      integrityOk: true,
      isGridDesk: true,
      refusal: null,
    });
    const copy = new Database(path.join(backupsOf(desk), running.name), { readonly: true });
    expect(copy.prepare('select name from grids where id = ?').pluck().get(before.id)).toBe('备份前的街道');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(fs.readdirSync(backupsOf(desk))).toEqual([running.name]);
  });

  it('is audited as the administrator’s', async () => {
    const { desk, admin } = startDesk('setUp');
    const { running } = desk.call('backups.create', {}, admin);
    await desk.app.backups.whenIdle();
    const [entry] = desk.call('audit.list', { action: 'backups.create', limit: 5 }, admin).rows;
    expect(entry).toMatchObject({ actorName: expect.any(String), entity: 'backups', after: { name: running.name } });
  });
});

describe('the daily backup', () => {
  it('comes once the database is set up, and again when the last one is a day old; closing stops the schedule', async () => {
    const scheduler = manualScheduler();
    const desk = startTestGridDesk({ scheduler });
    desks.push(desk);
    const dailies = () => desk.app.backups.list().filter((file) => file.kind === 'daily');

    scheduler.fire();
    await desk.app.backups.whenIdle();
    expect(dailies()).toEqual([]);

    desk.call('auth.setup', administrator);
    scheduler.fire();
    await desk.app.backups.whenIdle();
    expect(dailies().map((file) => file.at)).toEqual([defaultNow]);

    desk.advance(23 * hour);
    scheduler.fire();
    await desk.app.backups.whenIdle();
    expect(dailies()).toHaveLength(1);

    desk.advance(hour);
    scheduler.fire();
    await desk.app.backups.whenIdle();
    expect(dailies().map((file) => file.at)).toEqual([defaultNow + day, defaultNow]);
    const { status } = desk.call('backups.list', {}, desk.login('admin', administrator.password));
    expect(status).toMatchObject({ lastDailyAt: defaultNow + day, retentionDays: 30, running: null });
    expect(status.nextDailyAt).toBeGreaterThanOrEqual(defaultNow + 2 * day);
    expect(status.folder).toBe(backupsOf(desk));

    desk.close();
    desks.pop();
    expect(scheduler.pending()).toBe(0);
  });

  it('keeps backups of every kind for 30 days and deletes the older ones', async () => {
    const { desk, scheduler } = startDesk('setUp');
    const dir = backupsOf(desk);
    const kept = nameAt('manual', defaultNow - 29 * day);
    placeBackup(dir, kept);
    placeBackup(dir, nameAt('preMigration', defaultNow - 31 * day));
    placeBackup(dir, nameAt('beforeRestore', defaultNow - 45 * day));
    placeBackup(dir, nameAt('daily', defaultNow - 30 * day - 1));

    scheduler.fire();
    await desk.app.backups.whenIdle();
    expect(desk.app.backups.list().map((file) => file.name)).toEqual([nameAt('daily', defaultNow), kept]);
  });

  it('always keeps the newest backup, however old', () => {
    const dir = tempDir();
    const newest = nameAt('daily', defaultNow - 90 * day);
    placeBackup(dir, nameAt('manual', defaultNow - 120 * day));
    placeBackup(dir, newest);
    expect(pruneBackups(dir, defaultNow)).toEqual([nameAt('manual', defaultNow - 120 * day)]);
    expect(fs.readdirSync(dir)).toEqual([newest]);
  });

  it('leaves other files in the folder alone and clears a half-made backup left by a crash', () => {
    const scheduler = manualScheduler();
    const dataDir = tempDir();
    const dir = path.join(dataDir, 'backups');
    placeBackup(dir, 'notes.txt');
    placeBackup(dir, `${nameAt('daily', defaultNow - 40 * day)}.partial`);
    desks.push(startTestGridDesk({ dataDir, scheduler }));
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
  });
});

describe('the backup before migrations', () => {
  it('is named and listed like the others, and holds the data as it was', () => {
    const dataDir = tempDir();
    const missing = writeOlderDatabase(path.join(dataDir, databaseFileName));
    const desk = startTestGridDesk({ dataDir, scheduler: manualScheduler() });
    desks.push(desk);

    const name = nameAt('preMigration', defaultNow);
    expect(path.basename(desk.app.database.preMigrationBackup ?? '')).toBe(name);
    expect(desk.app.backups.list()).toEqual([expect.objectContaining({ name, kind: 'preMigration', at: defaultNow })]);
    const inspection = desk.app.backups.inspect(name);
    expect(inspection).toMatchObject({ integrityOk: true, refusal: null, counts: { users: 1 } });
    expect(inspection.schema.app - inspection.schema.backup).toBe(missing);
    const copy = new Database(path.join(dataDir, 'backups', name), { readonly: true });
    expect(copy.prepare('select name from grids').pluck().all()).toEqual([olderGridName]);
    copy.close();
  });
});
