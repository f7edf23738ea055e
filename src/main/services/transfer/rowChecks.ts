// Every row of an import checked as the forms check it (the contract's own schemas, then the register's rules):
// a row is new and valid, already on the register (a re-import adds nothing twice), or invalid with its reasons.
import { contract } from '../../../shared/contract';
import type { ImportField } from '../../../shared/contract/transfer';
import type { ResidenceStatus, ResidenceType } from '../../../shared/domain/residents';
import { type Language, type ValidationKey, validationMessage } from '../../../shared/i18n/validation';
import { localizedIssues, zodErrorMap } from '../../../shared/i18n/zodMessages';
import type { Ctx } from '../context';
import {
  addressKeyOf,
  findHouseholdByAddress,
  type NewHousehold,
  type NewResident,
  residentProblems,
} from '../register';
import { type AddressParts, parseAddress } from './address';
import { cleanEthnicity, cleanPhone, isIdNumberAsNumber, parseDate, parseTags } from './cellValues';
import type { ImportPlan } from './columns';
import { type GridMatcher, gridMatcher } from './gridMatcher';
import type { SheetRow } from './sheet';
import {
  fieldLabel,
  genderOf,
  houseUseOf,
  politicalStatusOf,
  relationOf,
  residenceStatusOf,
  residenceTypeOf,
} from './vocabulary';

export type RowCheck =
  | {
      kind: 'valid';
      line: number;
      addressKey: string;
      /** The household already at this address, or the one to add. */
      existingHouseholdId?: number;
      household: NewHousehold;
      resident: Omit<NewResident, 'householdId'>;
    }
  | { kind: 'onRegister'; line: number }
  | { kind: 'invalid'; line: number; name: string; reasons: string[] };

const residentInput = contract['residents.create'].input;
const householdInput = contract['households.create'].input;

interface Problem {
  field: ImportField;
  message: string;
}

/** Where a rule's path into the forms' input points in a sheet. */
const fieldOfPath: Record<string, ImportField> = {
  gridId: 'grid',
  estate: 'estate',
  building: 'building',
  unit: 'unit',
  room: 'room',
  houseUse: 'houseUse',
};

/** Without a 人户状态 column the usual case is assumed: registered people live where they are registered. */
const usualStatus: Record<ResidenceType, ResidenceStatus> = {
  registered: 'present_registered',
  floating: 'present_unregistered',
  unregistered: 'present_unregistered',
  foreign: 'present_unregistered',
};

interface CheckContext {
  ctx: Ctx;
  lang: Language;
  plan: ImportPlan;
  grids: GridMatcher;
  households: Map<string, { id: number; gridId: number } | null>;
  members: Map<number, Set<string>>;
  fileHouseholds: Map<string, number>;
}

/** Every data row of a plan checked against the register as it is now. Changes nothing. */
export function checkRows(ctx: Ctx, plan: ImportPlan): RowCheck[] {
  const env: CheckContext = {
    ctx,
    lang: ctx.lang,
    plan,
    grids: gridMatcher(ctx),
    households: new Map(),
    members: new Map(),
    fileHouseholds: new Map(),
  };
  const idNumbers: (string | null)[] = [];
  const checks = plan.dataRows.map((row) => {
    const { check, idNumber } = checkRow(env, row);
    idNumbers.push(check.kind === 'onRegister' ? null : idNumber);
    return check;
  });
  return markRepeatedIdNumbers(env, checks, idNumbers);
}

/** The same ID number on two rows of the file: neither row can be right, so both are refused. */
function markRepeatedIdNumbers(env: CheckContext, checks: RowCheck[], idNumbers: (string | null)[]): RowCheck[] {
  const linesOf = new Map<string, number[]>();
  idNumbers.forEach((id, i) => {
    if (id) linesOf.set(id, [...(linesOf.get(id) ?? []), (checks[i] as RowCheck).line]);
  });
  return checks.map((check, i) => {
    const lines = linesOf.get(idNumbers[i] ?? '');
    if (!lines || lines.length < 2) return check;
    const reason = `${labelOf(env, 'idNumber')}${separator(env.lang)}${validationMessage(env.lang, 'idNumberRepeatedInFile', { rows: lines.join(', ') })}`;
    if (check.kind === 'invalid') return { ...check, reasons: [...check.reasons, reason] };
    const column = env.plan.columnOf.name;
    const name = column === undefined ? '' : (env.plan.dataRows[i]?.cells[column] ?? '');
    return { kind: 'invalid', line: check.line, name, reasons: [reason] };
  });
}

