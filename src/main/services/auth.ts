// Sign-in and sessions, and the first start of an empty database.
import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { SessionUser } from '../../shared/contract/auth';
import { AppError } from '../../shared/contract/errors';
import { permissionsOf } from '../../shared/domain/roles';
import { validationMessage } from '../../shared/i18n/validation';
import type { AppDb } from '../db/open';
import { sessions, users } from '../db/schema';
import { buildDemo, demoAccounts } from '../demo/buildDemo';
import type { Actor, Ctx, Handlers, SignedInCtx } from './context';
import { hashPassword, unmatchableHash, verifyPassword } from './passwords';
import { readSetting, settingKeys, writeSetting } from './settingsStore';

export const sessionLifetimeMs = 12 * 60 * 60_000;

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

/** The actor behind a bearer token, or null when the token is unknown, ended, expired or its user inactive. */
export function actorForToken(db: AppDb, token: string, now: number): Actor | null {
  const row = db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash(token)), isNull(sessions.endedAt), gt(sessions.expiresAt, now)))
    .get();
  if (!row?.user.active) return null;
  return {
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    role: row.user.role,
    sessionId: row.session.id,
  };
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
  'auth.status' | 'auth.setup' | 'auth.openDemo' | 'auth.login' | 'auth.logout' | 'auth.me' | 'auth.changePassword'
> = {
  'auth.status': (ctx) => {
    const isDemo = readSetting<boolean>(ctx.db, settingKeys.isDemo) === true;
    return {
      setupRequired: userCount(ctx.db) === 0,
      isDemo,
      centreName: readSetting<string>(ctx.db, settingKeys.centreName),
      demoAccounts: isDemo ? demoAccounts.map(({ username, role, password }) => ({ username, role, password })) : [],
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
    const waitMs = ctx.loginThrottle.waitFor(input.username, now);
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      throw new AppError('UNAUTHENTICATED', `Too many failed attempts; try again in ${minutes} minute(s).`, {
        reason: 'loginLocked',
        params: { minutes },
      });
    }
    const user = ctx.db.select().from(users).where(eq(users.username, input.username)).get();
    const passwordMatches = verifyPassword(input.password, user?.passwordHash ?? unmatchableHash);
    if (!user || !passwordMatches || !user.active) {
      ctx.loginThrottle.fail(input.username, now);
      throw new AppError('UNAUTHENTICATED', 'Wrong username or password.', { reason: 'wrongCredentials' });
    }
    ctx.loginThrottle.succeed(input.username);
    const token = randomBytes(32).toString('base64url');
    ctx.db
      .insert(sessions)
      .values({ tokenHash: tokenHash(token), userId: user.id, createdAt: now, expiresAt: now + sessionLifetimeMs })
      .run();
    ctx.db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id)).run();
    ctx.audit.record({ entity: 'users', entityId: user.id, actorId: user.id });
    return { token, user: toSessionUser(user) };
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
