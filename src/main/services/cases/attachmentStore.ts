// The bytes of case attachments, beside the database as `<dataDir>/attachments/<sha256>`: named by content, so the
// same photo attached to three cases is kept once, and a name can never point outside the folder.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const sha256Pattern = /^[a-f0-9]{64}$/;

export function attachmentsDir(dataDir: string): string {
  return path.join(dataDir, 'attachments');
}

/** Where a blob lives; throws on anything that is not a sha-256, so no input can name another file. */
export function attachmentBlobPath(dataDir: string, sha256: string): string {
  if (!sha256Pattern.test(sha256)) throw new Error(`Not a sha-256: ${sha256.slice(0, 80)}`);
  return path.join(attachmentsDir(dataDir), sha256);
}

export function hasAttachmentBlob(dataDir: string, sha256: string): boolean {
  return fs.existsSync(attachmentBlobPath(dataDir, sha256));
}

/**
 * Keeps the bytes and answers their sha-256. Written through a temporary name and renamed, so a reader never
 * finds half a file; bytes already stored are not written again.
 */
export function storeAttachmentBlob(dataDir: string, bytes: Uint8Array): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file = attachmentBlobPath(dataDir, sha256);
  if (fs.existsSync(file)) return sha256;
  fs.mkdirSync(attachmentsDir(dataDir), { recursive: true });
  const partial = `${file}.${process.pid}.${Date.now()}.part`;
  try {
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return sha256;
}

/** The first `length` bytes of a stored blob and its size, or null when it is not stored. */
export function readAttachmentHead(
  dataDir: string,
  sha256: string,
  length: number,
): { head: Uint8Array; size: number } | null {
  let fd: number;
  try {
    fd = fs.openSync(attachmentBlobPath(dataDir, sha256), 'r');
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(length);
    const read = fs.readSync(fd, head, 0, length, 0);
    return { head: head.subarray(0, read), size: fs.fstatSync(fd).size };
  } finally {
    fs.closeSync(fd);
  }
}
