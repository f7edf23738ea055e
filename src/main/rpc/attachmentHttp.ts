// Browser mode's routes for case attachments: `POST /api/attachments` takes a file into the attachment store,
// `GET /api/attachments/<id>` shows one to whoever may see its case, in a way that can never run as a page.
import fs from 'node:fs';
import type http from 'node:http';
import { AppError, httpStatusOf } from '../../shared/contract/errors';
import { maxAttachmentBytes } from '../../shared/domain/attachments';
import { pickLanguage } from '../../shared/i18n/validation';
import {
  attachmentSizeRefused,
  authorizeAttachmentUpload,
  findAttachmentFile,
  receiveAttachment,
} from './attachmentFiles';
import { contentDisposition } from './files';
import { bearerToken, failure, fileNameHeader, readFileBody, refuseBeforeBody, sendJson } from './httpReplies';
import type { Router } from './router';

/** One byte over the limit: what a body cut off while arriving is refused as. */
const overLimit = () => attachmentSizeRefused(maxAttachmentBytes + 1) as AppError;

/**
 * The raw file as the body, its name URI-encoded in `X-File-Name`. The uploader is checked before the body is
 * read, a declared size over the limit is refused at once, and a body that passes it is cut off.
 */
export function handleAttachmentUpload(request: http.IncomingMessage, response: http.ServerResponse, router: Router) {
  const token = bearerToken(request);
  const allowed = authorizeAttachmentUpload(router, token);
  if (!allowed.ok) return refuseBeforeBody(request, response, httpStatusOf[allowed.error.code], allowed);
  if (Number(request.headers['content-length'] ?? 0) > maxAttachmentBytes) {
    return refuseBeforeBody(request, response, 413, failure(overLimit()));
  }
  const fileName = fileNameHeader(request);
  readFileBody(request, response, { maxBytes: maxAttachmentBytes, tooLarge: overLimit }, (bytes) => {
    const envelope = receiveAttachment(router, { token, fileName, bytes });
    sendJson(response, envelope.ok ? 200 : httpStatusOf[envelope.error.code], envelope);
  });
}

/**
 * The attachment's bytes with its recorded type, shown inline under its real name. `nosniff` and a sandboxing
 * CSP make sure the browser never treats a file as a page of this origin, whatever it holds.
 */
export function handleAttachmentDownload(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  router: Router,
  rawId: string,
) {
  if (!/^[1-9]\d{0,14}$/.test(rawId)) {
    return sendJson(
      response,
      404,
      failure(new AppError('NOT_FOUND', 'This attachment does not exist.', { reason: 'attachmentNotFound' })),
    );
  }
  const found = findAttachmentFile(router, {
    token: bearerToken(request),
    lang: pickLanguage(request.headers['accept-language']),
    attachmentId: Number(rawId),
  });
  if (!found.ok) return sendJson(response, httpStatusOf[found.error.code], found);
  const { file, fileName, mediaType, size } = found.data;
  response.writeHead(200, {
    'content-type': mediaType,
    'content-length': size,
    'content-disposition': contentDisposition(fileName, 'inline'),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': 'sandbox',
  });
  fs.createReadStream(file).pipe(response);
}
