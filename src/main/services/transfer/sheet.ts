// An uploaded table read into plain rows of text: the first worksheet of an .xlsx (through exceljs) or a CSV.
// Reading is asynchronous (exceljs streams), so it happens once, when the file arrives; the import
// procedures then work on the stored rows synchronously, inside the router's transaction.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/contract/errors';
import { maxImportRows } from '../../../shared/domain/transferLimits';
import { decodeText, looksBinary, parseCsv } from './csv';

/** One non-empty row: its number as the spreadsheet shows it, its cells as text (0-based columns). */
export interface SheetRow {
  line: number;
  cells: string[];
  /** Columns whose cell was typed as a number: an ID number typed so has lost its last digits. */
  numeric?: number[];
}

export interface Sheet {
  rows: SheetRow[];
}

/** Title and header rows above the data; the exact count of data rows is checked once the header is found. */
const headerAllowance = 20;

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: the old binary .xls, or an .xlsx saved with a password. */
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

export function fileEmpty(): AppError {
  return new AppError('VALIDATION', 'The file is empty: it has no rows to import.', { reason: 'fileEmpty' });
}

export function fileUnreadable(detail: string): AppError {
  return new AppError('VALIDATION', `The file cannot be read as a table (.xlsx or .csv): ${detail}.`, {
    reason: 'fileUnreadable',
  });
}

function tooManyRows(): AppError {
  return new AppError('VALIDATION', `The file has more than ${maxImportRows} rows; split it and import the parts.`, {
    reason: 'tooManyRows',
    params: { max: maxImportRows },
  });
}

/** Reads a stored upload by its content, whatever its name says: a zip is an .xlsx, text is CSV. */
export async function readSheet(file: string): Promise<Sheet> {
  const head = Buffer.alloc(8);
  const handle = fs.openSync(file, 'r');
  let headLength: number;
  try {
    headLength = fs.readSync(handle, head, 0, 8, 0);
  } finally {
    fs.closeSync(handle);
  }
  if (headLength === 0) throw fileEmpty();
  if (startsWith(head, zipMagic)) return readXlsx(file);
  if (startsWith(head, oleMagic)) {
    throw new AppError('VALIDATION', 'This is an old .xls file or a password-protected workbook; save it as .xlsx.', {
      reason: 'xlsFormat',
    });
  }
  return readCsv(fs.readFileSync(file));
}

export function readCsv(bytes: Uint8Array): Sheet {
  const text = decodeText(bytes);
  if (text === null) throw fileUnreadable('it is neither UTF-8 nor GBK text');
  if (looksBinary(text)) throw fileUnreadable('it holds binary data, not text');
  const rows: SheetRow[] = [];
  const records = parseCsv(text);
  for (let i = 0; i < records.length; i++) {
    const cells = (records[i] as string[]).map(cleanText);
    if (cells.every((cell) => cell === '')) continue;
    rows.push({ line: i + 1, cells });
    if (rows.length > maxImportRows + headerAllowance) throw tooManyRows();
  }
  if (rows.length === 0) throw fileEmpty();
  return { rows };
}

/**
 * The first worksheet with data. exceljs's streaming reader is not used: it cuts multi-byte characters at its
 * chunk boundaries (exceljs issues #2063, #2084, open), turning one Chinese character in a few thousand into
 * U+FFFD; loading the workbook whole decodes every part as one string.
 */
async function readXlsx(file: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'drawing', 'picture', 'tableParts'],
    });
  } catch {
    throw fileUnreadable('it is not a workbook exceljs can open');
  }
  for (const worksheet of workbook.worksheets) {
    const rows: SheetRow[] = [];
    worksheet.eachRow((row) => {
      const sheetRow = toSheetRow(row);
      if (sheetRow) rows.push(sheetRow);
    });
    if (rows.length > maxImportRows + headerAllowance) throw tooManyRows();
    // The first worksheet with data is the register; later sheets are notes, lists of values, pivots.
    if (rows.length > 0) return { rows };
  }
  throw fileEmpty();
}

function toSheetRow(row: ExcelJS.Row): SheetRow | null {
  const values = row.values as ExcelJS.CellValue[];
  const cells: string[] = [];
  const numeric: number[] = [];
  let empty = true;
  // exceljs numbers columns from 1; index 0 is always empty.
  for (let column = 1; column < values.length; column++) {
    const value = values[column];
    const text = cellText(value);
    cells.push(text);
    if (text !== '') empty = false;
    if (typeof value === 'number' || (isFormula(value) && typeof value.result === 'number')) numeric.push(column - 1);
  }
  if (empty) return null;
  return numeric.length > 0 ? { line: row.number, cells, numeric } : { line: row.number, cells };
}

function isFormula(value: unknown): value is { result?: unknown } {
  return value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
}

/** A cell as the text a person reads in it: rich text joined, a formula's result, a date as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return cleanText(value.richText.map((part: { text?: string }) => part.text ?? '').join(''));
    }
    if (isFormula(value)) return cellText(value.result);
    if ('text' in value) return cellText(value.text);
    // { error: '#N/A' } and anything unforeseen: nothing a person typed.
  }
  return '';
}

/** Whole numbers without exponent or grouping, so a phone number typed as a number reads as typed. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return BigInt(value).toString();
  return String(value);
}

/** Trimmed, non-breaking and full-width spaces included, so a copied cell compares equal to a typed one. */
export function cleanText(value: string): string {
  return value.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}
