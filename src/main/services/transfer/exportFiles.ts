// Finished exports in `<dataDir>/exports`: `<downloadId>.xlsx` and a sidecar naming the file and who made it.
// Only its maker downloads an export, and exports are removed a day later: they carry personal data.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { pruneExpired, writeJsonFile } from './storedFiles';
import { writeXlsx, type XlsxTable } from './xlsxWriter';

const keepExportsMs = 24 * 60 * 60_000;

export const downloadIdPattern = /^[a-f0-9]{32}$/;

interface ExportInfo {
  fileName: string;
  createdBy: number;
  createdAt: number;
}

export function exportsDir(dataDir: string): string {
  return path.join(dataDir, 'exports');
}

/** Writes the table as an .xlsx ready for download and answers its download id. */
export function writeExport(
  dataDir: string,
  table: XlsxTable,
  info: { fileName: string; actorId: number; now: number },
): string {
  const dir = exportsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  pruneExpired(dir, info.now, {
    idPattern: downloadIdPattern,
    madeAt: (sidecar) => (sidecar as ExportInfo).createdAt,
    keepMs: keepExportsMs,
    suffixes: ['.xlsx'],
  });
  const downloadId = randomBytes(16).toString('hex');
  writeXlsx(path.join(dir, `${downloadId}.xlsx`), table, info.now);
  const sidecar: ExportInfo = { fileName: info.fileName, createdBy: info.actorId, createdAt: info.now };
  writeJsonFile(path.join(dir, `${downloadId}.json`), sidecar);
  return downloadId;
}

/** The file of an export its maker asks for; NOT_FOUND for anything else, so ids cannot be probed. */
export function findExport(dataDir: string, downloadId: string, actorId: number): { file: string; fileName: string } {
  const notFound = new AppError('NOT_FOUND', 'This export is not known (exports are kept for a day); export again.', {
    reason: 'downloadNotFound',
  });
  if (!downloadIdPattern.test(downloadId)) throw notFound;
  const dir = exportsDir(dataDir);
  const file = path.join(dir, `${downloadId}.xlsx`);
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dir, `${downloadId}.json`), 'utf8')) as ExportInfo;
    if (info.createdBy !== actorId || !fs.existsSync(file)) throw notFound;
    return { file, fileName: info.fileName };
  } catch {
    throw notFound;
  }
}