function separator(lang: Language): string {
  return lang === 'zh-CN' ? '：' : ': ';
}

/** A field's name in messages: the file's own header when a column fills it. */
function labelOf(env: CheckContext, field: ImportField): string {
  const column = env.plan.columnOf[field];
  const header = column === undefined ? '' : (env.plan.columns[column]?.header ?? '');
  return header || fieldLabel(field, env.lang);
}

function checkRow(env: CheckContext, row: SheetRow): { check: RowCheck; idNumber: string | null } {
  const { ctx, lang, plan } = env;
  const cell = (field: ImportField): string => {
    const column = plan.columnOf[field];
    return column === undefined ? '' : (row.cells[column] ?? '');
  };
  const problems: Problem[] = [];
  const flagged = new Set<ImportField>();
  const flag = (field: ImportField, key: ValidationKey, params?: Record<string, string | number>) => {
    flagged.add(field);
    problems.push({ field, message: validationMessage(lang, key, params) });
  };
  /** A category from its word; an unknown word is a problem, an empty cell is left to the schema. */
  const category = <T>(field: ImportField, lookup: (text: string) => T | null): T | undefined => {
    const text = cell(field);
    if (!text) return undefined;
    const value = lookup(text);
    if (value === null) flag(field, 'valueUnknown', { value: text });
    return value ?? undefined;
  };

  const name = cell('name');
  let idNumber: string | undefined = cell('idNumber') || undefined;
  if (idNumber && isIdNumberAsNumber(row, plan.columnOf.idNumber ?? -1, idNumber)) {
    flag('idNumber', 'idNumberAsNumber');
    idNumber = undefined;
  }
  let birthDate: string | undefined;
  const birthText = cell('birthDate');
  if (birthText) {
    const parsed = parseDate(birthText);
    // 出生年月 (1985-03) says nothing the ID number does not; without one, a whole date is needed.
    if (parsed === null || (parsed === 'partial' && !idNumber)) flag('birthDate', 'dateFormat');
    else if (parsed !== 'partial') birthDate = parsed;
  }
  const residenceType = category('residenceType', residenceTypeOf);
  const residenceStatus =
    category('residenceStatus', residenceStatusOf) ?? (residenceType ? usualStatus[residenceType] : undefined);
  const tags = parseTags(cell('tags'), (value) => flag('tags', 'valueUnknown', { value }));
  const ethnicity = cell('ethnicity');
  const phone = cell('phone');
  const raw = {
    householdId: 1,
    name,
    idNumber,
    gender: category('gender', genderOf),
    birthDate,
    phone: phone ? cleanPhone(phone) : undefined,
    ethnicity: ethnicity ? cleanEthnicity(ethnicity) : undefined,
    relationToHead: category('relationToHead', relationOf),
    residenceType,
    residenceStatus,
    politicalStatus: category('politicalStatus', politicalStatusOf),
    tags,
    note: cell('note') || undefined,
  };
  const resident = residentInput.safeParse(raw, { error: zodErrorMap(lang) });
  if (!resident.success) {
    for (const issue of localizedIssues(resident.error, lang)) {
      const field = String(issue.path[0]) as ImportField;
      if (!flagged.has(field)) problems.push({ field, message: issue.message });
    }
  }
  const normalisedId = resident.success ? (resident.data.idNumber ?? null) : null;

  const household = checkHousehold(env, cell, flag, problems, flagged);

  if (resident.success) {
    const { householdId: _placeholder, ...details } = resident.data;
    for (const problem of residentProblems(ctx, { ...details, householdId: 0 })) {
      // The same person, already on the register: skipped, so importing a file twice adds nothing twice.
      if (problem.key === 'idNumberTaken' && problem.params?.name === details.name) {
        return { check: { kind: 'onRegister', line: row.line }, idNumber: normalisedId };
      }
      const field = problem.path.split('.')[0] as ImportField;
      problems.push({ field, message: validationMessage(lang, problem.key, problem.params) });
    }
    if (!details.idNumber && household?.existingId !== undefined) {
      if (membersOf(env, household.existingId).has(personKey(details.name, details.birthDate ?? null))) {
        return { check: { kind: 'onRegister', line: row.line }, idNumber: null };
      }
    }
  }

  if (problems.length > 0 || !resident.success || !household) {
    const reasons = [...new Set(problems.map((p) => `${labelOf(env, p.field)}${separator(lang)}${p.message}`))];
    return { check: { kind: 'invalid', line: row.line, name, reasons }, idNumber: normalisedId };
  }
  const { householdId: _placeholder, ...details } = resident.data;
  env.fileHouseholds.set(household.addressKey, household.value.gridId);
  return {
    check: {
      kind: 'valid',
      line: row.line,
      addressKey: household.addressKey,
      ...(household.existingId === undefined ? {} : { existingHouseholdId: household.existingId }),
      household: household.value,
      resident: details,
    },
    idNumber: normalisedId,
  };
}

