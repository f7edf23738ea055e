// The desktop window's security rules, read from the pure pieces the Electron code is built from: which URLs are the
// app's page, what the page may request, which links leave for the system browser, the policy, the window's size.
import { describe, expect, it } from 'vitest';
import {
  type AppPageLocation,
  appPageLocation,
  isAppPageUrl,
  isAppResourceUrl,
  isTrustedSenderUrl,
} from '../../src/main/electron/appPage';
import { appPageUrl } from '../../src/main/electron/appProtocol';
import { windowContentSecurityPolicy, withSources } from '../../src/main/electron/contentSecurity';
import { isVettedExternalUrl } from '../../src/main/electron/externalUrl';
import { windowSize } from '../../src/main/electron/windowOptions';
import { contentSecurityPolicy } from '../../src/main/rpc/http';

const builtApp = (): AppPageLocation => appPageLocation(undefined);
const devApp = (): AppPageLocation => appPageLocation('http://localhost:5173');

describe('the GridDesk window', () => {
  it('opens at 1366×768 and may shrink no smaller than 1024×640', () => {
    expect(windowSize()).toEqual({ width: 1366, height: 768, minWidth: 1024, minHeight: 640 });
  });

  it('fits a 1366×768 screen whose taskbar takes 40 pixels', () => {
    const fitted = windowSize({ width: 1366, height: 728 });
    expect([fitted.width, fitted.height]).toEqual([1366, 728]);
    expect(fitted.minHeight).toBeLessThanOrEqual(728);
  });
});

describe('where the window goes', () => {
  it('loads griddesk://app/index.html when built, the dev server during development', () => {
    expect(builtApp().pageUrl).toBe('griddesk://app/index.html');
    expect(appPageUrl).toBe('griddesk://app/index.html');
    expect(devApp().pageUrl).toBe('http://localhost:5173');
  });
});

describe('IPC senders', () => {
  it('trusts the app page, whatever route its hash or query shows', () => {
    const app = builtApp();
    expect(isTrustedSenderUrl('griddesk://app/index.html', app)).toBe(true);
    expect(isTrustedSenderUrl('griddesk://app/index.html#/cases/12', app)).toBe(true);
    expect(isTrustedSenderUrl('griddesk://app/index.html?lang=en', app)).toBe(true);
  });

  it('refuses another file of the scheme, another host, a port or credentials', () => {
    const app = builtApp();
    expect(isTrustedSenderUrl('griddesk://app/assets/index.js', app)).toBe(false);
    expect(isTrustedSenderUrl('griddesk://app/', app)).toBe(false);
    expect(isTrustedSenderUrl('griddesk://other/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('griddesk://app:8080/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('griddesk://user@app/index.html', app)).toBe(false);
  });

  it('refuses local files, even the built index.html itself, and remote pages', () => {
    const app = builtApp();
    expect(isTrustedSenderUrl('file:///opt/GridDesk/resources/app.asar/out/renderer/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('file:///home/user/Downloads/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('https://example.com/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('http://127.0.0.1:5180/', app)).toBe(false);
    expect(isTrustedSenderUrl('about:blank', app)).toBe(false);
    expect(isTrustedSenderUrl('', app)).toBe(false);
  });

  it('trusts only the dev server during development, not the built page', () => {
    const app = devApp();
    expect(isTrustedSenderUrl('http://localhost:5173/', app)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/#/residents', app)).toBe(true);
    expect(isTrustedSenderUrl('griddesk://app/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5174/', app)).toBe(false);
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/', app)).toBe(false);
    expect(isTrustedSenderUrl('https://localhost:5173/', app)).toBe(false);
  });
});

describe('navigation', () => {
  it('may only go to the app page itself', () => {
    const app = builtApp();
    expect(isAppPageUrl('griddesk://app/index.html#/audit', app)).toBe(true);
    expect(isAppPageUrl('https://www.gov.cn/', app)).toBe(false);
    expect(isAppPageUrl('file:///etc/passwd', app)).toBe(false);
  });
});

describe('requests from the page', () => {
  it('may load what its own scheme serves, and data it made itself', () => {
    const app = builtApp();
    expect(isAppResourceUrl('griddesk://app/assets/index-abc.js', app)).toBe(true);
    expect(isAppResourceUrl('griddesk://app/assets/font.woff2', app)).toBe(true);
    expect(isAppResourceUrl('data:image/png;base64,AAAA', app)).toBe(true);
    expect(isAppResourceUrl('blob:griddesk://app/8a1c', app)).toBe(true);
  });

  it('may not read any local file, not even the renderer’s own files over file://', () => {
    const app = builtApp();
    expect(isAppResourceUrl('file:///opt/GridDesk/resources/app.asar/out/renderer/assets/index.js', app)).toBe(false);
    expect(isAppResourceUrl('file:///home/user/.config/GridDesk/griddesk.db', app)).toBe(false);
    expect(isAppResourceUrl('griddesk://other/index.html', app)).toBe(false);
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
