// What a case is about and where: its category and the resident, household, grid and address it is linked to.
// cases.create and cases.update share these rules: the household decides the grid and the address.
import { eq } from 'drizzle-orm';
import type { DeadlineLimits } from '../../../shared/domain/caseDeadlines';
import type { CaseKind, CaseSource, CaseUrgency } from '../../../shared/domain/cases';
import { grids, households, residents } from '../../db/schema';
import type { Ctx } from '../context';
import { invalidField } from './caseIssues';
import { categoryLimits, usableCategory } from './categories';

/** The details a case is registered with and later corrected (the contract's caseDetails, parsed). */
export interface CaseDetailsInput {
  kind: CaseKind;
  source: CaseSource;
  categoryId: number;
  urgency: CaseUrgency;
  description: string;
  residentId?: number;
  householdId?: number;
  gridId?: number;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  hotlineOrderNo?: string;
  hotlineDeadline?: number;
}

function householdOf(ctx: Ctx, id: number) {
  return ctx.db
    .select({ id: households.id, gridId: households.gridId, address: households.address })
    .from(households)
    .where(eq(households.id, id))
    .get();
}

/** Resident, household, grid and address: the household's when one is linked, else the grid the desk chose. */
function placeOf(ctx: Ctx, input: CaseDetailsInput) {
  let contact: { name: string; phone: string | null } | null = null;
  let householdId = input.householdId;
  if (input.residentId !== undefined) {
    const resident = ctx.db
      .select({ householdId: residents.householdId, name: residents.name, phone: residents.phone })
      .from(residents)
      .where(eq(residents.id, input.residentId))
      .get();
    if (!resident) {
      throw invalidField(ctx, 'residentId', 'caseResidentUnknown', `No resident with id ${input.residentId}.`);
    }
    if (householdId !== undefined && householdId !== resident.householdId) {
      throw invalidField(ctx, 'householdId', 'caseHouseholdNotResidents', 'The resident lives in another household.');
    }
    householdId = resident.householdId;
    contact = { name: resident.name, phone: resident.phone };
  }
  if (householdId !== undefined) {
    const household = householdOf(ctx, householdId);
    if (!household) throw invalidField(ctx, 'householdId', 'caseHouseholdUnknown', `No household ${householdId}.`);
    return {
      place: {
        residentId: input.residentId ?? null,
        householdId: household.id,
        gridId: household.gridId,
        address: household.address,
      },
      contact,
    };
  }
  if (input.gridId === undefined) {
    throw invalidField(ctx, 'gridId', 'caseGridRequired', 'A case without a household needs a grid.');
  }
  const grid = ctx.db
    .select({ id: grids.id, archivedAt: grids.archivedAt })
    .from(grids)
    .where(eq(grids.id, input.gridId))
    .get();
  if (!grid || grid.archivedAt !== null) {
    throw invalidField(ctx, 'gridId', 'caseGridNotActive', `Grid ${input.gridId} is not an active grid.`);
  }
  return {
    place: { residentId: null, householdId: null, gridId: grid.id, address: input.address || null },
    contact,
  };
}

/** The stored columns of a case's details, and the deadlines of its category. */
export function caseParticulars(
  ctx: Ctx,
  input: CaseDetailsInput,
  current?: Pick<CaseColumns, 'categoryId' | 'topCategoryId'>,
): { columns: CaseColumns; limits: DeadlineLimits } {
  // A correction may keep the category the case already has, even one archived since.
  const category =
    current?.categoryId === input.categoryId
      ? { id: current.categoryId, topId: current.topCategoryId, limits: categoryLimits(ctx, current.categoryId) }
      : usableCategory(ctx, input.categoryId);
  const { place, contact } = placeOf(ctx, input);
  const hotline = input.source === 'hotline';
  return {
    columns: {
      kind: input.kind,
      source: input.source,
      urgency: input.urgency,
      categoryId: category.id,
      topCategoryId: category.topId,
      description: input.description,
      ...place,
      contactName: input.contactName || contact?.name || null,
      contactPhone: input.contactPhone || contact?.phone || null,
      // A work-order number and deadline belong to 12345 cases only.
      hotlineOrderNo: hotline ? (input.hotlineOrderNo ?? null) : null,
      hotlineDeadline: hotline ? (input.hotlineDeadline ?? null) : null,
    },
    limits: category.limits,
  };
}

export interface CaseColumns {
  kind: CaseKind;
  source: CaseSource;
  urgency: CaseUrgency;
  categoryId: number;
  topCategoryId: number;
  description: string;
  residentId: number | null;
  householdId: number | null;
  gridId: number;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  hotlineOrderNo: string | null;
  hotlineDeadline: number | null;
}

/** The detail fields whose values differ, for an edit's timeline entry. */
export function changedFields(before: CaseColumns, after: CaseColumns): string[] {
  return (Object.keys(after) as (keyof CaseColumns)[]).filter(
    (key) => key !== 'topCategoryId' && before[key] !== after[key],
  );
}
