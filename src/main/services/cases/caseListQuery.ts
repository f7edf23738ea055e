// The one query behind every case list: caseFilters become conditions, a page is read newest first by keyset,
// and the total is counted up to a cap. The case list, my work and a resident's open cases all go through it.
import { and, eq, gte, inArray, isNull, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import { type SQLiteColumn, SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { CaseFilters, CaseRow } from '../../../shared/contract/cases';
import { dueSoonMs } from '../../../shared/domain/caseDeadlines';
import { caseNumberPattern, openCaseStatuses } from '../../../shared/domain/cases';
import { nextDate, startOfLocalDate } from '../../../shared/domain/dates';
import { prepared } from '../../db/prepared';
import { caseCategories, cases } from '../../db/schema/cases';
import type { Ctx } from '../context';
import { keysetPage } from '../paging';
import { gridSubtree, inGrids } from '../scope';
import { type CaseRowRecord, caseRowColumns, toCaseRows } from './caseRows';
import { caseVisibility } from './caseScope';

/** Counting stops here: beyond it the list says "more than 10,000". */
export const totalCap = 10_000;

const some = <T>(values: readonly T[] | undefined): values is readonly T[] => values !== undefined && values.length > 0;

/**
 * Open = still someone's work. The open statuses are few cases among many: the planner reads them through the
 * status in (…) term, alone or with the handler (cases_handler_idx), which is why that term stays indexable.
 */
const stillOpen = () =>
  and(isNull(cases.resolvedAt), ne(cases.status, 'voided'), inArray(cases.status, openCaseStatuses)) as SQL;

function categoryCondition(ctx: Ctx, categoryId: number, byPeriod: boolean): SQL {
  const category = prepared(ctx.db, 'cases.categoryParent', (db) =>
    db
      .select({ parentId: caseCategories.parentId })
      .from(caseCategories)
      .where(eq(caseCategories.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id: categoryId });
  const column = category?.parentId === null ? cases.topCategoryId : cases.categoryId;
  return eq(unindexed(column, byPeriod), categoryId);
}

/** Longest registration period that is read from cases_registered_idx ahead of the other filters' indexes. */
const shortPeriodDays = 92;

/**
 * A registration period of a quarter or less holds fewer cases than a top category, a community, a kind or a source
 * (at a district's pace some 20,000 a month), and cases_registered_idx carries all of those columns. Yet the planner,
 * led by the newest-first order, walks the category's index instead: closed + a community + a top category + a
 * quarter read 150,000 index entries for its count so (27 ms), the quarter's 60,000 from the period (11 ms). With such
 * a period those terms are written `+column`, which no index serves; a handler, a resident or a household still lead.
 */
function periodLeads(filters: CaseFilters): boolean {
  if (filters.registeredFrom === undefined || filters.registeredTo === undefined) return false;
  const days = (startOfLocalDate(filters.registeredTo) - startOfLocalDate(filters.registeredFrom)) / 86_400_000;
  return days >= 0 && days <= shortPeriodDays;
}

const unindexed = (column: SQLiteColumn, yes: boolean): SQL => (yes ? sql`+${column}` : sql`${column}`);

/** Trigram search needs three characters; shorter words are looked for by reading the cases. */
const trigram = 3;

/**
 * A case number finds that case; other words find a 12345 work-order number exactly, or the contact's name or the
 * description containing them (the trigram index of migration 0004 for three characters or more).
 */
export function textCondition(text: string): SQL | undefined {
  const words = text.normalize('NFKC').trim();
  if (words === '') return undefined;
  if (caseNumberPattern.test(words.toUpperCase())) return eq(cases.number, words.toUpperCase());
  // The trigram index takes no ESCAPE clause, so LIKE's own wildcards are dropped from the words.
  const pattern = `%${words.replace(/[%_]/g, '')}%`;
  const hotline = eq(cases.hotlineOrderNo, words);
  if ([...words].length >= trigram) {
    return sql`(${cases.id} in (select rowid from cases_search_fts where description like ${pattern}
      union all select rowid from cases_search_fts where contact_name like ${pattern}) or ${hotline})`;
  }
  return sql`(${cases.description} like ${pattern} or ${cases.contactName} like ${pattern} or ${hotline})`;
}

/** Filters some index leads with (each covering the others' columns), so a page can be read from it alone. */
const narrowingFilters = [
  'kind',
  'source',
  'categoryId',
  'gridId',
  'handlerUserId',
  'mine',
  'registeredFrom',
  'registeredTo',
  'resolvedFrom',
  'resolvedTo',
  'followedUpFrom',
  'followedUpTo',
  'residentId',
  'householdId',
] as const satisfies readonly (keyof CaseFilters)[];

/**
 * A status (most cases are closed) narrows little, yet its index also gives the newest-first order, so the
 * planner walks it and reads case after case to test the other filters: closed + a community + a category + a
 * quarter took 70 ms so, 5 ms from the category's covering index. With another filter the status term is written
 * `+status`, which no index serves; alone, it keeps its index.
 */
function statusCondition(filters: CaseFilters, statuses: NonNullable<CaseFilters['status']>): SQL {
  const narrowed = narrowingFilters.some((key) => filters[key] !== undefined && filters[key] !== false);
  return narrowed
    ? sql`+${cases.status} in (select value from json_each(${JSON.stringify(statuses)}))`
    : inArray(cases.status, statuses);
}

/** An instant on or after the first date's midnight and before the midnight after the last, in the centre's zone. */
function withinDates(column: SQLiteColumn, from: string | undefined, to: string | undefined): (SQL | undefined)[] {
  return [
    from === undefined ? undefined : gte(column, startOfLocalDate(from)),
    to === undefined ? undefined : lt(column, startOfLocalDate(nextDate(to))),
  ];
}

/** Every condition of the filters, and the actor's visibility. */
export function caseConditions(ctx: Ctx, filters: CaseFilters): SQL | undefined {
  const now = ctx.clock.now();
  const byPeriod = periodLeads(filters);
  const conditions: (SQL | undefined | null)[] = [
    caseVisibility(ctx),
    some(filters.status) ? statusCondition(filters, filters.status) : undefined,
    filters.open ? stillOpen() : undefined,
    some(filters.kind) ? inArray(unindexed(cases.kind, byPeriod), filters.kind) : undefined,
    some(filters.source) ? inArray(unindexed(cases.source, byPeriod), filters.source) : undefined,
    filters.categoryId === undefined ? undefined : categoryCondition(ctx, filters.categoryId, byPeriod),
    filters.gridId === undefined
      ? undefined
      : inGrids(unindexed(cases.gridId, byPeriod), gridSubtree(ctx, filters.gridId)),
    filters.handlerUserId === undefined ? undefined : eq(cases.handlerUserId, filters.handlerUserId),
    filters.mine ? eq(cases.handlerUserId, ctx.actor?.userId ?? 0) : undefined,
    ...withinDates(cases.registeredAt, filters.registeredFrom, filters.registeredTo),
    ...withinDates(cases.resolvedAt, filters.resolvedFrom, filters.resolvedTo),
    ...withinDates(cases.followedUpAt, filters.followedUpFrom, filters.followedUpTo),
    filters.excludeVoided ? ne(cases.status, 'voided') : undefined,
    filters.deadline === 'overdue' ? and(stillOpen(), lt(cases.resolveBy, now)) : undefined,
    filters.deadline === 'dueSoon'
      ? and(stillOpen(), gte(cases.resolveBy, now), lte(cases.resolveBy, now + dueSoonMs))
      : undefined,
    some(filters.supervision) ? inArray(cases.supervisionLevel, filters.supervision) : undefined,
    filters.extensionPending === undefined ? undefined : eq(cases.extensionPending, filters.extensionPending),
    filters.residentId === undefined ? undefined : eq(cases.residentId, filters.residentId),
    filters.householdId === undefined ? undefined : eq(cases.householdId, filters.householdId),
    filters.text === undefined ? undefined : textCondition(filters.text),
  ];
  return and(...conditions.filter((c): c is SQL => c !== undefined && c !== null));
}

export interface CasePage {
  rows: CaseRow[];
  nextCursor: number | null;
}

/** caseRowColumns as SQL over `c` (cases), each under its key. */
const rowColumns = Object.entries(caseRowColumns) as [keyof CaseRowRecord, SQLiteColumn][];
const rowColumnsSql = rowColumns.map(([key, column]) => `c."${column.name}" as "${key}"`).join(', ');
/** The columns whose stored value is not the value itself (a flag stored as 0 or 1). */
const mappedColumns = rowColumns.filter(([, column]) => column.dataType !== 'string' && column.dataType !== 'number');

/** A row as SQLite gives it, made a record in place: only the mapped columns change. */
function toRecord(row: Record<string, unknown>): CaseRowRecord & { residentName: string | null } {
  for (const [key, column] of mappedColumns) {
    const value = row[key];
    if (value !== null) row[key] = column.mapFromDriverValue(value);
  }
  return row as CaseRowRecord & { residentName: string | null };
}

/** Words shorter than a trigram are looked for by reading descriptions: counted no further than this. */
export const shortTextCountCap = 1_000;

function countCap(filters: CaseFilters): number {
  const words = filters.text?.normalize('NFKC').trim() ?? '';
  return words !== '' && [...words].length < trigram ? shortTextCountCap : totalCap;
}

/**
 * The conditions as SQL text and parameters, rendered once per call: a select of drizzle's query builder around them
 * costs 25 µs to build, as much as reading a page of a list by a case number.
 */
const dialect = new SQLiteSyncDialect();
type Matching = { sql: string; params: unknown[] };

function matchingOf(where: SQL | undefined): Matching {
  return where === undefined ? { sql: 'true', params: [] } : dialect.sqlToQuery(where);
}

/** `count(*)` of the matching cases, no further than one past the cap: the capped total. */
const countSql = (matching: Matching) => `select count(*) from (select 1 from "cases" where ${matching.sql} limit ?)`;

function cappedTotal(counted: number, cap: number) {
  return { total: Math.min(counted, cap), totalIsLowerBound: counted > cap };
}

/**
 * A page of matching cases, newest first; `cursor` is the last id of the page before. The page's ids are found
 * first, from an index alone where one carries the filtered columns, and only those cases are read, with their
 * residents' names: sorting ids matched in a filtered index costs little, reading every matching case to sort it
 * costs much. With `count`, the same statement counts the matching cases up to the cap. The conditions are built
 * by drizzle and rendered once (matchingOf), the statement around them by hand, so it is compiled once per shape
 * (db/statementCache.ts).
 */
function readPage(
  ctx: Ctx,
  filters: CaseFilters,
  page: { cursor?: number; limit: number },
  count: boolean,
): CasePage & { counted: number | null } {
  const matching = matchingOf(caseConditions(ctx, filters));
  const cap = countCap(filters);
  const after = page.cursor === undefined ? [] : [page.cursor];
  const rows = ctx.sqlite
    .prepare(
      `with page(id) as (select "cases"."id" from "cases" where ${matching.sql}${after.length > 0 ? ' and "cases"."id" < ?' : ''}
                          order by "cases"."id" desc limit ?)
       select ${rowColumnsSql}, r.name as residentName${count ? `, (${countSql(matching)}) as counted` : ''}
         from page cross join cases c on c.id = page.id left join residents r on r.id = c.resident_id
        order by c.id desc`,
    )
    .all(...matching.params, ...after, page.limit + 1, ...(count ? [...matching.params, cap + 1] : [])) as Record<
    string,
    unknown
  >[];
  const { page: shown, nextCursor } = keysetPage(rows.map(toRecord), page.limit, (r) => r.id);
  const names = new Map(
    shown.flatMap((r) => (r.residentId === null || r.residentName === null ? [] : [[r.residentId, r.residentName]])),
  );
  // An empty page has no row to carry the count: a page past the end still counts the whole list.
  const counted = !count ? null : rows.length > 0 ? Number(rows[0]?.counted) : countOf(ctx, matching, cap);
  return { rows: toCaseRows(ctx, shown, names), nextCursor, counted };
}

function countOf(ctx: Ctx, matching: Matching, cap: number): number {
  return ctx.sqlite
    .prepare(countSql(matching))
    .pluck()
    .get(...matching.params, cap + 1) as number;
}

export function casePage(ctx: Ctx, filters: CaseFilters, page: { cursor?: number; limit: number }): CasePage {
  const { rows, nextCursor } = readPage(ctx, filters, page, false);
  return { rows, nextCursor };
}

/** How many cases match, counted no further than the cap. */
export function caseCount(ctx: Ctx, filters: CaseFilters): { total: number; totalIsLowerBound: boolean } {
  const cap = countCap(filters);
  return cappedTotal(countOf(ctx, matchingOf(caseConditions(ctx, filters)), cap), cap);
}

/** The page and the total: what the case list and each bucket of my work show. */
export function listCases(ctx: Ctx, filters: CaseFilters, page: { cursor?: number; limit: number }) {
  const { rows, nextCursor, counted } = readPage(ctx, filters, page, true);
  return { rows, nextCursor, ...cappedTotal(counted ?? 0, countCap(filters)) };
}
