// Local user accounts and their sign-in sessions.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { roles } from '../../../shared/domain/roles';

export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  /** Stored lower-case, so sign-in ignores case. */
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: roles }).notNull(),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  lastLoginAt: integer('last_login_at'),
});

export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey(),
    /** sha-256 of the bearer token: a stolen database file does not hand out live sessions. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    endedAt: integer('ended_at'),
    /** The last call made with the session; a session idle longer than the idle limit is locked. */
    lastActiveAt: integer('last_active_at'),
    /** Set when the session locked (idle on screen, or idle at the server); cleared by unlocking with the password. */
    lockedAt: integer('locked_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId).where(sql`${t.endedAt} is null`)],
);
