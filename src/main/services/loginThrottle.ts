// Slows password guessing: after repeated failures a username is locked for a while.
// Kept in memory on purpose: a wrong password must not write to the database.

export const maxFailures = 5;
export const lockMs = 5 * 60_000;

interface Attempts {
  failures: number;
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly attempts = new Map<string, Attempts>();

  /** Milliseconds the username must still wait, or 0. */
  waitFor(username: string, now: number): number {
    const entry = this.attempts.get(username);
    return entry && entry.lockedUntil > now ? entry.lockedUntil - now : 0;
  }

  fail(username: string, now: number): void {
    const entry = this.attempts.get(username) ?? { failures: 0, lockedUntil: 0 };
    entry.failures += 1;
    if (entry.failures >= maxFailures) {
      entry.failures = 0;
      entry.lockedUntil = now + lockMs;
    }
    this.attempts.set(username, entry);
  }

  succeed(username: string): void {
    this.attempts.delete(username);
  }
}
