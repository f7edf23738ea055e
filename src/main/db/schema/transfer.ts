// What was imported (so a file is not added twice) and when the city platform last got its changes.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './auth';

export const importBatches = sqliteTable(
  'import_batches',
  {
    id: integer('id').primaryKey(),
    /** sha-256 of the file's content. */
    fileHash: text('file_hash').notNull(),
    fileName: text('file_name').notNull(),
    importedAt: integer('imported_at').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    residentsAdded: integer('residents_added').notNull(),
    householdsAdded: integer('households_added').notNull(),
    skipped: integer('skipped').notNull(),
  },
  (t) => [index('import_batches_hash_idx').on(t.fileHash)],
);

export const exportMarks = sqliteTable('export_marks', {
  id: integer('id').primaryKey(),
  kind: text('kind', { enum: ['city_platform'] }).notNull(),
  /** Every resident updated at or before this instant went out with this export. */
  exportedAt: integer('exported_at').notNull(),
  actorId: integer('actor_id').references(() => users.id),
  rowCount: integer('row_count').notNull(),
});
