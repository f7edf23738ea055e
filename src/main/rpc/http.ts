// Browser mode's transport: the contract over HTTP on the loopback address, and the built renderer.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { AppError, httpStatusOf } from '../../shared/contract/errors';
import { maxUploadBytes } from '../../shared/domain/transferLimits';
import { pickLanguage } from '../../shared/i18n/validation';
import { contentTypeOf } from '../rendererFiles';
import { fileEmpty } from '../services/transfer/sheet';
import { fileTooLarge } from '../services/transfer/uploads';
import { handleAttachmentDownload, handleAttachmentUpload } from './attachmentHttp';
import { authorizeUpload, contentDisposition, openDownload, receiveUpload } from './files';
import {
  bearerToken,
  failure,
  fileNameHeader,
  readFileBody,
  refuseBeforeBody,
  safeDecode,
  sendJson,
} from './httpReplies';
import type { Router } from './router';

export const maxBodyBytes = 1024 * 1024;

/** Same policy as the Electron window: nothing but the app's own files and its own API. */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export interface HttpOptions {
  router: Router;
  /** The built renderer (`out/renderer`); without it only the API is served. */
  staticDir?: string;
}

export function createHttpServer({ router, staticDir }: HttpOptions): http.Server {
  return http.createServer((request, response) => {
    if (!isLoopbackHost(request.headers.host)) {
      // Refuses pages that reach us through a rebound DNS name.
      return sendJson(response, 403, failure(new AppError('FORBIDDEN', 'Unknown host.', { reason: 'forbidden' })));
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/rpc' && request.method === 'GET') {
      return sendJson(response, 200, router.listing());
    }
    if (url.pathname.startsWith('/api/rpc/')) {
      if (request.method !== 'POST') {
        return sendJson(response, 405, failure(new AppError('VALIDATION', 'Use POST.', { reason: 'invalidRequest' })));
      }
      return handleCall(request, response, router, safeDecode(url.pathname.slice('/api/rpc/'.length)));
    }
    if (url.pathname === '/api/upload') {
      if (request.method !== 'POST') {
        return sendJson(response, 405, failure(new AppError('VALIDATION', 'Use POST.', { reason: 'invalidRequest' })));
      }
      return handleUpload(request, response, router);
    }
    if (url.pathname.startsWith('/api/download/')) {
      if (request.method !== 'GET') {
        return sendJson(response, 405, failure(new AppError('VALIDATION', 'Use GET.', { reason: 'invalidRequest' })));
      }
      return handleDownload(request, response, router, safeDecode(url.pathname.slice('/api/download/'.length)));
    }
    if (url.pathname === '/api/attachments') {
      if (request.method !== 'POST') {
        return sendJson(response, 405, failure(new AppError('VALIDATION', 'Use POST.', { reason: 'invalidRequest' })));
      }
      return handleAttachmentUpload(request, response, router);
    }
    if (url.pathname.startsWith('/api/attachments/')) {
      if (request.method !== 'GET') {
        return sendJson(response, 405, failure(new AppError('VALIDATION', 'Use GET.', { reason: 'invalidRequest' })));
      }
      return handleAttachmentDownload(request, response, router, url.pathname.slice('/api/attachments/'.length));
    }
    if (url.pathname.startsWith('/api/')) {
      return sendJson(
        response,
        404,
        failure(new AppError('NOT_FOUND', 'No such endpoint.', { reason: 'unknownProcedure' })),
      );
    }
    return serveStatic(response, staticDir, url.pathname);
  });
}

function handleCall(request: http.IncomingMessage, response: http.ServerResponse, router: Router, procedure: string) {
  const lang = pickLanguage(request.headers['accept-language']);
  const token = bearerToken(request);
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) {
    request.resume();
    return sendJson(response, 413, failure(tooLarge()));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBodyBytes && !refused) {
      refused = true;
      sendJson(response, 413, failure(tooLarge()));
      request.destroy();
    } else if (!refused) {
      chunks.push(chunk);
    }
  });
  request.on('end', () => {
    if (refused) return;
    let body: unknown;
    try {
      body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    } catch {
      return sendJson(
        response,
        400,
        failure(new AppError('VALIDATION', 'The request body is not JSON.', { reason: 'invalidRequest' })),
      );
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return sendJson(
        response,
        400,
        failure(
          new AppError('VALIDATION', 'The request body must be an object { "input": ... }.', {
            reason: 'invalidRequest',
          }),
        ),
      );
    }
    const envelope = router.call(procedure, (body as { input?: unknown }).input, { token, lang });
    sendJson(response, envelope.ok ? 200 : httpStatusOf[envelope.error.code], envelope);
  });
}

/**
 * `POST /api/upload`: the raw file as the body, its name URI-encoded in `X-File-Name`. The uploader is checked
 * before the body is read, and a body over the limit is cut off as soon as it passes it.
 */
function handleUpload(request: http.IncomingMessage, response: http.ServerResponse, router: Router) {
  const token = bearerToken(request);
  const allowed = authorizeUpload(router, token);
  if (!allowed.ok) return refuseBeforeBody(request, response, httpStatusOf[allowed.error.code], allowed);
  if (Number(request.headers['content-length'] ?? 0) > maxUploadBytes) {
    return refuseBeforeBody(request, response, 413, failure(fileTooLarge()));
  }
  const fileName = fileNameHeader(request);
  readFileBody(request, response, { maxBytes: maxUploadBytes, tooLarge: fileTooLarge }, (bytes) => {
    if (bytes.length === 0) return sendJson(response, 400, failure(fileEmpty()));
    void receiveUpload(router, { token, fileName, bytes }).then((envelope) =>
      sendJson(response, envelope.ok ? 200 : httpStatusOf[envelope.error.code], envelope),
    );
  });
}

/** `GET /api/download/<downloadId>`: an export its maker made, as an attachment. */
async function handleDownload(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  router: Router,
  downloadId: string,
) {
  const found = await openDownload(router, { token: bearerToken(request), downloadId });
  if (!found.ok) return sendJson(response, httpStatusOf[found.error.code], found);
  const { file, fileName } = found.data;
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return sendJson(
      response,
      404,
      failure(new AppError('NOT_FOUND', 'This export is no longer there.', { reason: 'downloadNotFound' })),
    );
  }
  response.writeHead(200, {
    'content-type': xlsxContentType,
    'content-length': size,
    'content-disposition': contentDisposition(fileName),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  fs.createReadStream(file).pipe(response);
}

const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function tooLarge(): AppError {
  return new AppError('VALIDATION', `The request is larger than ${maxBodyBytes} bytes.`, { reason: 'requestTooLarge' });
}

function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '');
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

function serveStatic(response: http.ServerResponse, staticDir: string | undefined, pathname: string): void {
  if (!staticDir) {
    response.writeHead(404).end();
    return;
  }
  const root = path.resolve(staticDir);
  let file = path.resolve(root, `.${safeDecode(pathname)}`);
  if (!file.startsWith(root + path.sep) && file !== root) {
    response.writeHead(403).end();
    return;
  }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  const type = contentTypeOf(file);
  response.writeHead(200, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  fs.createReadStream(file).pipe(response);
}
