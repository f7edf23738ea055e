// The administrator's management of user accounts.
import { and, asc, count, desc, eq, ne } from 'drizzle-orm';
import { AppError } from '../../shared/contract/errors';
import type { UserRow } from '../../shared/contract/users';
import { validationMessage } from '../../shared/i18n/validation';
import { users } from '../db/schema';
import { endSessionsOf, requireActor, requirePasswordWithoutUsername } from './auth';
import type { Ctx, Handlers } from './context';
import { hashPassword } from './passwords';

function toUserRow(user: typeof users.$inferSelect): UserRow {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    active: user.active,
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
  };
}

function findUser(ctx: Ctx, id: number) {
  const user = ctx.db.select().from(users).where(eq(users.id, id)).get();
  if (!user) throw new AppError('NOT_FOUND', `No user with id ${id}.`, { reason: 'userNotFound' });
  return user;
}

function otherActiveAdmins(ctx: Ctx, id: number): number {
  return (
    ctx.db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, id)))
      .get()?.n ?? 0
  );
}

export const usersHandlers: Handlers<'users.list' | 'users.create' | 'users.update' | 'users.resetPassword'> = {
  'users.list': (ctx) =>
    ctx.db.select().from(users).orderBy(desc(users.active), asc(users.username)).all().map(toUserRow),

  'users.create': (ctx, input) => {
    const taken = ctx.db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get();
    if (taken) {
      throw new AppError('CONFLICT', `The username ${input.username} is taken.`, {
        reason: 'usernameTaken',
        params: { username: input.username },
        issues: [
          { path: ['username'], message: validationMessage(ctx.lang, 'usernameTaken', { username: input.username }) },
        ],
      });
    }
    const now = ctx.clock.now();
    const user = ctx.db
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash: hashPassword(input.password),
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    const row = toUserRow(user);
    ctx.audit.record({ entity: 'users', entityId: user.id, after: row });
    return row;
  },

  'users.update': (ctx, input) => {
    const actor = requireActor(ctx);
    const before = findUser(ctx, input.id);
    const losesAdmin =
      before.role === 'admin' && before.active && (input.active === false || (input.role && input.role !== 'admin'));
    if (losesAdmin && otherActiveAdmins(ctx, before.id) === 0) {
      throw new AppError('CONFLICT', 'The last active administrator cannot be demoted or disabled.', {
        reason: 'lastAdmin',
      });
    }
    if (before.id === actor.userId && input.active === false) {
      throw new AppError('CONFLICT', 'You cannot disable your own account.', { reason: 'disableSelf' });
    }
    const now = ctx.clock.now();
    const after = ctx.db
      .update(users)
      .set({
        displayName: input.displayName ?? before.displayName,
        role: input.role ?? before.role,
        active: input.active ?? before.active,
        updatedAt: now,
      })
      .where(eq(users.id, input.id))
      .returning()
      .get();
    if (before.active && !after.active) endSessionsOf(ctx.db, after.id, now);
    ctx.audit.record({ entity: 'users', entityId: after.id, before: toUserRow(before), after: toUserRow(after) });
    return toUserRow(after);
  },

  'users.resetPassword': (ctx, input) => {
    const user = findUser(ctx, input.id);
    requirePasswordWithoutUsername(ctx, input.password, user.username, 'password');
    const now = ctx.clock.now();
    ctx.db
      .update(users)
      .set({ passwordHash: hashPassword(input.password), updatedAt: now })
      .where(eq(users.id, user.id))
      .run();
    endSessionsOf(ctx.db, user.id, now);
    ctx.audit.record({ entity: 'users', entityId: user.id, after: { passwordReset: true } });
    return { ok: true };
  },
};
