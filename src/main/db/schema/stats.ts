// Figures managers read by month (数据看板, 月度工作总结): the cases' monthly rollup and the summaries' commentary.
import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './auth';
import { grids } from './grids';

/**
 * What the cases of a month, a grid and a top category add up to, kept in step with `cases` by the triggers of
 * migration 0008 (in the same statement as every change): trend charts read a few thousand rows of this instead
 * of a year of cases. Voided cases count nowhere. `month` is the registration month for `registered`/`hotline`,
 * the resolution month for the `resolved…` columns and the follow-up month for `followedUp`/`satisfied`, each in
 * the centre's time zone (China Standard Time, UTC+8 all year).
 */
export const caseMonthlyStats = sqliteTable(
  'case_monthly_stats',
  {
    month: text('month').notNull(),
    gridId: integer('grid_id').notNull(),
    topCategoryId: integer('top_category_id').notNull(),
    registered: integer('registered').notNull().default(0),
    hotline: integer('hotline').notNull().default(0),
    resolved: integer('resolved').notNull().default(0),
    resolvedOnTime: integer('resolved_on_time').notNull().default(0),
    firstContactResolved: integer('first_contact_resolved').notNull().default(0),
    followedUp: integer('followed_up').notNull().default(0),
    satisfied: integer('satisfied').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.month, t.gridId, t.topCategoryId] })],
);

/** The manager's own words in a month's summary of a scope (a street, community or grid). */
export const monthlySummaries = sqliteTable(
  'monthly_summaries',
  {
    id: integer('id').primaryKey(),
    gridId: integer('grid_id')
      .notNull()
      .references(() => grids.id),
    month: text('month').notNull(),
    commentary: text('commentary').notNull().default(''),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('monthly_summaries_scope_uq').on(t.gridId, t.month)],
);
