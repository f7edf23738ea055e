// The two-level category tree and its deadlines (DOMAIN.md "Categories", "Deadlines"): seeded once from
// DOMAIN.md's lists, then edited by staff; each category's limits are its own, else its parent's, else the defaults.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { CategoryRow } from '../../../shared/contract/cases';
import { AppError } from '../../../shared/contract/errors';
import type { DeadlineLimits } from '../../../shared/domain/caseDeadlines';
import { defaultDeadlines, seedCategories } from '../../../shared/domain/cases';
import type { AppDb } from '../../db/open';
import { caseCategories } from '../../db/schema';
import type { Ctx, Handlers } from '../context';
import { requireCurrentVersion } from '../households';
import { invalidField } from './caseIssues';

export type CategoryRecord = typeof caseCategories.$inferSelect;
type OwnLimits = Pick<CategoryRecord, 'acceptWorkingDays' | 'resolveDays' | 'urgentResolveDays'>;

/** Fills in the tree of DOMAIN.md on a database that has no categories yet (every new database, demo or not). */
export function seedCaseCategories(db: AppDb, now: number): void {
  const present = db.select({ n: sql<number>`count(*)` }).from(caseCategories).get()?.n ?? 0;
  if (present > 0) return;
  db.transaction((tx) => {
    seedCategories.forEach((top, i) => {
      const parent = tx
        .insert(caseCategories)
        .values({ name: top.name, nameEn: top.nameEn, sortOrder: i + 1, createdAt: now, updatedAt: now })
        .returning({ id: caseCategories.id })
        .get();
      tx.insert(caseCategories)
        .values(
          top.children.map((child, j) => ({
            parentId: parent.id,
            name: child.name,
            nameEn: child.nameEn,
            sortOrder: j + 1,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .run();
    });
  });
}

/** Each limit from the category itself, else from its parent, else DOMAIN.md's default. */
export function effectiveLimits(own: OwnLimits, parent: OwnLimits | null): DeadlineLimits {
  return {
    acceptWorkingDays: own.acceptWorkingDays ?? parent?.acceptWorkingDays ?? defaultDeadlines.acceptWorkingDays,
    resolveDays: own.resolveDays ?? parent?.resolveDays ?? defaultDeadlines.resolveDays,
    urgentResolveDays: own.urgentResolveDays ?? parent?.urgentResolveDays ?? defaultDeadlines.urgentResolveDays,
  };
}

function findCategory(ctx: Ctx, id: number): CategoryRecord | undefined {
  return ctx.db.select().from(caseCategories).where(eq(caseCategories.id, id)).get();
}

function parentOf(ctx: Ctx, category: CategoryRecord): CategoryRecord | null {
  return category.parentId === null ? null : (findCategory(ctx, category.parentId) ?? null);
}

function activeChildCount(ctx: Ctx, id: number): number {
  return (
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(caseCategories)
      .where(and(eq(caseCategories.parentId, id), isNull(caseCategories.archivedAt)))
      .get()?.n ?? 0
  );
}

/** A category's deadlines as they apply now (an archived one still dates the cases filed under it). */
export function categoryLimits(ctx: Ctx, id: number): DeadlineLimits {
  const category = findCategory(ctx, id);
  if (!category) return { ...defaultDeadlines };
  return effectiveLimits(category, parentOf(ctx, category));
}

/**
 * The category a case is filed under: active, and a sub-category or a top category without active sub-categories.
 * Answers its top category and its deadlines; otherwise VALIDATION on `categoryId`.
 */
export function usableCategory(ctx: Ctx, id: number): { id: number; topId: number; limits: DeadlineLimits } {
  const category = findCategory(ctx, id);
  const parent = category ? parentOf(ctx, category) : null;
  const usable =
    category !== undefined &&
    category.archivedAt === null &&
    (parent === null ? activeChildCount(ctx, category.id) === 0 : parent.archivedAt === null);
  if (!category || !usable) {
    throw invalidField(ctx, 'categoryId', 'caseCategoryNotUsable', `Category ${id} cannot take cases.`);
  }
  return { id: category.id, topId: parent?.id ?? category.id, limits: effectiveLimits(category, parent) };
}

function toRow(category: CategoryRecord, parent: CategoryRecord | null): CategoryRow {
  return {
    id: category.id,
    parentId: category.parentId,
    name: category.name,
    nameEn: category.nameEn,
    sortOrder: category.sortOrder,
    acceptWorkingDays: category.acceptWorkingDays,
    resolveDays: category.resolveDays,
    urgentResolveDays: category.urgentResolveDays,
    effective: effectiveLimits(category, parent),
    archived: category.archivedAt !== null,
    version: category.version,
  };
}

function rowOf(ctx: Ctx, category: CategoryRecord): CategoryRow {
  return toRow(category, parentOf(ctx, category));
}

function requireNameFree(ctx: Ctx, parentId: number | null, name: string, exceptId?: number): void {
  const clash = ctx.db
    .select({ id: caseCategories.id })
    .from(caseCategories)
    .where(
      and(
        parentId === null ? isNull(caseCategories.parentId) : eq(caseCategories.parentId, parentId),
        eq(caseCategories.name, name),
        isNull(caseCategories.archivedAt),
      ),
    )
    .get();
  if (clash && clash.id !== exceptId) {
    throw invalidField(ctx, 'name', 'categoryNameTaken', `A category named ${name} already exists there.`, { name });
  }
}

function notFound(id: number): AppError {
  return new AppError('NOT_FOUND', `No case category with id ${id}.`, { reason: 'categoryNotFound' });
}

export const caseCategoryHandlers: Handlers<'cases.categoryTree' | 'cases.createCategory' | 'cases.updateCategory'> = {
  'cases.categoryTree': (ctx, input) => {
    const all = ctx.db
      .select()
      .from(caseCategories)
      .where(input.includeArchived ? undefined : isNull(caseCategories.archivedAt))
      .orderBy(asc(caseCategories.sortOrder), asc(caseCategories.id))
      .all();
    const rows: CategoryRow[] = [];
    for (const top of all.filter((c) => c.parentId === null)) {
      rows.push(toRow(top, null));
      for (const child of all.filter((c) => c.parentId === top.id)) rows.push(toRow(child, top));
    }
    return { rows };
  },

  'cases.createCategory': (ctx, input) => {
    const parentId = input.parentId ?? null;
    if (parentId !== null) {
      const parent = findCategory(ctx, parentId);
      if (!parent || parent.parentId !== null || parent.archivedAt !== null) {
        throw invalidField(ctx, 'parentId', 'categoryOnlyTwoLevels', 'A sub-category hangs from a top category.');
      }
    }
    requireNameFree(ctx, parentId, input.name);
    const lastSort =
      ctx.db
        .select({ n: sql<number>`max(${caseCategories.sortOrder})` })
        .from(caseCategories)
        .where(parentId === null ? isNull(caseCategories.parentId) : eq(caseCategories.parentId, parentId))
        .get()?.n ?? 0;
    const now = ctx.clock.now();
    const category = ctx.db
      .insert(caseCategories)
      .values({
        parentId,
        name: input.name,
        nameEn: input.nameEn || null,
        sortOrder: lastSort + 1,
        acceptWorkingDays: input.acceptWorkingDays,
        resolveDays: input.resolveDays,
        urgentResolveDays: input.urgentResolveDays,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    const row = rowOf(ctx, category);
    ctx.audit.record({ entity: 'case_categories', entityId: category.id, after: row });
    return row;
  },

  'cases.updateCategory': (ctx, input) => {
    const before = findCategory(ctx, input.id);
    if (!before) throw notFound(input.id);
    requireCurrentVersion(before, input.version);
    const parent = parentOf(ctx, before);
    const wasArchived = before.archivedAt !== null;
    if (input.archived && !wasArchived && parent === null) {
      const children = activeChildCount(ctx, before.id);
      if (children > 0) {
        throw new AppError('CONFLICT', `Archive the ${children} sub-categories of ${before.name} first.`, {
          reason: 'categoryHasChildren',
          params: { name: before.name, count: children },
        });
      }
    }
    if (!input.archived && wasArchived && parent?.archivedAt != null) {
      throw new AppError('CONFLICT', `Restore the top category ${parent.name} first.`, {
        reason: 'categoryParentArchived',
        params: { name: parent.name },
      });
    }
    if (!input.archived) requireNameFree(ctx, before.parentId, input.name, before.id);
    const now = ctx.clock.now();
    const after = ctx.db
      .update(caseCategories)
      .set({
        name: input.name,
        nameEn: input.nameEn || null,
        acceptWorkingDays: input.acceptWorkingDays,
        resolveDays: input.resolveDays,
        urgentResolveDays: input.urgentResolveDays,
        archivedAt: input.archived ? (before.archivedAt ?? now) : null,
        updatedAt: now,
        version: before.version + 1,
      })
      .where(eq(caseCategories.id, before.id))
      .returning()
      .get();
    const row = toRow(after, parent);
    ctx.audit.record({ entity: 'case_categories', entityId: after.id, before: toRow(before, parent), after: row });
    return row;
  },
};
