// Sign-in and sessions (locked after idle time, re-opened with the password), and the first start of an empty database.
import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../../shared/contract/auth';
import { AppError } from '../../shared/contract/errors';
import { idleLockMinutesOf } from '../../shared/domain/idleLock';
import { passwordProblemsOf } from '../../shared/domain/password';
import { permissionsOf } from '../../shared/domain/roles';
import { validationMessage } from '../../shared/i18n/validation';
import type { AppDb } from '../db/open';
import { prepared } from '../db/prepared';
import { sessions, users } from '../db/schema';
import { buildDemo, demoAccounts } from '../demo/buildDemo';
import type { Actor, Ctx, Handlers, SignedInCtx } from './context';
import type { LoginThrottle } from './loginThrottle';
import { hashPassword, unmatchableHash, verifyPassword } from './passwords';
import { readSetting, settingKeys, writeSetting } from './settingsStore';

export const sessionLifetimeMs = 12 * 60 * 60_000;
/**
 * A session's last call is written at most this often, so reading is not writing: the idle limit is then measured
 * to within a minute, which is far below any limit one may set.
 */
export const activityWriteIntervalMs = 60_000;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toSessionUser(user: typeof users.$inferSelect): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    permissions: [...permissionsOf(user.role)],
  };
}

/** A live session behind a token: who it is, and whether it is locked (`lockedNow`: by this very call, for idling). */
export interface OpenSession {
  actor: Actor;
  locked: boolean;
  lockedNow: boolean;
}

/** The columns openSession reads: the session, its user and the idle limit. */
interface SessionRow {
  sessionId: number;
  lastActiveAt: number;
  lockedAt: number | null;
  userId: number;
  username: string;
  displayName: string;
  role: Actor['role'];
  active: number;
  idleLockMinutes: unknown;
}

/**
 * The session, its user and the idle limit in one statement (the token's unique index, the user's and the
 * setting's primary keys), compiled once per connection (a restore brings a new one): every call makes this check,
 * so it is a plain better-sqlite3 statement, with no query builder's mapping in between. The token's index is named:
 * statistics gathered while sessions were few lead the planner to scan them all (10 µs then, and growing with them).
 */
function sessionByToken(db: AppDb) {
  return prepared(db, 'auth.sessionByToken', (d) =>
    d.$client.prepare<[string, number], SessionRow>(
      `select s.id as sessionId, coalesce(s.last_active_at, s.created_at) as lastActiveAt, s.locked_at as lockedAt,
              u.id as userId, u.username, u.display_name as displayName, u.role, u.active,
              (select value from settings where key = '${settingKeys.idleLockMinutes}') as idleLockMinutes
         from sessions s indexed by sessions_token_hash_unique join users u on u.id = s.user_id
        where s.token_hash = ? and s.ended_at is null and s.expires_at > ?`,
    ),
  );
}

/**
 * A token's sha-256, remembered for the few tokens in use: a desk calls many times a second with the same one. The
 * database still decides on each call whether the session behind it is live.
 */
const tokenHashes = new Map<string, string>();
const tokenHashesKept = 256;

function tokenHashOf(token: string): string {
  let hash = tokenHashes.get(token);
  if (hash === undefined) {
    hash = tokenHash(token);
    if (tokenHashes.size >= tokenHashesKept) tokenHashes.clear();
    tokenHashes.set(token, hash);
  }
  return hash;
}

/**
 * The session behind a bearer token, or null when the token is unknown, ended, expired or its user inactive.
 * A session idle for longer than the limit is locked here; an open one has its last call noted, at most once a
 * minute. `touch` is false for calls that are not the user's work (status, sign-out, unlock).
 */
export function openSession(db: AppDb, token: string, now: number, touch = true): OpenSession | null {
  const row = sessionByToken(db).get(tokenHashOf(token), now);
  if (!row?.active) return null;
  const actor: Actor = {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    sessionId: row.sessionId,
  };
  if (row.lockedAt !== null) return { actor, locked: true, lockedNow: false };
  const idleMs = now - row.lastActiveAt;
  if (idleMs > idleLockMinutesOf(row.idleLockMinutes) * 60_000) {
    db.update(sessions).set({ lockedAt: now }).where(eq(sessions.id, row.sessionId)).run();
    return { actor, locked: true, lockedNow: true };
  }
  if (touch && idleMs >= activityWriteIntervalMs) {
    db.update(sessions).set({ lastActiveAt: now }).where(eq(sessions.id, row.sessionId)).run();
  }
  return { actor, locked: false, lockedNow: false };
}

