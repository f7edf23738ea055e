// Sessions lock after idle time: at the server by the clock, or when the screen says so; only the password re-opens them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityWriteIntervalMs } from '../../src/main/services/auth';
import { startTestGridDesk, type TestGridDesk } from '../support/testGridDesk';

const password = 'zhenxing-2026';
const minute = 60_000;

let desk: TestGridDesk;
let admin: string;
let clerk: string;
beforeEach(() => {
  desk = startTestGridDesk();
  desk.call('auth.setup', { username: 'admin', displayName: '管理员', password, centreName: '振兴社区' });
  admin = desk.login('admin', password);
  desk.call('users.create', { username: 'clerk', displayName: '陈晓燕', role: 'desk', password }, admin);
  clerk = desk.login('clerk', password);
});
afterEach(() => desk.close());

function auditRows(action: string) {
  return desk.app.database.sqlite
    .prepare('select actor_id as actorId, after from audit_log where action = ? order by id')
    .all(action) as { actorId: number; after: string | null }[];
}

const lockedAnswer = { ok: false, error: { code: 'UNAUTHENTICATED', reason: 'sessionLocked' } };

describe('a session idle at the server', () => {
  it('answers a call within the idle limit, and locks at the first call after it', () => {
    desk.advance(15 * minute);
    expect(desk.raw('grids.tree', {}, clerk).ok).toBe(true);
    desk.advance(15 * minute + 1);
    expect(desk.raw('grids.tree', {}, clerk)).toMatchObject(lockedAnswer);
    expect(desk.raw('auth.me', {}, clerk)).toMatchObject(lockedAnswer);
  });

  it('audits the lock once, as the server’s', () => {
    desk.advance(16 * minute);
    desk.raw('grids.tree', {}, clerk);
    desk.raw('grids.tree', {}, clerk);
    expect(auditRows('auth.lock')).toEqual([{ actorId: expect.any(Number), after: '{"locked":"idleAtServer"}' }]);
  });

  it('refuses every call but unlock, sign-out and status, and a refused change writes nothing', () => {
    desk.advance(16 * minute);
    desk.raw('auth.me', {}, clerk);
    const before = desk.snapshot();
    expect(desk.raw('grids.create', { parentId: 1, level: 'community', name: '新社区' }, clerk)).toMatchObject(
      lockedAnswer,
    );
    expect(
      desk.raw('auth.changePassword', { currentPassword: password, newPassword: 'another-2026' }, clerk),
    ).toMatchObject(lockedAnswer);
    expect(desk.snapshot()).toEqual(before);
    expect(desk.raw('auth.status', {}, clerk).ok).toBe(true);
  });

  it('does not write on every call within the limit: the last call is noted at most once a minute', () => {
    const lastActive = () =>
      desk.app.database.sqlite
        .prepare('select last_active_at from sessions where ended_at is null order by id desc limit 1')
        .pluck()
        .get();
    const signedInAt = lastActive();
    const before = desk.snapshot();
    for (let i = 0; i < 5; i++) {
      desk.advance(10_000);
      desk.call('grids.tree', {}, clerk);
    }
    expect(desk.snapshot()).toEqual(before);
    desk.advance(activityWriteIntervalMs);
    desk.call('grids.tree', {}, clerk);
    expect(lastActive()).toBe((signedInAt as number) + 50_000 + activityWriteIntervalMs);
  });

  it('counts calls as activity: a session in use does not lock', () => {
    for (let i = 0; i < 6; i++) {
      desk.advance(10 * minute);
      expect(desk.raw('grids.tree', {}, clerk).ok).toBe(true);
    }
  });
});

describe('the screen locking its session', () => {
  it('locks at once and is audited', () => {
    desk.call('auth.lock', {}, clerk);
    expect(desk.raw('grids.tree', {}, clerk)).toMatchObject(lockedAnswer);
    expect(auditRows('auth.lock')).toEqual([{ actorId: expect.any(Number), after: '{"locked":"idleOnScreen"}' }]);
    expect(desk.raw('grids.tree', {}, admin).ok).toBe(true);
  });
});

