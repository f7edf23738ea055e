// Uploaded tables in `<dataDir>/uploads`: the bytes named by their sha-256 (the upload id), a sidecar with
// the file's name and uploader, and the rows read from it once, so the import procedures can stay synchronous.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { maxUploadBytes } from '../../../shared/domain/transferLimits';
import { fileEmpty, readSheet, type Sheet } from './sheet';
import { pruneExpired, writeJsonFile } from './storedFiles';

/** Uploads older than this are removed when the next one arrives: they hold personal data. */
const keepUploadsMs = 7 * 24 * 60 * 60_000;

export interface UploadInfo {
  uploadId: string;
  fileName: string;
  size: number;
  uploadedBy: number;
  uploadedAt: number;
}

export interface StoredUpload {
  uploadId: string;
  fileName: string;
  size: number;
}

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

/** A file name as shown to people: no folders, no control characters, not endless. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(0, 200) || 'upload';
}

/**
 * Keeps an uploaded file and the rows read from it. A file that is not a readable table is refused here, at
 * once, with the reason (fileEmpty, fileUnreadable, xlsFormat, tooManyRows), and nothing of it is kept.
 */
export async function storeUpload(
  dataDir: string,
  upload: { fileName: string; bytes: Uint8Array; actorId: number; now: number },
): Promise<StoredUpload> {
  if (upload.bytes.length === 0) throw fileEmpty();
  if (upload.bytes.length > maxUploadBytes) throw fileTooLarge();
  const dir = uploadsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  pruneExpired(dir, upload.now, {
    idPattern: /^[a-f0-9]{64}$/,
    madeAt: (sidecar) => (sidecar as UploadInfo).uploadedAt,
    keepMs: keepUploadsMs,
    suffixes: ['', '.rows.json'],
  });
  const uploadId = createHash('sha256').update(upload.bytes).digest('hex');
  const file = path.join(dir, uploadId);
  const partial = `${file}.${process.pid}.${Date.now()}.part`;
  fs.writeFileSync(partial, upload.bytes);
  let sheet: Sheet;
  try {
    sheet = await readSheet(partial);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  fs.renameSync(partial, file);
  writeJsonFile(`${file}.rows.json`, sheet);
  const fileName = cleanFileName(upload.fileName);
  const info: UploadInfo = {
    uploadId,
    fileName,
    size: upload.bytes.length,
    uploadedBy: upload.actorId,
    uploadedAt: upload.now,
  };
  writeJsonFile(`${file}.json`, info);
  return { uploadId, fileName, size: info.size };
}

export function fileTooLarge(): AppError {
  return new AppError('VALIDATION', `The file is larger than ${maxUploadBytes / 1024 / 1024} MiB.`, {
    reason: 'fileTooLarge',
    params: { maxMiB: maxUploadBytes / 1024 / 1024 },
  });
}

/** The sidecar and the rows of an upload, or NOT_FOUND when it was never stored or has been pruned. */
export function loadUpload(dataDir: string, uploadId: string): { info: UploadInfo; sheet: Sheet } {
  const file = path.join(uploadsDir(dataDir), uploadId);
  try {
    const info = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as UploadInfo;
    const sheet = JSON.parse(fs.readFileSync(`${file}.rows.json`, 'utf8')) as Sheet;
    return { info, sheet };
  } catch {
    throw new AppError('NOT_FOUND', 'This upload is not known (it may be older than a week); upload the file again.', {
      reason: 'uploadNotFound',
    });
  }
}
