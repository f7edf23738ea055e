// The built app's own scheme, griddesk://app/: the window loads its page from here instead of file://, so the page
// has an origin of its own, reads nothing but the renderer's folder, and file:// can lose its extra privileges
// (the GrantFileProtocolExtraPrivileges fuse). No electron import: tests drive the handler on plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { contentTypeOf } from '../rendererFiles';

export const appScheme = 'griddesk';
export const appHost = 'app';
export const appPageUrl = `${appScheme}://${appHost}/index.html`;

/**
 * What the scheme may do, and no more. `standard` gives the page an origin (griddesk://app, which CSP 'self'
 * matches), relative URLs and storage; `secure` makes it a secure context; `codeCache` lets V8 cache the bundle
 * between starts. Not `corsEnabled`, `supportFetchAPI` or `bypassCSP`: the page reaches the main process over
 * IPC, and no other origin may read these files.
 */
export const appSchemePrivileges = { standard: true, secure: true, codeCache: true } as const;

/**
 * The file under `rendererDir` a griddesk://app/ URL names, or null for any other URL and any path that would
 * leave the folder (dot segments, encoded slashes, backslashes, absolute paths).
 */
export function appFileFor(url: string, rendererDir: string): string | null {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.protocol !== `${appScheme}:` || target.host !== appHost) return null;
  if (target.username !== '' || target.password !== '') return null;
  let relative: string;
  try {
    relative = decodeURIComponent(target.pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (relative === '' || relative.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
  return file;
}

/** A request the scheme handler answers: Electron hands it a fetch Request; only these two fields matter. */
export interface AppRequest {
  url: string;
  method: string;
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: { 'x-content-type-options': 'nosniff' } });
}

/**
 * Answers a request for griddesk://app/...: the file from the renderer's folder with its type and the window's
 * Content-Security-Policy, 404 for anything else. Reads go through fs, which Electron serves from inside app.asar.
 */
export async function answerAppRequest(
  request: AppRequest,
  rendererDir: string,
  contentSecurityPolicy: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const file = appFileFor(request.url, rendererDir);
  if (!file) return refusal(404);
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch {
    return refusal(404);
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
    status: 200,
    headers: {
      'content-type': contentTypeOf(file),
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
  });
}