function personKey(name: string, birthDate: string | null): string {
  return `${name}|${birthDate ?? ''}`;
}

/** The active members of a household on the register, by name and birth date. */
function membersOf(env: CheckContext, householdId: number): Set<string> {
  let members = env.members.get(householdId);
  if (!members) {
    const rows = env.ctx.sqlite
      .prepare("select name, birth_date as birthDate from residents where household_id = ? and life_status = 'active'")
      .all(householdId) as { name: string; birthDate: string | null }[];
    members = new Set(rows.map((r) => personKey(r.name, r.birthDate)));
    env.members.set(householdId, members);
  }
  return members;
}

interface CheckedHousehold {
  addressKey: string;
  value: NewHousehold;
  existingId?: number;
}

function checkHousehold(
  env: CheckContext,
  cell: (field: ImportField) => string,
  flag: (field: ImportField, key: ValidationKey, params?: Record<string, string | number>) => void,
  problems: Problem[],
  flagged: Set<ImportField>,
): CheckedHousehold | null {
  const { plan, lang } = env;
  const fromParts = plan.columnOf.estate !== undefined && cell('building') !== '' && cell('room') !== '';
  let parts: AddressParts | null = null;
  if (fromParts) {
    parts = { estate: cell('estate'), building: cell('building'), unit: cell('unit') || null, room: cell('room') };
  } else if (cell('address')) {
    const text = cell('address');
    const estate = cell('estate');
    parts =
      parseAddress(text, env.grids.placeNames) ??
      (estate && !text.startsWith(estate) ? parseAddress(estate + text, env.grids.placeNames) : null);
    if (!parts) flag('address', 'addressUnparseable', { value: text });
  } else {
    flag('address', 'required');
  }

  let gridId: number | undefined;
  const gridText = cell('grid');
  if (!gridText) flag('grid', 'required');
  else {
    const match = env.grids.match(gridText);
    if ('problem' in match) flag('grid', match.problem, { value: gridText });
    else gridId = match.gridId;
  }
  const houseUse = cell('houseUse') ? houseUseOf(cell('houseUse')) : 'owner_occupied';
  if (houseUse === null) flag('houseUse', 'valueUnknown', { value: cell('houseUse') });
  if (!parts || gridId === undefined || houseUse === null) return null;

  const parsed = householdInput.safeParse(
    {
      gridId,
      estate: parts.estate,
      building: parts.building,
      unit: parts.unit ?? undefined,
      room: parts.room,
      houseUse,
    },
    { error: zodErrorMap(lang) },
  );
  if (!parsed.success) {
    for (const issue of localizedIssues(parsed.error, lang)) {
      const part = fieldOfPath[String(issue.path[0])] ?? 'address';
      const field = fromParts || !['estate', 'building', 'unit', 'room'].includes(part) ? part : 'address';
      if (!flagged.has(field)) problems.push({ field, message: issue.message });
    }
    return null;
  }
  const value: NewHousehold = { ...parsed.data, unit: parsed.data.unit ?? null, rental: null };
  const addressKey = addressKeyOf(value.estate, value.building, value.unit, value.room);
  const existing = existingHousehold(env, addressKey);
  const gridOfAddress = existing?.gridId ?? env.fileHouseholds.get(addressKey);
  if (gridOfAddress !== undefined && gridOfAddress !== gridId) {
    flag('grid', 'householdInOtherGrid', { grid: env.grids.pathOf(gridOfAddress) });
    return null;
  }
  return existing ? { addressKey, value, existingId: existing.id } : { addressKey, value };
}

function existingHousehold(env: CheckContext, key: string): { id: number; gridId: number } | null {
  if (!env.households.has(key)) {
    const found = findHouseholdByAddress(env.ctx, key);
    env.households.set(key, found ? { id: found.id, gridId: found.gridId } : null);
  }
  return env.households.get(key) ?? null;
}
