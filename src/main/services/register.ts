// The shared register API: the one implementation of the register's rules (addresses, ID numbers, duplicates,
// pinyin, audit). households.create, residents.create/update and the importer (imports.commit) all use it.
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { pinyin } from 'pinyin-pro';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../shared/contract/errors';
import type { rental } from '../../shared/contract/households';
import { localDate } from '../../shared/domain/dates';
import { idNumberFacts, idNumberProblem, normaliseIdNumber } from '../../shared/domain/idNumber';
import { maskIdNumber } from '../../shared/domain/masking';
import { isPhoneNumber } from '../../shared/domain/phone';
import {
  type Gender,
  type HouseUse,
  isAttentionTag,
  type PoliticalStatus,
  type RelationToHead,
  type ResidenceStatus,
  type ResidenceType,
  type ResidentTag,
  type RiskLevel,
} from '../../shared/domain/residents';
import { roleHasPermission } from '../../shared/domain/roles';
import { type ValidationKey, validationMessage } from '../../shared/i18n/validation';
import { insertRow } from '../db/insertRow';
import { placeholders, prepared } from '../db/prepared';
import { grids, households, residents, residentTagsTable } from '../db/schema';
import { addressKeyOf, formatAddress } from './addresses';
import type { Ctx } from './context';
import { requireGridInScope } from './scope';

export type HouseholdRecord = typeof households.$inferSelect;
export type ResidentRecord = typeof residents.$inferSelect;
export type RentalInput = z.output<typeof rental>;
export interface TagInput {
  tag: ResidentTag;
  riskLevel?: RiskLevel | null;
}

// ── Addresses ────────────────────────────────────────────────────────────────────────────────────────────

export { addressKeyOf, addressKeyPrefixOf, formatAddress } from './addresses';

export function findHouseholdByAddress(ctx: Ctx, key: string): HouseholdRecord | undefined {
  return prepared(ctx.db, 'register.householdByAddress', (db) =>
    db
      .select()
      .from(households)
      .where(and(eq(households.addressKey, sql.placeholder('key')), isNull(households.archivedAt)))
      .prepare(),
  ).get({ key });
}

// ── Households ───────────────────────────────────────────────────────────────────────────────────────────

export interface NewHousehold {
  gridId: number;
  estate: string;
  building: string;
  unit: string | null;
  room: string;
  houseUse: HouseUse;
  rental: RentalInput | null;
}

function issue(ctx: Ctx, path: string, key: ValidationKey, params?: Record<string, string | number>): FieldIssue {
  return {
    path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    message: validationMessage(ctx.lang, key, params),
  };
}

