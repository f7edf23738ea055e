// The audit log: one row per change, written in the same transaction as the change.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './auth';

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    at: integer('at').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    /** The procedure that made the change, e.g. `grids.create`. */
    action: text('action').notNull(),
    entity: text('entity'),
    entityId: integer('entity_id'),
    /** JSON of the record before and after; secrets are never written here. */
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_action_idx').on(t.action)],
);