describe('unlocking', () => {
  it('re-opens the same session with the right password, audited', () => {
    desk.call('auth.lock', {}, clerk);
    expect(desk.call('auth.unlock', { password }, clerk)).toMatchObject({ username: 'clerk', role: 'desk' });
    expect(desk.raw('grids.tree', {}, clerk).ok).toBe(true);
    expect(auditRows('auth.unlock')).toEqual([{ actorId: expect.any(Number), after: '{"unlocked":true}' }]);
  });

  it('re-opens a session the server locked for idleness, which then counts its idle time afresh', () => {
    desk.advance(20 * minute);
    desk.raw('grids.tree', {}, clerk);
    desk.call('auth.unlock', { password }, clerk);
    desk.advance(14 * minute);
    expect(desk.raw('grids.tree', {}, clerk).ok).toBe(true);
  });

  it('refuses a wrong password on the field, saying how many attempts are left, and stays locked', () => {
    desk.call('auth.lock', {}, clerk);
    const before = desk.snapshot();
    expect(desk.raw('auth.unlock', { password: 'not-it-2026' }, clerk)).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        reason: 'wrongPassword',
        params: { attemptsLeft: 4 },
        issues: [{ path: ['password'] }],
      },
    });
    expect(desk.snapshot()).toEqual(before);
    expect(desk.raw('grids.tree', {}, clerk)).toMatchObject(lockedAnswer);
  });

  it('counts wrong passwords towards the sign-in throttle of that username', () => {
    desk.call('auth.lock', {}, clerk);
    for (let i = 0; i < 4; i++) desk.raw('auth.unlock', { password: 'not-it-2026' }, clerk);
    expect(desk.raw('auth.unlock', { password: 'not-it-2026' }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'loginLocked', params: { seconds: 300 } },
    });
    expect(desk.raw('auth.unlock', { password }, clerk)).toMatchObject({ error: { reason: 'loginLocked' } });
    expect(desk.raw('auth.login', { username: 'clerk', password })).toMatchObject({ error: { reason: 'loginLocked' } });
    expect(desk.raw('auth.login', { username: 'admin', password }).ok).toBe(true);
  });

  it('cannot outlive the session: a locked session past its twelve hours is over', () => {
    desk.call('auth.lock', {}, clerk);
    desk.advance(12 * 60 * minute);
    expect(desk.raw('auth.unlock', { password }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'sessionExpired' },
    });
  });
});

describe('signing out while locked', () => {
  it('ends the session', () => {
    desk.call('auth.lock', {}, clerk);
    expect(desk.raw('auth.logout', {}, clerk).ok).toBe(true);
    expect(desk.raw('auth.unlock', { password }, clerk)).toMatchObject({ error: { reason: 'sessionExpired' } });
  });
});

describe('the idle limit', () => {
  it('is 15 minutes until the administrator sets it, for the screen and the server alike', () => {
    expect(desk.call('auth.status', {}).idleLockMinutes).toBe(15);
    expect(desk.call('auth.setIdleLock', { minutes: 1 }, admin)).toEqual({ idleLockMinutes: 1 });
    expect(desk.call('auth.status', {}).idleLockMinutes).toBe(1);
    desk.advance(minute + 1);
    expect(desk.raw('grids.tree', {}, clerk)).toMatchObject(lockedAnswer);
  });

  it('lies between 1 and 120 minutes', () => {
    for (const minutes of [0, 121, 2.5]) {
      expect(desk.raw('auth.setIdleLock', { minutes }, admin)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: ['minutes'] }] },
      });
    }
    expect(desk.call('auth.setIdleLock', { minutes: 120 }, admin).idleLockMinutes).toBe(120);
    expect(desk.call('auth.setIdleLock', { minutes: 1 }, admin).idleLockMinutes).toBe(1);
  });

  it('is the administrator’s to set, and the change is audited', () => {
    expect(desk.raw('auth.setIdleLock', { minutes: 30 }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    desk.call('auth.setIdleLock', { minutes: 30 }, admin);
    const row = desk.app.database.sqlite
      .prepare("select entity, before, after from audit_log where action = 'auth.setIdleLock'")
      .get();
    expect(row).toEqual({ entity: 'settings', before: '{"idleLockMinutes":15}', after: '{"idleLockMinutes":30}' });
  });
});
