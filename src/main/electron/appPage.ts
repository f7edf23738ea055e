// What counts as GridDesk's own page: the built index.html on disk, or the vite dev server during `npm run dev`.
// IPC trust, navigation and the request filter all ask this one question, so they cannot disagree.
import { pathToFileURL } from 'node:url';

export interface AppPageLocation {
  /** file:// URL of the built renderer's index.html. */
  indexUrl: string;
  /** The vite dev server, only in development; when set, it is the app and the files on disk are not. */
  devServerUrl?: string;
}

/**
 * Where the app's page is. `devServerUrl` is honoured only by an unpackaged app: the caller passes
 * undefined when packaged, so an environment variable can never point an installed GridDesk elsewhere.
 */
export function appPageLocation(rendererIndexFile: string, devServerUrl: string | undefined): AppPageLocation {
  const indexUrl = pathToFileURL(rendererIndexFile).href;
  return devServerUrl ? { indexUrl, devServerUrl } : { indexUrl };
}

/** Schemes Chromium uses for the page's own data and for its developer tools; never remote. */
const localSchemes = new Set(['data:', 'blob:', 'devtools:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * A file URL's path in a comparable form: decoded (Chromium and Node encode characters differently)
 * and, for a Windows drive path, lower-cased (the same file may be spelled C: or c:).
 */
function comparablePath(fileUrl: URL): string {
  let pathname: string;
  try {
    pathname = decodeURIComponent(fileUrl.pathname);
  } catch {
    return '';
  }
  return /^\/[A-Za-z]:\//.test(pathname) ? pathname.toLowerCase() : pathname;
}

function folderOf(filePath: string): string {
  return filePath.slice(0, filePath.lastIndexOf('/') + 1);
}

/** True when `url` is the app's page itself (any route or query of it): where navigation may go. */
export function isAppPageUrl(url: string, location: AppPageLocation): boolean {
  const target = parse(url);
  if (!target) return false;
  if (location.devServerUrl) {
    const devServer = parse(location.devServerUrl);
    return devServer !== null && target.origin === devServer.origin;
  }
  const index = parse(location.indexUrl);
  return (
    index !== null &&
    target.protocol === 'file:' &&
    target.host === index.host &&
    comparablePath(target) === comparablePath(index)
  );
}

/**
 * True when the IPC message comes from a frame showing the app's own page. Anything else (a page the
 * window was tricked into loading, another local file, a remote page) is refused before the router.
 */
export function isTrustedSenderUrl(url: string, location: AppPageLocation): boolean {
  return isAppPageUrl(url, location);
}

/**
 * True for a request the app's page may make: files beside index.html (its scripts, styles, fonts),
 * or the dev server and its hot-reload socket. Everything else is remote content or another local
 * file, and is cancelled.
 */
export function isAppResourceUrl(url: string, location: AppPageLocation): boolean {
  const target = parse(url);
  if (!target) return false;
  if (localSchemes.has(target.protocol)) return true;
  if (location.devServerUrl) {
    const devServer = parse(location.devServerUrl);
    if (!devServer) return false;
    if (target.origin === devServer.origin) return true;
    const socketScheme = devServer.protocol === 'https:' ? 'wss:' : 'ws:';
    return target.protocol === socketScheme && target.host === devServer.host;
  }
  const index = parse(location.indexUrl);
  if (!index || target.protocol !== 'file:' || target.host !== index.host) return false;
  const folder = folderOf(comparablePath(index));
  const wanted = comparablePath(target);
  // Refuse dot segments outright: URL parsing already resolves them, but a stray encoded one must not climb out.
  return folder !== '' && wanted.startsWith(folder) && !wanted.split('/').includes('..');
}
