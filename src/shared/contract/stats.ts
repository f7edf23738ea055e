// What managers read and print (统计分析): the dashboard's numbers of today and its trend charts, and the monthly
// summary (月度工作总结) of a scope and month with every section of DOMAIN.md, its commentary and its .xlsx export.
// Every number here is one a list shows for the same filter: the drill-down filters are in domain/statsLinks.
import { z } from 'zod';
import { summaryFigureKinds, summarySections } from '../domain/monthlySummary';
import { caseRates } from './cases';
import { id } from './common';
import { byName, mutation, query } from './procedure';
import { download } from './transfer';
import { month } from './visits';

const version = z.number().int();

/** A scope of figures: a grid and everything below it; none = everything within the caller's reach. */
const scopeInput = { gridId: id.optional() };

const scopeInfo = z.object({
  /** null when the figures cover everything within the caller's reach. */
  gridId: z.number().nullable(),
  /** 振兴街道 / 振兴社区 / 第一网格; for no grid, the centre's name. */
  name: z.string(),
  /** The grid's path from the street (振兴街道 / 振兴社区), or the name again. */
  path: z.string(),
});

const coverageRow = z.object({
  gridId: z.number(),
  name: z.string(),
  households: z.number(),
  visited: z.number(),
  /** visited / households, 0..1; null for a grid without households. */
  coverage: z.number().nullable(),
});

/** A month's case figures, as `cases.rates` gives them for that month (one of its rows per month). */
export const monthRates = caseRates.omit({ from: true, to: true }).extend({ month: z.string() });
export type MonthRates = z.infer<typeof monthRates>;

export const dashboardToday = z.object({
  /** Today's date and month in the centre's time zone. */
  date: z.string(),
  month: z.string(),
  scope: scopeInfo,
  /** null for a role that does not read cases. */
  cases: z
    .object({
      /** Still someone's work (the case list's 未办结 filter). */
      open: z.number(),
      overdue: z.number(),
      dueSoon: z.number(),
      /** This month so far, as `cases.rates` gives it (newCases is this month's intake). */
      rates: caseRates,
    })
    .nullable(),
  /** This month's home-visit coverage of the scope; null for a role that does not read visits. */
  visits: z.object({ households: z.number(), visited: z.number(), coverage: z.number().nullable() }).nullable(),
  /** The scope's branches; null for a role that does not read party work. */
  party: z.object({ branches: z.number(), members: z.number(), serviceHoursThisMonth: z.number() }).nullable(),
});
export type DashboardToday = z.infer<typeof dashboardToday>;

export const trendMonthCounts = [12, 24] as const;

export const dashboardTrends = z.object({
  scope: scopeInfo,
  /** Oldest first, ending with the period's last month. */
  months: z.array(z.string()),
  /** null for a role that does not read cases. */
  cases: z
    .object({
      /** Top categories with intake in the period, most first, named in the caller's language. */
      categories: z.array(z.object({ id: z.number(), name: z.string() })),
      /** Intake (registered, voided left out) per month and top category; months without intake have no row. */
      intake: z.array(z.object({ month: z.string(), categoryId: z.number(), count: z.number() })),
      /** One row per month of the period. */
      rates: z.array(monthRates),
      /** The areas 12345 work orders are counted by: the scope's sub-grids (a street's communities). */
      areas: z.array(z.object({ gridId: z.number(), name: z.string() })),
      hotlineByArea: z.array(z.object({ month: z.string(), gridId: z.number(), count: z.number() })),
    })
    .nullable(),
  /** Home-visit coverage in the period's last month, per sub-grid of the scope; null without visits.read. */
  coverage: z.object({ month: z.string(), rows: z.array(coverageRow) }).nullable(),
  /** Party members' service (志愿服务) per month in the scope's branches; null without party.read. */
  service: z
    .array(z.object({ month: z.string(), records: z.number(), hours: z.number(), onTheJobHours: z.number() }))
    .nullable(),
});
export type DashboardTrends = z.infer<typeof dashboardTrends>;