/** Households live on active micro-grids only, within the actor's grids. */
export function requireMicroGrid(ctx: Ctx, gridId: number): void {
  const grid = prepared(ctx.db, 'register.gridLevel', (db) =>
    db
      .select({ level: grids.level, archivedAt: grids.archivedAt })
      .from(grids)
      .where(eq(grids.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id: gridId });
  if (!grid || grid.archivedAt !== null || grid.level !== 'micro_grid') {
    throw new AppError('VALIDATION', 'A household belongs to an active micro-grid.', {
      reason: 'householdNeedsMicroGrid',
      issues: [issue(ctx, 'gridId', 'householdNeedsMicroGrid')],
    });
  }
  requireGridInScope(ctx, gridId);
}

export function requireAddressFree(ctx: Ctx, key: string, exceptHouseholdId?: number): void {
  const taken = findHouseholdByAddress(ctx, key);
  if (taken && taken.id !== exceptHouseholdId) {
    const params = { householdId: taken.id, address: taken.address };
    throw new AppError('CONFLICT', `${taken.address} is already a household on the register.`, {
      reason: 'householdAddressTaken',
      params,
      issues: [issue(ctx, 'room', 'householdAddressTaken', params)],
    });
  }
}

/** The address and rental columns of a household; rental details are kept for rented houses only. */
export function householdColumns(input: NewHousehold) {
  const lease = input.houseUse === 'rented' ? input.rental : null;
  return {
    gridId: input.gridId,
    estate: input.estate.trim(),
    building: input.building.trim(),
    unit: input.unit?.trim() || null,
    room: input.room.trim(),
    addressKey: addressKeyOf(input.estate, input.building, input.unit, input.room),
    address: formatAddress(input),
    houseUse: input.houseUse,
    landlordName: lease?.landlordName ?? null,
    landlordPhone: lease?.landlordPhone ?? null,
    tenantCount: lease?.tenantCount ?? null,
    leaseStart: lease?.leaseStart ?? null,
    leaseEnd: lease?.leaseEnd ?? null,
    pledgeSigned: lease ? lease.pledgeSigned : null,
  };
}

/** What the audit log keeps of a household. */
export function householdAuditView(h: HouseholdRecord) {
  // Written out rather than copied less some keys, as residentAuditView is: an import makes one per household.
  return {
    id: h.id,
    gridId: h.gridId,
    estate: h.estate,
    building: h.building,
    unit: h.unit,
    room: h.room,
    address: h.address,
    houseUse: h.houseUse,
    landlordName: h.landlordName,
    landlordPhone: h.landlordPhone,
    tenantCount: h.tenantCount,
    leaseStart: h.leaseStart,
    leaseEnd: h.leaseEnd,
    pledgeSigned: h.pledgeSigned,
    version: h.version,
    archivedAt: h.archivedAt,
  } satisfies Record<Exclude<keyof HouseholdRecord, 'addressKey' | 'createdAt' | 'updatedAt'>, unknown>;
}

export function insertHousehold(ctx: Ctx, input: NewHousehold): HouseholdRecord {
  requireMicroGrid(ctx, input.gridId);
  const columns = householdColumns(input);
  requireAddressFree(ctx, columns.addressKey);
  return writeHousehold(ctx, columns);
}

/**
 * A household the caller has already checked in this transaction (an import's rows, by transfer/rowChecks: an active
 * micro-grid within the actor's grids, an address not on the register), written with its audit row.
 */
export function insertCheckedHousehold(ctx: Ctx, input: NewHousehold): HouseholdRecord {
  return writeHousehold(ctx, householdColumns(input));
}

function writeHousehold(ctx: Ctx, columns: ReturnType<typeof householdColumns>): HouseholdRecord {
  const now = ctx.clock.now();
  const record = insertRow(ctx.sqlite, households, { ...columns, createdAt: now, updatedAt: now });
  ctx.audit.record({ entity: 'households', entityId: record.id, after: householdAuditView(record) });
  return record;
}

// ── Residents ────────────────────────────────────────────────────────────────────────────────────────────

export interface NewResident {
  householdId: number;
  name: string;
  idNumber?: string | null;
  gender?: Gender | null;
  birthDate?: string | null;
  phone?: string | null;
  ethnicity: string;
  relationToHead: RelationToHead;
  residenceType: ResidenceType;
  residenceStatus: ResidenceStatus;
  politicalStatus: PoliticalStatus;
  tags: TagInput[];
  note?: string | null;
}

export interface ResidentProblem {
  /** Dotted path into the input: `idNumber`, `tags.2.riskLevel`. */
  path: string;
  key: ValidationKey;
  params?: Record<string, string | number>;
}

const idProblemKeys = {
  format: 'idNumberFormat',
  birthDate: 'idNumberBirthDate',
  checkDigit: 'idNumberCheckDigit',
} as const satisfies Record<string, ValidationKey>;

/** Everything wrong with a resident's details, in input order; empty when the resident may be saved. */
export function residentProblems(
  ctx: Ctx,
  input: NewResident,
  options: { exceptResidentId?: number } = {},
): ResidentProblem[] {
  const problems: ResidentProblem[] = [];
  const today = localDate(ctx.clock.now());
  if (!input.name.trim()) problems.push({ path: 'name', key: 'required' });
  if (input.idNumber) {
    const idNumber = normaliseIdNumber(input.idNumber);
    const problem = idNumberProblem(idNumber, today);
    if (problem) {
      problems.push({ path: 'idNumber', key: idProblemKeys[problem] });
    } else {
      const facts = idNumberFacts(idNumber);
      if (input.gender && input.gender !== facts.gender)
        problems.push({ path: 'gender', key: 'disagreesWithIdNumber' });
      if (input.birthDate && input.birthDate !== facts.birthDate) {
        problems.push({ path: 'birthDate', key: 'disagreesWithIdNumber' });
      }
      const holder = prepared(ctx.db, 'register.idNumberHolder', (db) =>
        db
          .select({ id: residents.id, name: residents.name, householdId: residents.householdId })
          .from(residents)
          .where(and(eq(residents.idNumber, sql.placeholder('idNumber')), ne(residents.id, sql.placeholder('except'))))
          .prepare(),
      ).get({ idNumber, except: options.exceptResidentId ?? 0 });
      if (holder) {
        problems.push({
          path: 'idNumber',
          key: 'idNumberTaken',
          params: { name: holder.name, residentId: holder.id, householdId: holder.householdId },
        });
      }
    }
  } else {
    if (!input.gender) problems.push({ path: 'gender', key: 'genderAndBirthDateNeeded' });
    if (!input.birthDate) problems.push({ path: 'birthDate', key: 'genderAndBirthDateNeeded' });
    else if (input.birthDate > today || input.birthDate < '1900-01-01') {
      problems.push({ path: 'birthDate', key: 'birthDateRange' });
    }
  }
  if (input.phone && !isPhoneNumber(input.phone)) problems.push({ path: 'phone', key: 'phone' });
  const seesAttention = maySeeAttentionTags(ctx);
  input.tags.forEach((tag, i) => {
    if (isAttentionTag(tag.tag) && !seesAttention)
      problems.push({ path: `tags.${i}.tag`, key: 'attentionTagNotAllowed' });
    if (tag.riskLevel && tag.tag !== 'severe_mental_disorder') {
      problems.push({ path: `tags.${i}.riskLevel`, key: 'riskLevelOnlyForMentalDisorder' });
    }
  });
  return problems;
}

/** The error a call answers with when a resident has problems: CONFLICT for a duplicate ID number, else VALIDATION. */
export function residentProblemsError(ctx: Ctx, problems: ResidentProblem[]): AppError {
  const issues = problems.map((p) => issue(ctx, p.path, p.key, p.params));
  const taken = problems.find((p) => p.key === 'idNumberTaken');
  if (taken) {
    return new AppError('CONFLICT', `This ID number is already registered to ${taken.params?.name}.`, {
      reason: 'idNumberTaken',
      params: taken.params,
      issues,
    });
  }
  return new AppError('VALIDATION', issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), {
    reason: 'invalidInput',
    issues,
  });
}

