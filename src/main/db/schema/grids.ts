// The organisation tree and the staff assigned to each grid.
import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { gridLevels, staffDuties } from '../../../shared/domain/gridLevels';
import { employmentKinds, staffStatuses } from '../../../shared/domain/gridTeam';
import { users } from './auth';

export const grids = sqliteTable(
  'grids',
  {
    id: integer('id').primaryKey(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => grids.id),
    level: text('level', { enum: gridLevels }).notNull(),
    name: text('name').notNull(),
    code: text('code'),
    archivedAt: integer('archived_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    /** Bumped by every change, so a save made from a stale screen is refused. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('grids_parent_idx').on(t.parentId),
    // Root grids (null parent) are kept unique by the service: SQL treats nulls as distinct here.
    uniqueIndex('grids_active_name_uq').on(t.parentId, t.name).where(sql`${t.archivedAt} is null`),
  ],
);

/**
 * A person who serves on grids; linked to a user account when they sign in themselves. Those on the grid team's
 * roster (专职/兼职 grid workers) have an employment kind; police and volunteers assigned to grids do not.
 */
export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    phone: text('phone'),
    userId: integer('user_id')
      .unique()
      .references(() => users.id),
    employment: text('employment', { enum: employmentKinds }),
    position: text('position'),
    startedOn: text('started_on'),
    status: text('status', { enum: staffStatuses }).notNull().default('active'),
    /** When the worker was eliminated or left. */
    statusDate: text('status_date'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('staff_team_idx').on(t.status, t.employment).where(sql`${t.employment} is not null`)],
);

export const gridStaff = sqliteTable(
  'grid_staff',
  {
    id: integer('id').primaryKey(),
    gridId: integer('grid_id')
      .notNull()
      .references(() => grids.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    duty: text('duty', { enum: staffDuties }).notNull(),
    since: text('since').notNull(),
    /** Date the duty ended; null while it lasts. */
    until: text('until'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('grid_staff_grid_idx').on(t.gridId).where(sql`${t.until} is null`),
    index('grid_staff_staff_idx').on(t.staffId),
    uniqueIndex('grid_staff_active_uq').on(t.gridId, t.staffId, t.duty).where(sql`${t.until} is null`),
  ],
);