/**
 * One number of a summary section with what it is compared with: the month before (环比) and the same month a
 * year before (同比); null where the database cannot say (no data kept for then). The change itself is worked
 * out by domain/trends, on screen and in the sheet alike.
 */
export const summaryFigure = z.object({
  /** The label key: stats.figures.<key> in the catalogues and statsLabels. */
  key: z.string(),
  kind: z.enum(summaryFigureKinds),
  value: z.number().nullable(),
  previous: z.number().nullable(),
  lastYear: z.number().nullable(),
});
export type SummaryFigure = z.infer<typeof summaryFigure>;

export const summaryTable = z.object({
  /** Column label keys (stats.columns.<key>), the first column being the rows' labels. */
  columns: z.array(z.object({ key: z.string(), kind: z.enum(summaryFigureKinds) })),
  rows: z.array(z.object({ label: z.string(), values: z.array(z.number().nullable()) })),
});

export const summaryChart = z.object({
  kind: z.enum(['bar', 'line', 'pie']),
  /** The chart's title key (stats.charts.<key>). */
  key: z.string(),
  kindOfValue: z.enum(summaryFigureKinds),
  points: z.array(z.object({ label: z.string(), value: z.number().nullable() })),
});

export const summarySection = z.object({
  key: z.enum(summarySections),
  figures: z.array(summaryFigure),
  chart: summaryChart,
  table: summaryTable,
  /** Whether the scope had anything to report in this section this month (an empty month reads as such). */
  hasData: z.boolean(),
});
export type SummarySection = z.infer<typeof summarySection>;

export const summaryCommentary = z.object({
  text: z.string(),
  updatedByName: z.string(),
  updatedAt: z.number(),
  version: z.number(),
});

export const monthlySummary = z.object({
  scope: scopeInfo,
  month: z.string(),
  previousMonth: z.string(),
  lastYearMonth: z.string(),
  /** The month is not over yet: its figures are so far. */
  provisional: z.boolean(),
  sections: z.array(summarySection),
  commentary: summaryCommentary.nullable(),
});
export type MonthlySummary = z.infer<typeof monthlySummary>;

const summaryKey = { gridId: id, month };

export const statsContract = byName([
  query('dashboard.today', {
    access: 'dashboard.read',
    summary:
      'Today’s numbers of a scope: open, overdue and due-soon cases, this month’s intake, rates and visit coverage.',
    input: z.object(scopeInput).strict(),
    output: dashboardToday,
  }),
  query('dashboard.trends', {
    access: 'dashboard.read',
    summary:
      'Trend charts of a scope over 12 or 24 months: intake by category, the rates, 12345 by area, visit coverage by grid, party service hours.',
    input: z
      .object({
        ...scopeInput,
        endMonth: month,
        months: z.union([z.literal(trendMonthCounts[0]), z.literal(trendMonthCounts[1])]).default(12),
      })
      .strict(),
    output: dashboardTrends,
  }),
  query('summaries.month', {
    access: 'summaries.read',
    summary:
      'The monthly summary of a scope: every section of DOMAIN.md with month-on-month and year-on-year figures, a chart and a table each, and the commentary.',
    input: z.object(summaryKey).strict(),
    output: monthlySummary,
  }),
  mutation('summaries.saveCommentary', {
    access: 'summaries.write',
    summary: 'Save the manager’s commentary of a monthly summary; refused when someone else saved it first.',
    input: z.object({ ...summaryKey, text: z.string().trim().max(4000), version: version.nullable() }).strict(),
    output: summaryCommentary,
  }),
  mutation('exports.monthlySummary', {
    access: 'summaries.read',
    summary:
      'Write a monthly summary’s tables (one sheet per section, with the changes) and commentary to an .xlsx file.',
    input: z.object(summaryKey).strict(),
    output: download,
  }),
]);