export function maySeeAttentionTags(ctx: Ctx): boolean {
  return ctx.actor !== null && roleHasPermission(ctx.actor.role, 'residents.attention');
}

/** Names repeat across a register; an import asks for the same few thousand again and again. */
const pinyinCache = new Map<string, { pinyin: string; initials: string }>();
const pinyinCacheSize = 20_000;

/** Full pinyin without tones (zhangsan) and initials (zs), lower-case, for search while typing. */
export function pinyinOf(name: string): { pinyin: string; initials: string } {
  const cached = pinyinCache.get(name);
  if (cached) return cached;
  const letters = (parts: string[]) =>
    parts
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  // One reading of the name: each syllable's first letter is its initial (pinyin-pro's `pattern: 'first'` gave the
  // same initials for all of a district's 200,000 names, at twice the cost of a name not seen before).
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
  const spelled = {
    pinyin: letters(syllables),
    initials: letters(syllables.map((syllable) => syllable.charAt(0))),
  };
  if (pinyinCache.size >= pinyinCacheSize) pinyinCache.clear();
  pinyinCache.set(name, spelled);
  return spelled;
}

/** The stored columns of a resident's details: birth date and gender come from the ID number when there is one. */
export function residentColumns(input: NewResident) {
  const idNumber = input.idNumber ? normaliseIdNumber(input.idNumber) : null;
  const facts = idNumber ? idNumberFacts(idNumber) : null;
  const name = input.name.trim();
  const spelled = pinyinOf(name);
  return {
    householdId: input.householdId,
    name,
    idNumber,
    gender: facts?.gender ?? input.gender ?? null,
    birthDate: facts?.birthDate ?? input.birthDate ?? null,
    phone: input.phone || null,
    ethnicity: input.ethnicity,
    relationToHead: input.relationToHead,
    residenceType: input.residenceType,
    residenceStatus: input.residenceStatus,
    politicalStatus: input.politicalStatus,
    note: input.note || null,
    pinyin: spelled.pinyin,
    initials: spelled.initials,
  };
}

export interface StoredTag {
  tag: ResidentTag;
  riskLevel: RiskLevel | null;
}

