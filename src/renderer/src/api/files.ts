// Files to and from the main process: an uploaded table for the import procedures, an export saved to disk.
// Electron IPC when the preload bridge is there (the save dialog is the system's), HTTP otherwise.
import type { UploadedFile } from '../../../preload/api';
import { type Envelope, type ErrorBody, errorCodes } from '../../../shared/contract/errors';
import { maxUploadBytes } from '../../../shared/domain/transferLimits';
import { currentLanguage } from '../i18n/i18n';
import { RpcError } from './RpcError';
import { readSessionToken } from './sessionToken';

export type { UploadedFile };

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
  const token = readSessionToken();
  const lang = currentLanguage();
  const bridge = window.griddesk;
  if (bridge) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return unwrap('upload', await bridge.upload(file.name, bytes, { token, lang }));
  }
  let response: Response;
  try {
    response = await fetch('/api/upload', {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'accept-language': lang,
        'x-file-name': encodeURIComponent(file.name),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: file,
    });
  } catch {
    throw refused('upload', networkFailure);
  }
  return unwrap('upload', await envelopeOf<UploadedFile>(response));
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
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the blob to the browser's download; a moment later the URL may go.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
