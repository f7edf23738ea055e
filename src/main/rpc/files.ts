// Files in and out, whatever the transport: an upload stored for the import procedures, an export found for
// download. Not contract procedures: files are bytes, larger than an RPC body. Authorization asks the router.
import { AppError, type Envelope } from '../../shared/contract/errors';
import { type Permission, roleHasPermission } from '../../shared/domain/roles';
import type { Actor } from '../services/context';
import { findExport } from '../services/transfer/exportFiles';
import { type StoredUpload, storeUpload } from '../services/transfer/uploads';
import type { Router } from './router';

export type FileRouter = Pick<Router, 'authorize' | 'toAppError' | 'dataDir' | 'clock'>;

export const uploadPermission = 'households.import';
/** Who may fetch an export they made: the roles that may make one (the register's, the cases', the party's). */
export const downloadPermissions: readonly Permission[] = ['households.export', 'cases.export', 'party.read'];

function failure(router: FileRouter, error: unknown, operation: string): Envelope<never> {
  return { ok: false, error: router.toAppError(error, operation).toBody() };
}

/** The signed-in actor who may upload, or the refusal: checked before a transport reads a large body. */
export function authorizeUpload(router: FileRouter, token: string | null): Envelope<Actor> {
  try {
    return { ok: true, data: router.authorize(token, uploadPermission) as Actor };
  } catch (error) {
    return failure(router, error, 'upload');
  }
}

/** Stores an uploaded file once its uploader is known to be allowed; a file that is no table is refused. */
export async function receiveUpload(
  router: FileRouter,
  upload: { token: string | null; fileName: string; bytes: Uint8Array },
): Promise<Envelope<StoredUpload>> {
  try {
    const actor = router.authorize(upload.token, uploadPermission) as Actor;
    const stored = await storeUpload(router.dataDir, {
      fileName: upload.fileName,
      bytes: upload.bytes,
      actorId: actor.userId,
      now: router.clock.now(),
    });
    return { ok: true, data: stored };
  } catch (error) {
    return failure(router, error, 'upload');
  }
}

/** The file of an export, for the actor who made it. */
export async function openDownload(
  router: FileRouter,
  request: { token: string | null; downloadId: string },
): Promise<Envelope<{ file: string; fileName: string }>> {
  try {
    const actor = router.authorize(request.token, 'signedIn') as Actor;
    if (!downloadPermissions.some((permission) => roleHasPermission(actor.role, permission))) {
      throw new AppError('FORBIDDEN', 'Your role may not do this.', { reason: 'forbidden' });
    }
    return { ok: true, data: await findExport(router.dataDir, request.downloadId, actor.userId) };
  } catch (error) {
    return failure(router, error, 'download');
  }
}

/**
 * `attachment` (saved) or `inline` (shown) with an ASCII fallback name and the real one in RFC 5987 form, for
 * 居民名单-2026-11-16.xlsx.
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
