// The Electron checklist applied to the session and to every web contents: the app's own scheme instead of file://,
// CSP, no remote content, no navigation away, no new windows, no permissions. Set up once, before the window loads
// anything. README "Security checklist" says which test holds each rule.
import { app, protocol, type Session, session, shell, type WebContents } from 'electron';
import { type AppPageLocation, isAppPageUrl, isAppResourceUrl } from './appPage';
import { answerAppRequest, appScheme, appSchemePrivileges } from './appProtocol';
import { windowContentSecurityPolicy } from './contentSecurity';
import { isVettedExternalUrl } from './externalUrl';

/** Makes griddesk: a standard, secure scheme. Electron accepts this only before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { ...appSchemePrivileges } }]);
}

/** Serves the built renderer's folder, and nothing else, as griddesk://app/. */
export function serveAppScheme(target: Session, rendererDir: string): void {
  const policy = windowContentSecurityPolicy();
  target.protocol.handle(appScheme, (request) => answerAppRequest(request, rendererDir, policy));
}

/** CSP on the app's responses, every other request cancelled, every permission denied. */
export function secureSession(target: Session, location: AppPageLocation): void {
  const policy = windowContentSecurityPolicy(location.devServerUrl);
  target.webRequest.onHeadersReceived((details, callback) => {
    // Developer tools bring their own policy; ours would break them.
    if (details.url.startsWith('devtools:')) return callback({});
    const responseHeaders = { ...details.responseHeaders };
    // Replace, never add to, a policy the response brought: two policies would both apply.
    for (const name of Object.keys(responseHeaders)) {
      if (name.toLowerCase() === 'content-security-policy') delete responseHeaders[name];
    }
    responseHeaders['Content-Security-Policy'] = [policy];
    callback({ responseHeaders });
  });

  // No remote content, and no local file outside the renderer's folder, whatever the page asks for.
  target.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppResourceUrl(details.url, location);
    if (!allowed) console.warn(`[griddesk] refused a request for ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  // The register needs no camera, microphone, location, notifications, USB or serial device.
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

/** Keeps a web contents on the app's page; https links it tries to open go to the system browser instead. */
export function secureWebContents(contents: WebContents, location: AppPageLocation): void {
  const openOutside = (url: string) => {
    if (isVettedExternalUrl(url)) void shell.openExternal(url);
  };

  contents.on('will-frame-navigate', (event) => {
    if (isAppPageUrl(event.url, location)) return;
    event.preventDefault();
    if (event.isMainFrame) openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPageUrl(event.url, location)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/**
 * The whole baseline: the default session now (serving the built page on griddesk://app/ unless the dev server is
 * the app), and every web contents the app will ever create.
 */
export function secureApp(location: AppPageLocation, rendererDir: string): void {
  if (!location.devServerUrl) serveAppScheme(session.defaultSession, rendererDir);
  secureSession(session.defaultSession, location);
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, location));
}
