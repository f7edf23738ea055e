// The audit log: one row per change (and per read of sensitive data), written in the same transaction as the
// change; append-only (triggers refuse updates and deletes) and chained by hash.
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
    /** The previous row's `hash`: each row is chained to the one before it, so an edited or removed row shows. */
    prevHash: text('prev_hash'),
    /** sha-256 over `prevHash` and this row's stored fields; null only until the chain is sealed at start. */
    hash: text('hash'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_action_idx').on(t.action)],
);
