// Which column of an uploaded sheet fills which register field: the header row found, its headers
// recognised, the user's mapping laid over them, and the fields no column fills yet.
import { AppError } from '../../../shared/contract/errors';
import type { ImportField } from '../../../shared/contract/transfer';
import { maxImportRows } from '../../../shared/domain/transferLimits';
import type { Language } from '../../../shared/i18n/validation';
import type { Sheet, SheetRow } from './sheet';
import { fieldLabel, fieldOfHeader } from './vocabulary';

export interface ColumnPlan {
  index: number;
  header: string;
  field: ImportField | null;
  samples: string[];
}

export interface ImportPlan {
  /** The rows below the header row. */
  dataRows: SheetRow[];
  columns: ColumnPlan[];
  columnOf: Partial<Record<ImportField, number>>;
  missingFields: ImportField[];
}

/** Rows above the header: a title like 振兴社区居民花名册, a date, a blank line. */
const headerSearchRows = 20;

/** The first row naming at least two known fields, else the first row. */
function headerRowIndex(rows: readonly SheetRow[]): number {
  const limit = Math.min(rows.length, headerSearchRows);
  for (let i = 0; i < limit; i++) {
    const known = (rows[i] as SheetRow).cells.filter((cell) => fieldOfHeader(cell) !== null).length;
    if (known >= 2) return i;
  }
  return 0;
}

/** Fields every row needs; the parts of an address count as the address. */
function missingFieldsOf(columnOf: Partial<Record<ImportField, number>>): ImportField[] {
  const has = (field: ImportField) => columnOf[field] !== undefined;
  const missing: ImportField[] = (['name', 'relationToHead', 'residenceType', 'grid'] as const).filter(
    (field) => !has(field),
  );
  if (!has('address') && !(has('estate') && has('building') && has('room'))) missing.push('address');
  return missing;
}

/**
 * The plan of an import. `mapping` (column index → field or null) wins over recognised headers: a field it
 * gives to one column is taken from any other column that had it by its header.
 */
export function planImport(sheet: Sheet, lang: Language, mapping: Record<string, ImportField | null> = {}): ImportPlan {
  const headerIndex = headerRowIndex(sheet.rows);
  const headerRow = sheet.rows[headerIndex] as SheetRow;
  const dataRows = sheet.rows.slice(headerIndex + 1);
  if (dataRows.length > maxImportRows) {
    throw new AppError('VALIDATION', `The file has more than ${maxImportRows} rows; split it and import the parts.`, {
      reason: 'tooManyRows',
      params: { max: maxImportRows },
    });
  }
  let width = headerRow.cells.length;
  for (const row of dataRows) width = Math.max(width, row.cells.length);

  const fields: (ImportField | null)[] = [];
  const recognised = new Set<ImportField>();
  for (let index = 0; index < width; index++) {
    const field = fieldOfHeader(headerRow.cells[index] ?? '');
    // Two columns saying 电话: the first fills the field, the user may move it in the mapping step.
    if (field && !recognised.has(field)) {
      recognised.add(field);
      fields.push(field);
    } else {
      fields.push(null);
    }
  }
  const mapped = new Map<number, ImportField | null>();
  for (const [key, field] of Object.entries(mapping)) {
    const index = Number(key);
    if (index < width) mapped.set(index, field);
  }
  const given = [...mapped.values()].filter((field): field is ImportField => field !== null);
  const twice = given.find((field, i) => given.indexOf(field) !== i);
  if (twice) {
    const label = fieldLabel(twice, lang);
    throw new AppError('VALIDATION', `Two columns are mapped to ${label}; choose one.`, {
      reason: 'fieldMappedTwice',
      params: { field: label },
    });
  }
  for (let index = 0; index < width; index++) {
    const field = fields[index];
    if (mapped.has(index)) fields[index] = mapped.get(index) ?? null;
    else if (field && given.includes(field)) fields[index] = null;
  }

  const columnOf: Partial<Record<ImportField, number>> = {};
  const columns: ColumnPlan[] = fields.map((field, index) => {
    if (field) columnOf[field] = index;
    return { index, header: headerRow.cells[index] ?? '', field, samples: samplesOf(dataRows, index) };
  });
  return { dataRows, columns, columnOf, missingFields: missingFieldsOf(columnOf) };
}

function samplesOf(rows: readonly SheetRow[], index: number): string[] {
  const samples: string[] = [];
  for (const row of rows) {
    const value = row.cells[index];
    if (value && !samples.includes(value)) samples.push(value);
    if (samples.length === 3) break;
  }
  return samples;
}
