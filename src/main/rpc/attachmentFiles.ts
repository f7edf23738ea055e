// Case attachments in and out, whatever the transport: an upload checked and kept in the attachment store, and
// a stored attachment found for the caller who may see its case. Bytes are no RPC body; the rules stay the
// router's (who may) and the domain's (what may be attached).
import fs from 'node:fs';
import type { OutputOf } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/contract/errors';
import { type AttachmentCheck, checkAttachment, checkAttachmentSize } from '../../shared/domain/attachments';
import type { Language } from '../../shared/i18n/validation';
import { attachmentBlobPath, storeAttachmentBlob } from '../services/cases/attachmentStore';
import type { Actor } from '../services/context';
import { cleanFileName } from '../services/transfer/uploads';
import type { Router } from './router';

export type AttachmentRouter = Pick<Router, 'authorize' | 'toAppError' | 'dataDir' | 'call'>;

/** Who may upload an attachment: whoever may attach it to a case afterwards. */
export const attachmentUploadPermission = 'cases.handle';

export interface UploadedAttachment {
  sha256: string;
  fileName: string;
  size: number;
  mediaType: string;
}

export interface AttachmentFile {
  /** The stored blob on disk. */
  file: string;
  fileName: string;
  mediaType: string;
  size: number;
}

function failure(router: AttachmentRouter, error: unknown, operation: string): Envelope<never> {
  return { ok: false, error: router.toAppError(error, operation).toBody() };
}

export function attachmentRefused(check: Extract<AttachmentCheck, { allowed: false }>): AppError {
  return new AppError('VALIDATION', check.message, { reason: check.refusal, params: check.params });
}

/** A size over the limit (or nothing) as a refusal, before a transport reads the bytes; null when it may come. */
export function attachmentSizeRefused(size: number): AppError | null {
  const check = checkAttachmentSize(size);
  return check && !check.allowed ? attachmentRefused(check) : null;
}

/** The signed-in actor who may upload an attachment, or the refusal: asked before a transport reads the body. */
export function authorizeAttachmentUpload(router: AttachmentRouter, token: string | null): Envelope<Actor> {
  try {
    return { ok: true, data: router.authorize(token, attachmentUploadPermission) as Actor };
  } catch (error) {
    return failure(router, error, 'attachments.upload');
  }
}

/** Keeps an uploaded file in the attachment store once its uploader may, and it is of an allowed kind and size. */
export function receiveAttachment(
  router: AttachmentRouter,
  upload: { token: string | null; fileName: string; bytes: Uint8Array },
): Envelope<UploadedAttachment> {
  try {
    router.authorize(upload.token, attachmentUploadPermission);
    const fileName = cleanFileName(upload.fileName);
    const check = checkAttachment(fileName, upload.bytes.length, upload.bytes);
    if (!check.allowed) throw attachmentRefused(check);
    const sha256 = storeAttachmentBlob(router.dataDir, upload.bytes);
    return { ok: true, data: { sha256, fileName, size: upload.bytes.length, mediaType: check.mediaType } };
  } catch (error) {
    return failure(router, error, 'attachments.upload');
  }
}

/** An attachment's stored bytes and how to present them, for a caller who may read cases and see its case. */
export function findAttachmentFile(
  router: AttachmentRouter,
  request: { token: string | null; lang: Language; attachmentId: number },
): Envelope<AttachmentFile> {
  const found = router.call(
    'cases.attachmentFile',
    { id: request.attachmentId },
    { token: request.token, lang: request.lang },
  ) as Envelope<OutputOf<'cases.attachmentFile'>>;
  if (!found.ok) return found;
  const { sha256, fileName, mediaType, size } = found.data;
  const file = attachmentBlobPath(router.dataDir, sha256);
  if (!fs.existsSync(file)) {
    return failure(
      router,
      new AppError('NOT_FOUND', 'The stored file of this attachment is missing.', { reason: 'attachmentNotFound' }),
      'attachments.download',
    );
  }
  return { ok: true, data: { file, fileName, mediaType, size } };
}
