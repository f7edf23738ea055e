// The small pieces every HTTP route of browser mode shares: the bearer token, JSON answers, a refusal that
// drains the request, and a raw file body read up to a limit.
import type http from 'node:http';
import type { AppError, Envelope } from '../../shared/contract/errors';

export function bearerToken(request: http.IncomingMessage): string | null {
  const authorization = request.headers.authorization;
  return authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() : null;
}

export function failure(error: AppError): Envelope<never> {
  return { ok: false, error: error.toBody() };
}

export function sendJson(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (response.headersSent) return;
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

/** Answers a refusal before the body is read, and lets the body drain so the connection stays usable. */
export function refuseBeforeBody(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  status: number,
  envelope: Envelope<never>,
): void {
  sendJson(response, status, envelope);
  request.resume();
}

/** A malformed %-escape names nothing we serve; it must not throw out of the request handler. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

/** The file's name as the client sent it, URI-encoded, in `X-File-Name`. */
export function fileNameHeader(request: http.IncomingMessage): string {
  const raw = request.headers['x-file-name'];
  return safeDecode(typeof raw === 'string' ? raw : '');
}

/**
 * Reads a raw file body of at most `maxBytes` and hands it to `done`. A body that passes the limit is answered
 * 413 with `tooLarge` and cut off at once: nothing of it is kept.
 */
export function readFileBody(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  limit: { maxBytes: number; tooLarge: () => AppError },
  done: (bytes: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  request.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.length;
    if (size > limit.maxBytes) {
      refused = true;
      chunks.length = 0;
      sendJson(response, 413, failure(limit.tooLarge()), { connection: 'close' });
      request.destroy();
    } else {
      chunks.push(chunk);
    }
  });
  request.on('end', () => {
    if (!refused) done(Buffer.concat(chunks, size));
  });
}