/** Replaces a resident's tags; a tag listed twice is kept once, with the last risk level given. */
export function writeTags(ctx: Ctx, residentId: number, tags: readonly TagInput[]): StoredTag[] {
  prepared(ctx.db, 'register.deleteTags', (db) =>
    db
      .delete(residentTagsTable)
      .where(eq(residentTagsTable.residentId, sql.placeholder('residentId')))
      .prepare(),
  ).run({ residentId });
  return addTags(ctx, residentId, tags);
}

/** Adds tags to a resident who has none of them yet; a tag listed twice is kept once, with the last risk level. */
function addTags(ctx: Ctx, residentId: number, tags: readonly TagInput[]): StoredTag[] {
  if (tags.length === 0) return [];
  const byTag = new Map<ResidentTag, StoredTag>();
  for (const t of tags) byTag.set(t.tag, { tag: t.tag, riskLevel: t.riskLevel ?? null });
  const stored = [...byTag.values()];
  const insert = prepared(ctx.db, 'register.insertTag', (db) =>
    db
      .insert(residentTagsTable)
      .values(placeholders(['residentId', 'tag', 'riskLevel']))
      .prepare(),
  );
  for (const t of stored) insert.run({ residentId, ...t });
  return stored;
}

/** What the audit log keeps of a resident: the ID number masked, never whole. */
export function residentAuditView(r: ResidentRecord, tags: readonly StoredTag[]) {
  // Written out rather than copied less some keys: an import makes 100,000 of these, and the copy took 6 µs each;
  // `satisfies` fails the build when a column is added and not named here.
  return {
    id: r.id,
    householdId: r.householdId,
    name: r.name,
    gender: r.gender,
    birthDate: r.birthDate,
    phone: r.phone,
    ethnicity: r.ethnicity,
    relationToHead: r.relationToHead,
    residenceType: r.residenceType,
    residenceStatus: r.residenceStatus,
    politicalStatus: r.politicalStatus,
    lifeStatus: r.lifeStatus,
    lifeStatusDate: r.lifeStatusDate,
    note: r.note,
    version: r.version,
    maskedIdNumber: r.idNumber ? maskIdNumber(r.idNumber) : null,
    tags,
  } satisfies Record<
    Exclude<keyof ResidentRecord, 'idNumber' | 'pinyin' | 'initials' | 'createdAt' | 'updatedAt'>,
    unknown
  > & { maskedIdNumber: string | null; tags: readonly StoredTag[] };
}

/** The household a resident joins: on the register and within the actor's grids. */
export function findHouseholdForChange(ctx: Ctx, householdId: number): HouseholdRecord {
  const household = prepared(ctx.db, 'register.activeHousehold', (db) =>
    db
      .select()
      .from(households)
      .where(and(eq(households.id, sql.placeholder('id')), isNull(households.archivedAt)))
      .prepare(),
  ).get({ id: householdId });
  if (!household) {
    throw new AppError('NOT_FOUND', `No household with id ${householdId}.`, { reason: 'householdNotFound' });
  }
  requireGridInScope(ctx, household.gridId);
  return household;
}

export function insertResident(ctx: Ctx, input: NewResident): ResidentRecord {
  findHouseholdForChange(ctx, input.householdId);
  const problems = residentProblems(ctx, input);
  if (problems.length > 0) throw residentProblemsError(ctx, problems);
  return writeResident(ctx, input, (id) => writeTags(ctx, id, input.tags));
}

/**
 * A resident the caller has already checked in this transaction (an import's rows: residentProblems found nothing,
 * the household is the one checked or just added), written with its tags and audit row. A new resident has no tags
 * to replace, so they are only added.
 */
export function insertCheckedResident(ctx: Ctx, input: NewResident): ResidentRecord {
  return writeResident(ctx, input, (id) => addTags(ctx, id, input.tags));
}

function writeResident(ctx: Ctx, input: NewResident, saveTags: (residentId: number) => StoredTag[]): ResidentRecord {
  const now = ctx.clock.now();
  const record = insertRow(
    ctx.sqlite,
    residents,
    Object.assign(residentColumns(input), { createdAt: now, updatedAt: now }),
  );
  const tags = saveTags(record.id);
  ctx.audit.record({ entity: 'residents', entityId: record.id, after: residentAuditView(record, tags) });
  return record;
}
