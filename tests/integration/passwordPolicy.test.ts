// The password rule holds wherever a password is set, with the problem on the field in the caller's language
// (signing in with an older, weaker password: tests/integration/auth.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestGridDesk, type TestGridDesk } from '../support/testGridDesk';

const password = 'zhenxing-2026';

let desk: TestGridDesk;
beforeEach(() => {
  desk = startTestGridDesk();
});
afterEach(() => desk.close());

function setUp(): string {
  desk.call('auth.setup', { username: 'admin', displayName: '管理员', password, centreName: '振兴社区' });
  return desk.login('admin', password);
}

function issueOn(answer: ReturnType<TestGridDesk['raw']>, field: string): string {
  if (answer.ok) throw new Error('expected a refusal');
  expect(answer.error.code).toBe('VALIDATION');
  const issue = answer.error.issues?.find((i) => i.path[0] === field);
  if (!issue) throw new Error(`no issue on ${field}: ${JSON.stringify(answer.error)}`);
  return issue.message;
}

describe('the password rule where a password is set', () => {
  it('holds at first-start setup, writing nothing', () => {
    const before = desk.snapshot();
    const input = { username: 'admin', displayName: '管理员', centreName: '振兴社区' };
    expect(issueOn(desk.raw('auth.setup', { ...input, password: 'password' }), 'password')).toBe(
      '这是常见的弱密码，很容易被猜中，请换一个',
    );
    expect(issueOn(desk.raw('auth.setup', { ...input, password: 'admin-2026' }), 'password')).toBe(
      '密码不能包含用户名',
    );
    expect(desk.snapshot()).toEqual(before);
  });

  it('holds when creating a user, in the caller’s language', () => {
    const admin = setUp();
    const input = { username: 'clerk', displayName: '陈晓燕', role: 'desk' as const };
    const answer = desk.raw('users.create', { ...input, password: 'zhenxingshequ' }, admin, 'en');
    expect(issueOn(answer, 'password')).toBe(
      'Mix at least two kinds of character: lower-case, upper-case, digits, symbols',
    );
    expect(issueOn(desk.raw('users.create', { ...input, password: 'Clerk-2026' }, admin), 'password')).toBe(
      '密码不能包含用户名',
    );
  });

  it('holds when the administrator resets a password, with the account’s own username', () => {
    const admin = setUp();
    const clerk = desk.call(
      'users.create',
      { username: 'clerk', displayName: '陈晓燕', role: 'desk', password },
      admin,
    );
    const before = desk.snapshot();
    expect(issueOn(desk.raw('users.resetPassword', { id: clerk.id, password: 'aaaaaaaaa' }, admin), 'password')).toBe(
      '密码不能由同一个字符重复组成',
    );
    expect(issueOn(desk.raw('users.resetPassword', { id: clerk.id, password: 'my-clerk-9' }, admin), 'password')).toBe(
      '密码不能包含用户名',
    );
    expect(desk.snapshot()).toEqual(before);
  });

  it('holds when changing one’s own password, with one’s own username', () => {
    const admin = setUp();
    const change = (newPassword: string) =>
      desk.raw('auth.changePassword', { currentPassword: password, newPassword }, admin);
    expect(issueOn(change('qwerty123'), 'newPassword')).toBe('这是常见的弱密码，很容易被猜中，请换一个');
    expect(issueOn(change('Admin-2026!'), 'newPassword')).toBe('密码不能包含用户名');
    expect(change('Tianmu-2026').ok).toBe(true);
  });
});
