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

/**
 * The register's comings and goings per month and micro-grid, kept by the triggers of migration 0009 in step with
 * `households` and `residents`: a scope's totals at a month's end are the sums up to that month (a few hundred rows)
 * instead of a count of a million residents. Each record counts on its household's grid as it is now (a move
 * carries its history along), as the register's lists count it; months are the centre's (UTC+8). A resident leaves
 * (moved out or died) in the month of `life_status_date`, never before the month they were entered.
 */
export const registerMonthlyCounts = sqliteTable(
  'register_monthly_counts',
  {
    month: text('month').notNull(),
    gridId: integer('grid_id').notNull(),
    householdsAdded: integer('households_added').notNull().default(0),
    householdsArchived: integer('households_archived').notNull().default(0),
    residentsAdded: integer('residents_added').notNull().default(0),
    movedOut: integer('moved_out').notNull().default(0),
    deceased: integer('deceased').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.gridId, t.month] })],
);

/**
 * Home visits per month and grid, kept by the triggers of migration 0009 in step with `visits`: the visits made and
 * the households visited (each household once per month and grid, as visits.coverage counts them), so a street's
 * coverage over several months is read from a few hundred rows instead of a month's 300,000 visits.
 */
export const visitMonthlyCounts = sqliteTable(
  'visit_monthly_counts',
  {
    month: text('month').notNull(),
    gridId: integer('grid_id').notNull(),
    visits: integer('visits').notNull().default(0),
    householdsVisited: integer('households_visited').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.gridId, t.month] })],
);
