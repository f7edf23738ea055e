import { afterEach, describe, expect, it } from 'vitest';
import { sessionLifetimeMs } from '../../src/main/services/auth';
import { lockMs } from '../../src/main/services/loginThrottle';
import { hashPassword } from '../../src/main/services/passwords';
import { permissionsOf } from '../../src/shared/domain/roles';
import { startDemoGridDesk, startTestGridDesk, type TestGridDesk } from '../support/testGridDesk';

let desk: TestGridDesk;
afterEach(() => desk.close());

const admin = {
  username: 'wangjg',
  displayName: '王建国',
  password: 'correct-horse',
  centreName: '振兴社区党群服务中心',
};

describe('first start', () => {
  it('asks for setup on an empty database and lists no demo accounts', () => {
    desk = startTestGridDesk();
    expect(desk.call('auth.status', {})).toEqual({
      setupRequired: true,
      isDemo: false,
      centreName: null,
      demoAccounts: [],
      idleLockMinutes: 15,
    });
  });

  it('creates the administrator, who can then sign in', () => {
    desk = startTestGridDesk();
    desk.call('auth.setup', admin);
    expect(desk.call('auth.status', {})).toMatchObject({
      setupRequired: false,
      isDemo: false,
      centreName: admin.centreName,
    });
    const { user } = desk.call('auth.login', { username: 'WangJG', password: admin.password });
    expect(user).toMatchObject({ username: 'wangjg', role: 'admin' });
    expect(user.permissions).toContain('users.manage');
  });

  it('refuses a second setup and changes nothing', () => {
    desk = startTestGridDesk();
    desk.call('auth.setup', admin);
    const before = desk.snapshot();
    const answer = desk.raw('auth.setup', { ...admin, username: 'intruder' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'alreadySetUp' } });
    expect(desk.raw('auth.openDemo', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(desk.snapshot()).toEqual(before);
  });

  it('opens the demo: one street, three communities, six grids, 52 micro-grids and one account per role', () => {
    desk = startDemoGridDesk();
    const status = desk.call('auth.status', {});
    expect(status.isDemo).toBe(true);
    expect(status.demoAccounts.map((a) => [a.username, a.role])).toEqual([
      ['admin', 'admin'],
      ['manager', 'manager'],
      ['desk', 'desk'],
      ['grid', 'grid_worker'],
      ['secretary', 'branch_secretary'],
    ]);
    const tree = desk.call('grids.tree', { includeArchived: false }, desk.login('manager'));
    const byLevel = (level: string) => tree.filter((g) => g.level === level).length;
    expect([byLevel('street'), byLevel('community'), byLevel('grid'), byLevel('micro_grid')]).toEqual([1, 3, 6, 52]);
  });

  it('builds the same demo street on every machine', () => {
    const names = () => {
      const d = startDemoGridDesk();
      const tree = d.call('grids.tree', { includeArchived: false }, d.login('admin'));
      const staff = d.app.database.sqlite.prepare('select name, phone from staff order by id').all();
      d.close();
      return { tree, staff };
    };
    desk = startTestGridDesk();
    expect(names()).toEqual(names());
  });
});

describe('signing in', () => {
  it('answers a token and the user with their permissions', () => {
    desk = startDemoGridDesk();
    const { token, user } = desk.call('auth.login', { username: 'desk', password: 'demo1234' });
    expect(token.length).toBeGreaterThan(30);
    expect(user).toMatchObject({ username: 'desk', role: 'desk', permissions: [...permissionsOf('desk')] });
    expect(user.permissions).toContain('households.read');
    expect(desk.call('auth.me', {}, token).username).toBe('desk');
  });

  it('refuses a wrong password with UNAUTHENTICATED and writes nothing', () => {
    desk = startDemoGridDesk();
    const before = desk.snapshot();
    const answer = desk.raw('auth.login', { username: 'desk', password: 'wrong-one' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', reason: 'wrongCredentials' } });
    expect(desk.raw('auth.login', { username: 'nobody', password: 'demo1234' })).toMatchObject({
      ok: false,
      error: { reason: 'wrongCredentials' },
    });
    expect(desk.snapshot()).toEqual(before);
  });

  it('says after each wrong password how many attempts are left before the lock', () => {
    desk = startDemoGridDesk();
    const attemptsLeft = [1, 2, 3, 4].map(() => {
      const answer = desk.raw('auth.login', { username: 'desk', password: 'wrong-one' });
      return answer.ok ? null : answer.error.params?.attemptsLeft;
    });
    expect(attemptsLeft).toEqual([4, 3, 2, 1]);
  });

  it('locks the username for five minutes at the fifth wrong password, even for the right one, and says how long to the second', () => {
    desk = startDemoGridDesk();
    for (let i = 0; i < 4; i++) desk.raw('auth.login', { username: 'desk', password: 'wrong-one' });
    expect(desk.raw('auth.login', { username: 'desk', password: 'wrong-one' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'loginLocked', params: { seconds: 300 } },
    });
    desk.advance(90_000);
    const before = desk.snapshot();
    expect(desk.raw('auth.login', { username: 'desk', password: 'demo1234' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'loginLocked', params: { seconds: 210 } },
    });
    expect(desk.snapshot()).toEqual(before);
    desk.advance(lockMs - 90_000);
    expect(desk.raw('auth.login', { username: 'desk', password: 'demo1234' }).ok).toBe(true);
  });

  it('signs in an account whose password predates the rule, and says it is weak', () => {
    desk = startTestGridDesk();
    desk.call('auth.setup', admin);
    // A password set before the rule, as the database of an earlier version holds it.
    desk.app.database.sqlite
      .prepare('update users set password_hash = ? where username = ?')
      .run(hashPassword('12345678'), admin.username);
    expect(desk.call('auth.login', { username: admin.username, password: '12345678' }).weakPassword).toBe(true);
    desk.call(
      'auth.changePassword',
      { currentPassword: '12345678', newPassword: 'zhenxing-2026' },
      desk.login(admin.username, '12345678'),
    );
    expect(desk.call('auth.login', { username: admin.username, password: 'zhenxing-2026' }).weakPassword).toBe(false);
  });

  it('refuses a disabled account', () => {
    desk = startDemoGridDesk();
    const adminToken = desk.login('admin');
    const deskUser = desk.call('users.list', {}, adminToken).find((u) => u.username === 'desk');
    desk.call('users.update', { id: deskUser?.id ?? 0, active: false }, adminToken);
    expect(desk.raw('auth.login', { username: 'desk', password: 'demo1234' })).toMatchObject({
      ok: false,
      error: { reason: 'wrongCredentials' },
    });
  });
});

describe('sessions', () => {
  it('ends at sign-out: the token no longer works', () => {
    desk = startDemoGridDesk();
    const token = desk.login('manager');
    desk.call('auth.logout', {}, token);
    expect(desk.raw('auth.me', {}, token)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'sessionExpired' },
    });
  });

  it('expires after twelve hours, even when in use all along', () => {
    desk = startDemoGridDesk();
    const token = desk.login('manager');
    // A call every ten minutes keeps it from locking for idleness.
    let elapsed = 0;
    for (; elapsed + 10 * 60_000 < sessionLifetimeMs; elapsed += 10 * 60_000) {
      desk.advance(10 * 60_000);
      desk.call('auth.me', {}, token);
    }
    desk.advance(sessionLifetimeMs - elapsed - 1);
    expect(desk.raw('auth.me', {}, token).ok).toBe(true);
    desk.advance(1);
    const before = desk.snapshot();
    expect(desk.raw('grids.create', { parentId: 1, level: 'community', name: '新社区' }, token)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'sessionExpired' },
    });
    expect(desk.snapshot()).toEqual(before);
  });

  it('asks for sign-in when no token is given', () => {
    desk = startDemoGridDesk();
    expect(desk.raw('grids.tree', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'signInRequired' },
    });
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, then only the new one signs in', () => {
    desk = startDemoGridDesk();
    const token = desk.login('desk');
    const refused = desk.raw('auth.changePassword', { currentPassword: 'nope', newPassword: 'new-password-1' }, token);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['currentPassword'] }] },
    });
    desk.call('auth.changePassword', { currentPassword: 'demo1234', newPassword: 'new-password-1' }, token);
    expect(desk.raw('auth.login', { username: 'desk', password: 'demo1234' }).ok).toBe(false);
    expect(desk.raw('auth.login', { username: 'desk', password: 'new-password-1' }).ok).toBe(true);
  });

  it('refuses a new password shorter than eight characters, in the user’s language', () => {
    desk = startDemoGridDesk();
    const token = desk.login('desk');
    const zh = desk.raw('auth.changePassword', { currentPassword: 'demo1234', newPassword: 'short' }, token, 'zh-CN');
    const en = desk.raw('auth.changePassword', { currentPassword: 'demo1234', newPassword: 'short' }, token, 'en');
    expect(zh).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['newPassword'] }] } });
    if (zh.ok || en.ok) throw new Error('expected refusals');
    expect(zh.error.issues?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(en.error.issues?.[0]?.message).toMatch(/8/);
  });
});
