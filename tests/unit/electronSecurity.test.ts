// The desktop window's security baseline, read from the pure pieces the Electron code is built from.
import { describe, expect, it } from 'vitest';
import {
  type AppPageLocation,
  appPageLocation,
  isAppPageUrl,
  isAppResourceUrl,
  isTrustedSenderUrl,
} from '../../src/main/electron/appPage';
import { windowContentSecurityPolicy, withSources } from '../../src/main/electron/contentSecurity';
import { isVettedExternalUrl } from '../../src/main/electron/externalUrl';
import { secureWindowOptions } from '../../src/main/electron/windowOptions';
import { contentSecurityPolicy } from '../../src/main/rpc/http';

/** Where an installed GridDesk keeps its built page on Linux. */
const installed = 'file:///opt/GridDesk/resources/app.asar/out';
const builtApp = (): AppPageLocation =>
  appPageLocation('/opt/GridDesk/resources/app.asar/out/renderer/index.html', undefined);
const devApp = (): AppPageLocation =>
  appPageLocation('/home/dev/griddesk/out/renderer/index.html', 'http://localhost:5173');
const installedOnWindows = 'file:///C:/Program%20Files/GridDesk/resources/app.asar/out';
const windowsApp = (): AppPageLocation => ({ indexUrl: `${installedOnWindows}/renderer/index.html` });

describe('the GridDesk window', () => {
  const options = secureWindowOptions('/app/out/preload/index.js');
  const web = options.webPreferences ?? {};

  it('isolates the page from the preload and runs it in the OS sandbox', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
  });

  it('gives the page, its workers and its frames no Node', () => {
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, webviews and experimental features', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('turns the spell checker off, so no dictionary is downloaded', () => {
    expect(web.spellcheck).toBe(false);
  });

  it('loads the given preload and nothing else into the page', () => {
    expect(web.preload).toBe('/app/out/preload/index.js');
    expect(Object.keys(web)).not.toContain('additionalArguments');
  });

  it('is titled GridDesk and stays hidden until it is painted', () => {
    expect(options.title).toBe('GridDesk');
    expect(options.show).toBe(false);
  });

  it('opens at 1366×768 and may shrink no smaller than 1024×640', () => {
    expect([options.width, options.height]).toEqual([1366, 768]);
    expect([options.minWidth, options.minHeight]).toEqual([1024, 640]);
  });

  it('fits a 1366×768 screen whose taskbar takes 40 pixels', () => {
    const fitted = secureWindowOptions('/p.js', { width: 1366, height: 728 });
    expect([fitted.width, fitted.height]).toEqual([1366, 728]);
    expect(fitted.minHeight).toBeLessThanOrEqual(728);
  });
});

