// Slows password guessing: after repeated failures a username is locked for a while. Sign-in and unlocking a
// locked session count against the same username. Kept in memory on purpose: a wrong password must not write to
// the database.

export const maxFailures = 5;
export const lockMs = 5 * 60_000;
/** Past this many usernames, those no longer locked are forgotten, so guessing random names cannot fill memory. */
const pruneAbove = 10_000;

interface Attempts {
  failures: number;
  lockedUntil: number;
}

/** What a failure leaves: the attempts left before the lock, or the wait when this failure locked the username. */
export interface FailureOutcome {
  attemptsLeft: number;
  waitMs: number;
}

export class LoginThrottle {
  private readonly attempts = new Map<string, Attempts>();

  /** Milliseconds the username must still wait, or 0. */
  waitFor(username: string, now: number): number {
    const entry = this.attempts.get(username);
    return entry && entry.lockedUntil > now ? entry.lockedUntil - now : 0;
  }

  fail(username: string, now: number): FailureOutcome {
    if (this.attempts.size > pruneAbove) this.prune(now);
    const entry = this.attempts.get(username) ?? { failures: 0, lockedUntil: 0 };
    entry.failures += 1;
    this.attempts.set(username, entry);
    if (entry.failures < maxFailures) return { attemptsLeft: maxFailures - entry.failures, waitMs: 0 };
    entry.failures = 0;
    entry.lockedUntil = now + lockMs;
    return { attemptsLeft: 0, waitMs: lockMs };
  }

  succeed(username: string): void {
    this.attempts.delete(username);
  }

  private prune(now: number): void {
    for (const [username, entry] of this.attempts) {
      if (entry.lockedUntil <= now) this.attempts.delete(username);
    }
  }
}
