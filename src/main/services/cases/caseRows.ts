// One row of every case list (the list, my work, a resident's open cases): the columns it reads and how a stored
// case becomes a caseRow, with its category path in the caller's language, grid path and deadline state.
import { inArray } from 'drizzle-orm';
import type { CaseRow } from '../../../shared/contract/cases';
import { deadlineState } from '../../../shared/domain/caseDeadlines';
import { caseCategories, cases } from '../../db/schema/cases';
import type { Ctx } from '../context';
import { cachedReference } from '../referenceCache';
import { gridPaths } from '../scope';

const summaryLength = 120;

/** The columns a row needs; every list selects exactly these. */
export const caseRowColumns = {
  id: cases.id,
  number: cases.number,
  kind: cases.kind,
  source: cases.source,
  status: cases.status,
  urgency: cases.urgency,
  categoryId: cases.categoryId,
  description: cases.description,
  gridId: cases.gridId,
  address: cases.address,
  residentId: cases.residentId,
  handlerName: cases.handlerName,
  hotlineOrderNo: cases.hotlineOrderNo,
  registeredAt: cases.registeredAt,
  resolveBy: cases.resolveBy,
  resolvedAt: cases.resolvedAt,
  supervisionLevel: cases.supervisionLevel,
  extensionPending: cases.extensionPending,
};

export type CaseRowRecord = {
  [K in keyof typeof caseRowColumns]: (typeof cases.$inferSelect)[K];
};

/** A category's name in the caller's language: its English name where it has one. */
const categoryName = (ctx: Ctx, row: { name: string; nameEn: string | null }) =>
  ctx.lang === 'en' && row.nameEn ? row.nameEn : row.name;

/**
 * 环境卫生 / 噪声扰民 for every category, in the caller's language: the tree is small, so it is read whole, once,
 * and kept until a category changes.
 */
export function categoryPaths(ctx: Ctx): ReadonlyMap<number, string> {
  return cachedReference(ctx.sqlite, 'case_categories', `categoryPaths:${ctx.lang}`, () => readCategoryPaths(ctx));
}

function readCategoryPaths(ctx: Ctx): Map<number, string> {
  const rows = ctx.db
    .select({
      id: caseCategories.id,
      parentId: caseCategories.parentId,
      name: caseCategories.name,
      nameEn: caseCategories.nameEn,
    })
    .from(caseCategories)
    .all();
  const nameOf = (row: (typeof rows)[number]) => categoryName(ctx, row);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const paths = new Map<number, string>();
  for (const row of rows) {
    const parent = row.parentId === null ? undefined : byId.get(row.parentId);
    paths.set(row.id, parent ? `${nameOf(parent)} / ${nameOf(row)}` : nameOf(row));
  }
  return paths;
}

/** The names of some categories (a chart's top categories) in the caller's language. */
export function categoryNames(ctx: Ctx, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = ctx.db
    .select({ id: caseCategories.id, name: caseCategories.name, nameEn: caseCategories.nameEn })
    .from(caseCategories)
    .where(inArray(caseCategories.id, [...ids]))
    .all();
  return new Map(rows.map((row) => [row.id, categoryName(ctx, row)]));
}

/** Names of the residents a page of cases links, in one query. */
export function residentNames(ctx: Ctx, residentIds: Iterable<number | null>): Map<number, string> {
  const ids = [...new Set([...residentIds].filter((id): id is number => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = ctx.sqlite
    .prepare('select id, name from residents where id in (select value from json_each(?))')
    .all(JSON.stringify(ids)) as { id: number; name: string }[];
  return new Map(rows.map((row) => [row.id, row.name]));
}

export function summaryOf(description: string): string {
  // Never more characters than UTF-16 units: a short description is its own summary, without splitting it up.
  if (description.length <= summaryLength) return description;
  return [...description].slice(0, summaryLength).join('');
}

/** Stored cases as list rows, in the order given; the residents' names are read unless the caller has them. */
export function toCaseRows(
  ctx: Ctx,
  records: readonly CaseRowRecord[],
  names: ReadonlyMap<number, string> = residentNames(
    ctx,
    records.map((r) => r.residentId),
  ),
): CaseRow[] {
  if (records.length === 0) return [];
  const categories = categoryPaths(ctx);
  const now = ctx.clock.now();
  const paths = gridPaths(
    ctx,
    records.map((r) => r.gridId),
  );
  return records.map((r) => ({
    id: r.id,
    number: r.number,
    kind: r.kind,
    source: r.source,
    status: r.status,
    urgency: r.urgency,
    categoryId: r.categoryId,
    categoryPath: categories.get(r.categoryId) ?? '',
    summary: summaryOf(r.description),
    gridId: r.gridId,
    gridPath: paths.get(r.gridId) ?? '',
    address: r.address,
    residentName: r.residentId === null ? null : (names.get(r.residentId) ?? null),
    handlerName: r.handlerName,
    hotlineOrderNo: r.hotlineOrderNo,
    registeredAt: r.registeredAt,
    resolveBy: r.resolveBy,
    resolvedAt: r.resolvedAt,
    // A voided case is no one's work: it has no deadline to miss.
    deadlineState: r.status === 'voided' ? 'onTime' : deadlineState(r.resolveBy, r.resolvedAt, now),
    supervisionLevel: r.supervisionLevel,
    extensionPending: r.extensionPending,
  }));
}
