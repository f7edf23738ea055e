// Exports in `<dataDir>/exports`: the procedure stores the table (`<downloadId>.table.json`, with a sidecar naming
// the file and who made it) inside its transaction; the first download renders it to `<downloadId>.xlsx` with
// exceljs, which writes only asynchronously. Only its maker downloads an export, and exports are removed a day
// later: they carry personal data.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/contract/errors';
import { pruneExpired, writeJsonFile } from './storedFiles';

const keepExportsMs = 24 * 60 * 60_000;

export const downloadIdPattern = /^[a-f0-9]{32}$/;

/** One sheet of cells under a bold header row: text, or numbers where a sheet's reader sums them (a summary's). */
export interface ExportTable {
  sheetName: string;
  header: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /** Column widths in characters; a column without one gets 12. */
  widths?: readonly number[];
}

interface ExportInfo {
  fileName: string;
  createdBy: number;
  createdAt: number;
}

export function exportsDir(dataDir: string): string {
  return path.join(dataDir, 'exports');
}

const filesOf = (dataDir: string, downloadId: string) => {
  const base = path.join(exportsDir(dataDir), downloadId);
  return { info: `${base}.json`, table: `${base}.table.json`, xlsx: `${base}.xlsx` };
};

/** Keeps the table (or the workbook's sheets, in order) for download and answers its download id. */
export function writeExport(
  dataDir: string,
  table: ExportTable | readonly ExportTable[],
  info: { fileName: string; actorId: number; now: number },
): string {
  const dir = exportsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  pruneExpired(dir, info.now, {
    idPattern: downloadIdPattern,
    madeAt: (sidecar) => (sidecar as ExportInfo).createdAt,
    keepMs: keepExportsMs,
    suffixes: ['.table.json', '.xlsx'],
  });
  const downloadId = randomBytes(16).toString('hex');
  const files = filesOf(dataDir, downloadId);
  writeJsonFile(files.table, table);
  const sidecar: ExportInfo = { fileName: info.fileName, createdBy: info.actorId, createdAt: info.now };
  writeJsonFile(files.info, sidecar);
  return downloadId;
}

/** The .xlsx of an export, rendered from its table the first time it is asked for. */
export async function renderedExport(dataDir: string, downloadId: string): Promise<string> {
  const files = filesOf(dataDir, downloadId);
  if (fs.existsSync(files.xlsx)) return files.xlsx;
  const stored = JSON.parse(await fs.promises.readFile(files.table, 'utf8')) as ExportTable | ExportTable[];
  // Two windows may ask at once: each writes its own partial file, and the last rename wins with the same content.
  const partial = `${files.xlsx}.${randomBytes(4).toString('hex')}.part`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useStyles: true });
  for (const table of Array.isArray(stored) ? stored : [stored]) {
    const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    // Text format throughout: ID numbers and phones must not turn into numbers that lose digits.
    sheet.columns = table.header.map((header, i) => ({
      header,
      width: table.widths?.[i] ?? 12,
      style: { numFmt: '@' },
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow([...row]).commit();
    sheet.commit();
  }
  await workbook.commit();
  await fs.promises.rename(partial, files.xlsx);
  await fs.promises.rm(files.table, { force: true });
  return files.xlsx;
}

/** The file of an export its maker asks for; NOT_FOUND for anything else, so ids cannot be probed. */
export async function findExport(
  dataDir: string,
  downloadId: string,
  actorId: number,
): Promise<{ file: string; fileName: string }> {
  const notFound = new AppError('NOT_FOUND', 'This export is not known (exports are kept for a day); export again.', {
    reason: 'downloadNotFound',
  });
  if (!downloadIdPattern.test(downloadId)) throw notFound;
  let info: ExportInfo;
  try {
    info = JSON.parse(await fs.promises.readFile(filesOf(dataDir, downloadId).info, 'utf8')) as ExportInfo;
  } catch {
    throw notFound;
  }
  if (info.createdBy !== actorId) throw notFound;
  try {
    return { file: await renderedExport(dataDir, downloadId), fileName: info.fileName };
  } catch {
    throw notFound;
  }
}
