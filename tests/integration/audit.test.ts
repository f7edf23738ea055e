import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let desk: TestGridDesk;
let token: string;
beforeEach(() => {
  desk = startDemoGridDesk();
  token = desk.login('manager');
});
afterEach(() => desk.close());

describe('the audit log', () => {
  it('records who created which grid, with the record after, at the time of the change', () => {
    const community = desk.call('grids.tree', { includeArchived: false }, token).find((g) => g.name === '振兴社区');
    const grid = desk.call('grids.tree', { includeArchived: false }, token).find((g) => g.parentId === community?.id);
    desk.advance(60_000);
    const created = desk.call(
      'grids.create',
      { parentId: grid?.id ?? 0, level: 'micro_grid', name: '第10微网格' },
      token,
    );
    const [entry] = desk.call('audit.list', { limit: 1 }, token).rows;
    expect(entry).toMatchObject({
      action: 'grids.create',
      actorName: '周卫东',
      entity: 'grids',
      entityId: created.id,
      before: null,
      after: expect.objectContaining({ name: '第10微网格', level: 'micro_grid' }),
      at: Date.parse('2026-11-16T02:01:00Z'),
    });
  });

  it('keeps the record before and after a rename', () => {
    const street = desk.call('grids.tree', { includeArchived: false }, token)[0];
    if (!street) throw new Error('no street');
    desk.call('grids.rename', { id: street.id, version: street.version, name: '天目山街道办事处' }, token);
    const [entry] = desk.call('audit.list', { entity: 'grids', entityId: street.id }, token).rows;
    expect(entry).toMatchObject({ before: { name: '天目山街道' }, after: { name: '天目山街道办事处' } });
  });

  it('writes no row for a refused change', () => {
    const rows = desk.count('audit_log');
    desk.raw('grids.create', { parentId: null, level: 'street', name: '天目山街道' }, token);
    expect(desk.count('audit_log')).toBe(rows);
  });

  it('records sign-in with the user as actor, and never a password or its hash', () => {
    const admin = desk.login('admin');
    desk.call(
      'users.create',
      { username: 'newdesk', displayName: '新人', role: 'desk', password: 'secret-pass-9' },
      admin,
    );
    const all = JSON.stringify(desk.app.database.sqlite.prepare('select * from audit_log').all());
    expect(all).not.toContain('secret-pass-9');
    expect(all).not.toContain('scrypt$');
    const logins = desk.call('audit.list', { action: 'auth.login' }, admin).rows;
    expect(logins.map((r) => r.actorName)).toEqual(['系统管理员', '周卫东']);
  });

  it('pages newest first by id without repeating or skipping a row', () => {
    for (let i = 0; i < 7; i++) desk.login('desk');
    const seen: number[] = [];
    let cursor: number | undefined;
    do {
      const page = desk.call('audit.list', { limit: 3, cursor }, token);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    const all = desk.app.database.sqlite.prepare('select id from audit_log order by id desc').pluck().all();
    expect(seen).toEqual(all);
  });

  it('pages through an index, not a scan of the whole log', () => {
    const plan = desk.app.database.sqlite
      .prepare(
        "explain query plan select * from audit_log where id < 100 and entity = 'grids' order by id desc limit 51",
      )
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/USING (INTEGER PRIMARY KEY|INDEX)/);
  });
});
