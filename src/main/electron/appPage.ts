// What counts as GridDesk's own page: griddesk://app/index.html (the built renderer, served by the app's scheme),
// or the vite dev server during `npm run dev`. IPC trust, navigation and the request filter all ask this one
// question, so they cannot disagree.
import { appHost, appPageUrl, appScheme } from './appProtocol';

export interface AppPageLocation {
  /** The URL the window loads: griddesk://app/index.html, or the dev server's. */
  pageUrl: string;
  /** The vite dev server, only in development; when set, it is the app and the built files are not. */
  devServerUrl?: string;
}

/**
 * Where the app's page is. `devServerUrl` is honoured only by an unpackaged app: the caller passes
 * undefined when packaged, so an environment variable can never point an installed GridDesk elsewhere.
 */
export function appPageLocation(devServerUrl: string | undefined): AppPageLocation {
  return devServerUrl ? { pageUrl: devServerUrl, devServerUrl } : { pageUrl: appPageUrl };
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

/** True for griddesk://app/... exactly: no other host, no port, no credentials. */
function isOnAppScheme(target: URL): boolean {
  return (
    target.protocol === `${appScheme}:` && target.host === appHost && target.username === '' && target.password === ''
  );
}

/** True when `url` is the app's page itself (any route or query of it): where navigation may go. */
export function isAppPageUrl(url: string, location: AppPageLocation): boolean {
  const target = parse(url);
  if (!target) return false;
  if (location.devServerUrl) {
    const devServer = parse(location.devServerUrl);
    return devServer !== null && target.origin === devServer.origin;
  }
  return isOnAppScheme(target) && target.pathname === '/index.html';
}

/**
 * True when the IPC message comes from a frame showing the app's own page. Anything else (a page the
 * window was tricked into loading, a local file, a remote page) is refused before the router.
 */
export function isTrustedSenderUrl(url: string, location: AppPageLocation): boolean {
  return isAppPageUrl(url, location);
}

/**
 * True for a request the app's page may make: its own scheme (whose handler serves only the renderer's
 * folder), or the dev server and its hot-reload socket. Everything else, file:// included, is remote
 * content or another local file, and is cancelled.
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
  return isOnAppScheme(target);
}
