import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let desk: TestGridDesk;
let adminToken: string;
beforeEach(() => {
  desk = startDemoGridDesk();
  adminToken = desk.login('admin');
});
afterEach(() => desk.close());

const userId = (username: string) =>
  desk.call('users.list', {}, adminToken).find((u) => u.username === username)?.id ?? 0;

describe('the administrator manages accounts', () => {
  it('creates a desk account that can sign in with its first password', () => {
    const created = desk.call(
      'users.create',
      { username: 'Desk2', displayName: '王小二', role: 'desk', password: 'first-pass-1' },
      adminToken,
    );
    expect(created).toMatchObject({ username: 'desk2', role: 'desk', active: true, lastLoginAt: null });
    expect(desk.raw('auth.login', { username: 'desk2', password: 'first-pass-1' }).ok).toBe(true);
  });

  it('refuses a username already taken, marking the field', () => {
    const before = desk.snapshot();
    const answer = desk.raw(
      'users.create',
      { username: 'desk', displayName: '重名', role: 'desk', password: 'first-pass-1' },
      adminToken,
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'usernameTaken', issues: [{ path: ['username'] }] },
    });
    expect(desk.snapshot()).toEqual(before);
  });

  it('changes a role, and the user’s permissions follow at the next call', () => {
    const deskToken = desk.login('desk');
    expect(desk.raw('audit.list', {}, deskToken)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    desk.call('users.update', { id: userId('desk'), role: 'manager' }, adminToken);
    expect(desk.raw('audit.list', {}, deskToken).ok).toBe(true);
  });

  it('resets a password and signs the user out everywhere', () => {
    const deskToken = desk.login('desk');
    desk.call('users.resetPassword', { id: userId('desk'), password: 'reset-pass-1' }, adminToken);
    expect(desk.raw('auth.me', {}, deskToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(desk.raw('auth.login', { username: 'desk', password: 'reset-pass-1' }).ok).toBe(true);
  });

  it('disables an account and ends its sessions', () => {
    const gridToken = desk.login('grid');
    desk.call('users.update', { id: userId('grid'), active: false }, adminToken);
    expect(desk.raw('auth.me', {}, gridToken).ok).toBe(false);
    expect(desk.call('users.list', {}, adminToken).find((u) => u.username === 'grid')?.active).toBe(false);
  });

  it('keeps at least one active administrator and refuses disabling oneself', () => {
    const before = desk.snapshot();
    expect(desk.raw('users.update', { id: userId('admin'), role: 'desk' }, adminToken)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'lastAdmin' },
    });
    expect(desk.raw('users.update', { id: userId('admin'), active: false }, adminToken)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(desk.snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for a user that does not exist', () => {
    expect(desk.raw('users.resetPassword', { id: 9999, password: 'reset-pass-1' }, adminToken)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('who may manage accounts', () => {
  it('refuses every other role with FORBIDDEN, writing nothing', () => {
    for (const username of ['manager', 'desk', 'grid', 'secretary']) {
      const token = desk.login(username);
      const before = desk.snapshot();
      expect(desk.raw('users.list', {}, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(
        desk.raw(
          'users.create',
          { username: 'sneaky', displayName: '越权', role: 'admin', password: 'sneaky-pass' },
          token,
        ),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(desk.snapshot()).toEqual(before);
    }
  });
});