/** The actor behind a bearer token, locked or not; null when there is no live session. */
export function actorForToken(db: AppDb, token: string, now: number): Actor | null {
  return openSession(db, token, now, false)?.actor ?? null;
}

/** The refusal of a username still locked out by the throttle: how long to wait, to the second. */
function lockedOut(waitMs: number): AppError {
  const seconds = Math.ceil(waitMs / 1000);
  return new AppError('UNAUTHENTICATED', `Too many failed attempts; try again in ${seconds} seconds.`, {
    reason: 'loginLocked',
    params: { seconds },
  });
}

/** Refuses while the username waits out the throttle. */
function refuseWhileLockedOut(throttle: LoginThrottle, username: string, now: number): void {
  const waitMs = throttle.waitFor(username, now);
  if (waitMs > 0) throw lockedOut(waitMs);
}

/** Counts a wrong password; the failure that reaches the limit answers the wait at once. */
function countFailure(throttle: LoginThrottle, username: string, now: number): number {
  const { attemptsLeft, waitMs } = throttle.fail(username, now);
  if (waitMs > 0) throw lockedOut(waitMs);
  return attemptsLeft;
}

/**
 * Refuses a new password that contains the username of its account, on the field that holds it: the contract checks
 * this itself only where the username is part of the input.
 */
export function requirePasswordWithoutUsername(ctx: Ctx, password: string, username: string, field: string): void {
  if (!passwordProblemsOf(password, username).includes('passwordHasUsername')) return;
  throw new AppError('VALIDATION', `${field}: ${validationMessage('en', 'passwordHasUsername')}`, {
    reason: 'invalidInput',
    issues: [{ path: [field], message: validationMessage(ctx.lang, 'passwordHasUsername') }],
  });
}

function userCount(db: AppDb): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

function requireEmptyDatabase(db: AppDb): void {
  if (userCount(db) > 0) {
    throw new AppError('CONFLICT', 'This database has already been set up.', { reason: 'alreadySetUp' });
  }
}

/** Ends every open session of a user: after a password reset or when the account is disabled. */
export function endSessionsOf(db: AppDb, userId: number, now: number): void {
  db.update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)))
    .run();
}

export const authHandlers: Handlers<
  | 'auth.status'
  | 'auth.setup'
  | 'auth.openDemo'
  | 'auth.login'
  | 'auth.lock'
  | 'auth.unlock'
  | 'auth.setIdleLock'
  | 'auth.logout'
  | 'auth.me'
  | 'auth.changePassword'