describe('IPC senders', () => {
  it('trusts the built index.html, whatever route its hash or query shows', () => {
    const app = builtApp();
    expect(isTrustedSenderUrl(`${installed}/renderer/index.html`, app)).toBe(true);
    expect(isTrustedSenderUrl(`${installed}/renderer/index.html#/cases/12`, app)).toBe(true);
    expect(isTrustedSenderUrl(`${installed}/renderer/index.html?lang=en`, app)).toBe(true);
  });

  it('refuses another local file, even one beside index.html', () => {
    const app = builtApp();
    expect(isTrustedSenderUrl(`${installed}/renderer/evil.html`, app)).toBe(false);
    expect(isTrustedSenderUrl('file:///home/user/Downloads/index.html', app)).toBe(false);
    const sameNameOnAFileServer = 'file://fileserver/opt/GridDesk/resources/app.asar/out/renderer/index.html';
    expect(isTrustedSenderUrl(sameNameOnAFileServer, app)).toBe(false);
  });

  it('refuses remote pages, including one that borrows the file name', () => {
    const app = builtApp();
    expect(isTrustedSenderUrl('https://example.com/out/renderer/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('http://127.0.0.1:5180/', app)).toBe(false);
    expect(isTrustedSenderUrl('about:blank', app)).toBe(false);
    expect(isTrustedSenderUrl('', app)).toBe(false);
  });

  it('matches a Windows path however Chromium encodes or capitalises it', () => {
    const app = windowsApp();
    expect(
      isTrustedSenderUrl('file:///c:/Program Files/GridDesk/resources/app.asar/out/renderer/index.html', app),
    ).toBe(true);
    expect(isTrustedSenderUrl(`${installedOnWindows}/renderer/index.html#/`, app)).toBe(true);
    expect(
      isTrustedSenderUrl('file:///D:/Program%20Files/GridDesk/resources/app.asar/out/renderer/index.html', app),
    ).toBe(false);
  });

  it('trusts only the dev server during development, not the files on disk', () => {
    const app = devApp();
    expect(isTrustedSenderUrl('http://localhost:5173/', app)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/#/residents', app)).toBe(true);
    expect(isTrustedSenderUrl('file:///home/dev/griddesk/out/renderer/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5174/', app)).toBe(false);
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/', app)).toBe(false);
    expect(isTrustedSenderUrl('https://localhost:5173/', app)).toBe(false);
  });
});

describe('navigation', () => {
  it('may only go to the app page itself', () => {
    const app = builtApp();
    expect(isAppPageUrl(`${installed}/renderer/index.html#/audit`, app)).toBe(true);
    expect(isAppPageUrl('https://www.gov.cn/', app)).toBe(false);
    expect(isAppPageUrl('file:///etc/passwd', app)).toBe(false);
  });
});

describe('requests from the page', () => {
  it('may load the files beside index.html', () => {
    const app = builtApp();
    expect(isAppResourceUrl(`${installed}/renderer/assets/index-abc.js`, app)).toBe(true);
    expect(isAppResourceUrl(`${installed}/renderer/assets/font.woff2`, app)).toBe(true);
    expect(isAppResourceUrl('data:image/png;base64,AAAA', app)).toBe(true);
  });

  it('may not read other local files, even by climbing out of the renderer folder', () => {
    const app = builtApp();
    expect(isAppResourceUrl(`${installed}/main/index.js`, app)).toBe(false);
    expect(isAppResourceUrl(`${installed}/renderer/../main/index.js`, app)).toBe(false);
    expect(isAppResourceUrl(`${installed}/renderer/%2e%2e/main/index.js`, app)).toBe(false);
    expect(isAppResourceUrl('file:///home/user/.config/GridDesk/griddesk.db', app)).toBe(false);
  });

  it('may not fetch anything remote', () => {
    const app = builtApp();
    expect(isAppResourceUrl('https://cdn.example.com/lib.js', app)).toBe(false);
    expect(isAppResourceUrl('http://127.0.0.1:5180/api/rpc', app)).toBe(false);
    expect(isAppResourceUrl('ws://localhost:5173/', app)).toBe(false);
  });

  it('may reach the dev server and its hot-reload socket during development, and nothing else', () => {
    const app = devApp();
    expect(isAppResourceUrl('http://localhost:5173/src/main.tsx', app)).toBe(true);
    expect(isAppResourceUrl('ws://localhost:5173/?token=x', app)).toBe(true);
    expect(isAppResourceUrl('ws://localhost:9999/', app)).toBe(false);
    expect(isAppResourceUrl('https://fonts.googleapis.com/css', app)).toBe(false);
    expect(isAppResourceUrl('file:///home/dev/griddesk/out/renderer/index.html', app)).toBe(false);
  });
});

describe('external links', () => {
  it('opens https addresses in the system browser', () => {
    expect(isVettedExternalUrl('https://www.gov.cn/zhengce/')).toBe(true);
    expect(isVettedExternalUrl('https://example.org/path?q=1#part')).toBe(true);
  });

  it('refuses every other scheme, since the OS would hand it to some other program', () => {
    for (const url of [
      'http://example.org/',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'smb://fileserver/share',
      'ms-settings:privacy',
      'mailto:office@example.org',
      'data:text/html,<script>1</script>',
    ]) {
      expect(isVettedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses addresses with credentials in them, malformed ones and ones that are not strings', () => {
    expect(isVettedExternalUrl('https://user:secret@example.org/')).toBe(false);
    expect(isVettedExternalUrl('https://')).toBe(false);
    expect(isVettedExternalUrl('not a url')).toBe(false);
    expect(isVettedExternalUrl(`https://example.org/${'a'.repeat(3000)}`)).toBe(false);
    expect(isVettedExternalUrl(undefined)).toBe(false);
    expect(isVettedExternalUrl({ href: 'https://example.org/' })).toBe(false);
  });
});

describe("the window's Content-Security-Policy", () => {
  it('is exactly browser mode’s policy for the built app', () => {
    expect(windowContentSecurityPolicy()).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).toContain("script-src 'self';");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
  });

  it('allows inline scripts and the hot-reload socket only under the dev server', () => {
    const policy = windowContentSecurityPolicy('http://localhost:5173');
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' ws://localhost:5173");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("object-src 'none'");
  });

  it('adds sources to the named directives and leaves the others alone', () => {
    expect(withSources("default-src 'self'; img-src 'self'", { 'img-src': ['data:'] })).toBe(
      "default-src 'self'; img-src 'self' data:",
    );
  });
});
