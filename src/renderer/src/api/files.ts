// Files to and from the main process: an uploaded table for the import procedures, an export saved to disk, a
// case attachment sent and opened. Electron IPC when the preload bridge is there (the save dialog and the
// viewer are the system's), HTTP otherwise.
import type { UploadedAttachment, UploadedFile } from '../../../preload/api';
import type { CaseAttachment } from '../../../shared/contract/cases';
import { type Envelope, type ErrorBody, errorCodes } from '../../../shared/contract/errors';
import { checkAttachment, isImageType, sniffBytes } from '../../../shared/domain/attachments';
import { maxUploadBytes } from '../../../shared/domain/transferLimits';
import { currentLanguage } from '../i18n/i18n';
import { RpcError } from './RpcError';
import { readSessionToken } from './sessionToken';

export type { UploadedAttachment, UploadedFile };

function refused(operation: string, body: ErrorBody): RpcError {
  return new RpcError(operation, body);
}

function unwrap<T>(operation: string, envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.data;
  throw refused(operation, envelope.error);
}

const networkFailure: ErrorBody = { code: 'INTERNAL', message: 'network', reason: 'network' };
const badResponse: ErrorBody = { code: 'INTERNAL', message: 'badResponse', reason: 'badResponse' };

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (value === null || typeof value !== 'object' || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  const error = (value as { error?: { code?: unknown } }).error;
  return value.ok === false && !!error && (errorCodes as readonly unknown[]).includes(error.code);
}

async function envelopeOf<T>(response: Response): Promise<Envelope<T>> {
  try {
    const body: unknown = await response.json();
    if (isEnvelope(body)) return body as Envelope<T>;
  } catch {
    // Falls through: an HTML error page or a cut-off body is not an answer.
  }
  return { ok: false, error: badResponse };
}

type Bridge = NonNullable<typeof window.griddesk>;
type Session = { token: string | null; lang: string };

/** A file's bytes to the main process: over the preload bridge in the desktop app, as an HTTP body in the browser. */
async function sendFile<T>(
  file: File,
  url: string,
  operation: string,
  overBridge: (bridge: Bridge, bytes: Uint8Array, session: Session) => Promise<Envelope<T>>,
): Promise<T> {
  const session = { token: readSessionToken(), lang: currentLanguage() };
  const bridge = window.griddesk;
  if (bridge) return unwrap(operation, await overBridge(bridge, new Uint8Array(await file.arrayBuffer()), session));
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'accept-language': session.lang,
        'x-file-name': encodeURIComponent(file.name),
        ...(session.token ? { authorization: `Bearer ${session.token}` } : {}),
      },
      body: file,
    });
  } catch {
    throw refused(operation, networkFailure);
  }
  return unwrap(operation, await envelopeOf<T>(response));
}

/**
 * Sends a chosen file to be read for an import. A file that is too large, empty, or not a table is refused
 * with an RpcError (reasons fileTooLarge, fileEmpty, fileUnreadable, xlsFormat, tooManyRows).
 */
export async function uploadFile(file: File): Promise<UploadedFile> {
  if (file.size > maxUploadBytes) {
    throw refused('upload', {
      code: 'VALIDATION',
      message: 'The file is too large.',
      reason: 'fileTooLarge',
      params: { maxMiB: maxUploadBytes / 1024 / 1024 },
    });
  }
  return sendFile(file, '/api/upload', 'upload', (bridge, bytes, session) => bridge.upload(file.name, bytes, session));
}

/**
 * Saves an export (the downloadId that exports.residents or exports.changes answered). In the desktop app the
 * system's save dialog asks where; a cancelled dialog is not an error. In the browser it is a download.
 */
export async function downloadExport(downloadId: string, fileName: string): Promise<void> {
  const token = readSessionToken();
  const lang = currentLanguage();
  const bridge = window.griddesk;
  if (bridge) {
    unwrap('download', await bridge.download(downloadId, { token, lang }));
    return;
  }
  let response: Response;
  try {
    response = await fetch(`/api/download/${encodeURIComponent(downloadId)}`, {
      headers: { 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  } catch {
    throw refused('download', networkFailure);
  }
  if (!response.ok) unwrap('download', await envelopeOf<never>(response));
  const url = URL.createObjectURL(await response.blob());
  try {
    saveBlobUrl(url, fileName);
  } finally {
    // The click has handed the blob to the browser's download; a moment later the URL may go.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/**
 * Sends a file to be attached to a case (cases.attach takes the sha256 it answers). The size and type are checked
 * here first, by the same rule as the server, so a wrong file is refused before it travels (reasons
 * attachmentEmpty, attachmentTooLarge, attachmentTypeNotAllowed).
 */
export async function uploadAttachment(file: File): Promise<UploadedAttachment> {
  const head = new Uint8Array(await file.slice(0, sniffBytes).arrayBuffer());
  const check = checkAttachment(file.name, file.size, head);
  if (!check.allowed) {
    throw refused('attachments.upload', {
      code: 'VALIDATION',
      message: check.message,
      reason: check.refusal,
      params: check.params,
    });
  }
  return sendFile(file, '/api/attachments', 'attachments.upload', (bridge, bytes, session) =>
    bridge.uploadAttachment(file.name, bytes, session),
  );
}

/**
 * Opens an attachment. The desktop app hands a copy to the system's viewer. In the browser the file is fetched
 * with the session's token in a header (never in a URL, where history and logs would keep it): a photo is shown
 * in a new tab, a PDF or office document is downloaded under its name for the system to open. The tab is opened
 * at the click, before the fetch, so no popup blocker stops it, and cut from this page before the file loads.
 */
export async function openAttachment(attachment: Pick<CaseAttachment, 'id' | 'fileName' | 'mediaType'>) {
  const token = readSessionToken();
  const lang = currentLanguage();
  const bridge = window.griddesk;
  if (bridge) {
    unwrap('attachments.open', await bridge.openAttachment(attachment.id, { token, lang }));
    return;
  }
  const tab = isImageType(attachment.mediaType) ? window.open('', '_blank') : null;
  let blob: Blob;
  try {
    blob = await fetchAttachment(attachment.id, token, lang);
  } catch (error) {
    tab?.close();
    throw error;
  }
  const url = URL.createObjectURL(blob);
  if (tab) {
    tab.opener = null;
    tab.location.href = url;
  } else {
    saveBlobUrl(url, attachment.fileName);
  }
  // The tab or the download has the file by then; the URL may go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function fetchAttachment(id: number, token: string | null, lang: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`/api/attachments/${id}`, {
      headers: { 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  } catch {
    throw refused('attachments.open', networkFailure);
  }
  if (!response.ok) unwrap('attachments.open', await envelopeOf<never>(response));
  return response.blob();
}

function saveBlobUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}