> = {
  'auth.status': (ctx) => {
    const isDemo = readSetting<boolean>(ctx.db, settingKeys.isDemo) === true;
    return {
      setupRequired: userCount(ctx.db) === 0,
      isDemo,
      centreName: readSetting<string>(ctx.db, settingKeys.centreName),
      demoAccounts: isDemo ? demoAccounts.map(({ username, role, password }) => ({ username, role, password })) : [],
      idleLockMinutes: idleLockMinutesOf(readSetting(ctx.db, settingKeys.idleLockMinutes)),
    };
  },

  'auth.setup': (ctx, input) => {
    requireEmptyDatabase(ctx.db);
    const now = ctx.clock.now();
    const admin = ctx.db
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        role: 'admin',
        passwordHash: hashPassword(input.password),
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    writeSetting(ctx.db, settingKeys.centreName, input.centreName);
    writeSetting(ctx.db, settingKeys.isDemo, false);
    ctx.audit.record({
      entity: 'users',
      entityId: admin.id,
      actorId: admin.id,
      after: { username: admin.username, role: admin.role, centreName: input.centreName },
    });
    return { ok: true };
  },

  'auth.openDemo': (ctx) => {
    requireEmptyDatabase(ctx.db);
    const summary = buildDemo(ctx.db, ctx.clock.now());
    ctx.audit.record({ entity: 'settings', entityId: null, after: summary });
    return { ok: true };
  },

  'auth.login': (ctx, input) => {
    const now = ctx.clock.now();
    refuseWhileLockedOut(ctx.loginThrottle, input.username, now);
    const user = ctx.db.select().from(users).where(eq(users.username, input.username)).get();
    const passwordMatches = verifyPassword(input.password, user?.passwordHash ?? unmatchableHash);
    if (!user || !passwordMatches || !user.active) {
      const attemptsLeft = countFailure(ctx.loginThrottle, input.username, now);
      throw new AppError('UNAUTHENTICATED', 'Wrong username or password.', {
        reason: 'wrongCredentials',
        params: { attemptsLeft },
      });
    }
    ctx.loginThrottle.succeed(input.username);
    const token = randomBytes(32).toString('base64url');
    ctx.db
      .insert(sessions)
      .values({
        tokenHash: tokenHash(token),
        userId: user.id,
        createdAt: now,
        expiresAt: now + sessionLifetimeMs,
        lastActiveAt: now,
      })
      .run();
    ctx.db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id)).run();
    ctx.audit.record({ entity: 'users', entityId: user.id, actorId: user.id });
    // Signing in is never refused for a password set before the rule: the screen asks for a new one instead.
    const weakPassword = passwordProblemsOf(input.password, user.username).length > 0;
    return { token, user: toSessionUser(user), weakPassword };
  },

  'auth.lock': (ctx) => {
    const { actor } = ctx as SignedInCtx;
    ctx.db
      .update(sessions)
      .set({ lockedAt: ctx.clock.now() })
      .where(and(eq(sessions.id, actor.sessionId), isNull(sessions.lockedAt)))
      .run();
    ctx.audit.record({ entity: 'users', entityId: actor.userId, after: { locked: 'idleOnScreen' } });
    return { ok: true };
  },

  'auth.unlock': (ctx, input) => {
    const { actor } = ctx as SignedInCtx;
    const now = ctx.clock.now();
    refuseWhileLockedOut(ctx.loginThrottle, actor.username, now);
    const user = ctx.db.select().from(users).where(eq(users.id, actor.userId)).get();
    if (!user || !verifyPassword(input.password, user.passwordHash)) {
      const attemptsLeft = countFailure(ctx.loginThrottle, actor.username, now);
      throw new AppError('VALIDATION', 'The password is wrong.', {
        reason: 'wrongPassword',
        params: { attemptsLeft },
        issues: [{ path: ['password'], message: validationMessage(ctx.lang, 'wrongPassword', { attemptsLeft }) }],
      });
    }
    ctx.loginThrottle.succeed(actor.username);
    ctx.db.update(sessions).set({ lockedAt: null, lastActiveAt: now }).where(eq(sessions.id, actor.sessionId)).run();
    ctx.audit.record({ entity: 'users', entityId: user.id, after: { unlocked: true } });
    return toSessionUser(user);
  },

  'auth.setIdleLock': (ctx, input) => {
    const before = idleLockMinutesOf(readSetting(ctx.db, settingKeys.idleLockMinutes));
    writeSetting(ctx.db, settingKeys.idleLockMinutes, input.minutes);
    ctx.audit.record({
      entity: 'settings',
      entityId: null,
      before: { idleLockMinutes: before },
      after: { idleLockMinutes: input.minutes },
    });
    return { idleLockMinutes: input.minutes };
  },

  'auth.logout': (ctx) => {
    const { actor } = ctx as SignedInCtx;
    ctx.db.update(sessions).set({ endedAt: ctx.clock.now() }).where(eq(sessions.id, actor.sessionId)).run();
    ctx.audit.record({ entity: 'users', entityId: actor.userId });
    return { ok: true };
  },

  'auth.me': (ctx) => {
    const { actor } = ctx as SignedInCtx;
    const user = ctx.db.select().from(users).where(eq(users.id, actor.userId)).get();
    if (!user) throw new AppError('UNAUTHENTICATED', 'Your session has ended.', { reason: 'sessionEnded' });
    return toSessionUser(user);
  },

  'auth.changePassword': (ctx, input) => {
    const { actor } = ctx as SignedInCtx;
    const user = ctx.db.select().from(users).where(eq(users.id, actor.userId)).get();
    if (!user || !verifyPassword(input.currentPassword, user.passwordHash)) {
      throw new AppError('VALIDATION', 'The current password is wrong.', {
        reason: 'wrongCurrentPassword',
        issues: [{ path: ['currentPassword'], message: validationMessage(ctx.lang, 'wrongCurrentPassword') }],
      });
    }
    requirePasswordWithoutUsername(ctx, input.newPassword, user.username, 'newPassword');
    ctx.db
      .update(users)
      .set({ passwordHash: hashPassword(input.newPassword), updatedAt: ctx.clock.now() })
      .where(eq(users.id, user.id))
      .run();
    ctx.audit.record({ entity: 'users', entityId: user.id, after: { passwordChanged: true } });
    return { ok: true };
  },
};

export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Please sign in.', { reason: 'signInRequired' });
  return ctx.actor;
}
