import { describe, expect, it } from 'vitest';
import { LoginThrottle, lockMs, maxFailures } from '../../src/main/services/loginThrottle';

describe('the sign-in throttle', () => {
  it('lets a user try again after fewer failures than the limit, and says how many attempts are left', () => {
    const throttle = new LoginThrottle();
    expect(throttle.fail('desk', 1000)).toEqual({ attemptsLeft: maxFailures - 1, waitMs: 0 });
    for (let i = 2; i < maxFailures; i++) throttle.fail('desk', 1000);
    expect(throttle.waitFor('desk', 1000)).toBe(0);
  });

  it('locks a username for five minutes at the fifth failure, answering the wait, and only that username', () => {
    const throttle = new LoginThrottle();
    for (let i = 1; i < maxFailures; i++) throttle.fail('desk', 1000);
    expect(throttle.fail('desk', 1000)).toEqual({ attemptsLeft: 0, waitMs: lockMs });
    expect(throttle.waitFor('desk', 1000)).toBe(lockMs);
    expect(throttle.waitFor('desk', 1000 + lockMs - 1)).toBe(1);
    expect(throttle.waitFor('desk', 1000 + lockMs)).toBe(0);
    expect(throttle.waitFor('manager', 1000)).toBe(0);
  });

  it('forgets earlier failures after a successful sign-in', () => {
    const throttle = new LoginThrottle();
    for (let i = 1; i < maxFailures; i++) throttle.fail('desk', 1000);
    throttle.succeed('desk');
    expect(throttle.fail('desk', 1000).attemptsLeft).toBe(maxFailures - 1);
    expect(throttle.waitFor('desk', 1000)).toBe(0);
  });
});
