// Electron's security checklist (electronjs.org/docs/latest/tutorial/security), one test per item, each driving the
// real main-process and preload code against a stand-in electron module. The README's "Security checklist" table
// names these tests; items 16 and 19 are held elsewhere (see there).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appPageLocation } from '../../src/main/electron/appPage';
import { appPageUrl } from '../../src/main/electron/appProtocol';
import { windowContentSecurityPolicy } from '../../src/main/electron/contentSecurity';
import { registerRpcTransport } from '../../src/main/electron/ipc';
import { registerAppScheme, secureApp } from '../../src/main/electron/security';
import { createMainWindow } from '../../src/main/electron/window';
import type { Router } from '../../src/main/rpc/router';
import { type FakeWebContents, fakeDefaultSession, fakeEvent, recorded } from '../support/fakeElectron';

vi.mock('electron', async () => (await import('../support/fakeElectron')).electron);

const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'griddesk-renderer-'));
const policy = windowContentSecurityPolicy();
const session = fakeDefaultSession;
let contents: FakeWebContents;
let webPreferences: Record<string, unknown>;

beforeAll(() => {
  // The request filter says what it refuses; the refusals here are the point of the tests.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>GridDesk</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
  // What src/main/index.ts does, in its order: the scheme before ready, then the baseline, then the window.
  registerAppScheme();
  secureApp(appPageLocation(undefined), rendererDir);
  const window = createMainWindow({ location: appPageLocation(undefined), preloadPath: '/app/out/preload/index.js' });
  contents = window.webContents as unknown as FakeWebContents;
  webPreferences = recorded.windows[0]?.options.webPreferences ?? {};
});
afterAll(() => fs.rmSync(rendererDir, { recursive: true, force: true }));

/** Whether the session's request filter lets a request through. */
function requestAllowed(url: string): boolean {
  let cancel: boolean | undefined;
  session.requestListener?.({ url }, (answer) => {
    cancel = answer.cancel;
  });
  if (cancel === undefined) throw new Error('the request filter did not answer');
  return !cancel;
}

/** Whether a navigation of the window's main frame to `url` goes ahead. */
function navigationAllowed(url: string): boolean {
  const event = fakeEvent(url);
  contents.events.emit('will-frame-navigate', event);
  return !event.prevented;
}

describe("Electron's security checklist", () => {
  it('1. loads only secure content: its own secure scheme, never http, https or another origin', () => {
    expect(recorded.windows[0]?.loadedUrls).toEqual([appPageUrl]);
    expect(recorded.privilegedSchemes.find((scheme) => scheme.scheme === 'griddesk')?.privileges?.secure).toBe(true);
    expect(requestAllowed('griddesk://app/assets/index.js')).toBe(true);
    expect(requestAllowed('http://example.org/tracker.js')).toBe(false);
    expect(requestAllowed('https://cdn.example.org/lib.js')).toBe(false);
    expect(requestAllowed('ws://127.0.0.1:9229/')).toBe(false);
  });

  it('2. gives no page Node: not the window, its workers or its frames', () => {
    expect(webPreferences.nodeIntegration).toBe(false);
    expect(webPreferences.nodeIntegrationInWorker).toBe(false);
    expect(webPreferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('3. isolates the page’s JavaScript world from the preload', () => {
    expect(webPreferences.contextIsolation).toBe(true);
  });

  it('4. runs the page in the OS sandbox', () => {
    expect(webPreferences.sandbox).toBe(true);
  });

  it('5. denies every permission request and check, and every device', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      session.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(session.permissionCheckHandler?.({}, 'media', 'griddesk://app', {})).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'griddesk://app' })).toBe(false);
  });

  it('6. keeps webSecurity on', () => {
    expect(webPreferences.webSecurity).toBe(true);
  });

  it('7. sends a Content-Security-Policy with the page and every response, replacing any other', async () => {
    const page = await session.schemeHandlers.get('griddesk')?.({ url: appPageUrl, method: 'GET' });
    expect(page?.headers.get('content-security-policy')).toBe(policy);
    let headers: Record<string, string[]> | undefined;
    session.headersListener?.(
      { url: appPageUrl, responseHeaders: { 'content-security-policy': ["script-src 'unsafe-eval'"] } },
      (answer) => {
        headers = answer.responseHeaders;
      },
    );
    expect(headers).toEqual({ 'Content-Security-Policy': [policy] });
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-eval');
  });

  it('8. does not run insecure content', () => {
    expect(webPreferences.allowRunningInsecureContent).toBe(false);
  });

  it('9. leaves experimental features off', () => {
    expect(webPreferences.experimentalFeatures).toBe(false);
  });

  it('10. enables no Blink feature', () => {
    expect(Object.keys(webPreferences)).not.toContain('enableBlinkFeatures');
  });

  it('11. has no <webview> tag, so nothing can ask for allowpopups', () => {
    expect(webPreferences.webviewTag).toBe(false);
  });

  it('12. refuses every webview before it attaches, whatever its options', () => {
    const event = fakeEvent('https://example.org/');
    contents.events.emit('will-attach-webview', event, { nodeIntegration: true, preload: '/evil.js' }, {});
    expect(event.prevented).toBe(true);
  });

  it('13. navigates only within its own page; redirects elsewhere are stopped', () => {
    expect(navigationAllowed('griddesk://app/index.html#/cases/12')).toBe(true);
    expect(navigationAllowed('https://www.gov.cn/')).toBe(false);
    expect(navigationAllowed('file:///C:/Users/desk/Downloads/index.html')).toBe(false);
    expect(navigationAllowed('griddesk://app/assets/index.js')).toBe(false);
    const redirect = fakeEvent('https://example.org/');
    contents.events.emit('will-redirect', redirect);
    expect(redirect.prevented).toBe(true);
    expect(webPreferences.navigateOnDragDrop).toBe(false);
  });

  it('14. creates no new window, whatever the page opens', () => {
    for (const url of ['https://www.gov.cn/', appPageUrl, 'about:blank', 'file:///etc/passwd']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('15. hands only vetted https links to the system, never files, scripts or other programs’ schemes', () => {
    recorded.openedExternally.length = 0;
    for (const url of [
      'https://www.gov.cn/zhengce/',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'smb://fileserver/share',
      'http://example.org/',
    ]) {
      contents.windowOpenHandler?.({ url });
      navigationAllowed(url);
    }
    expect(recorded.openedExternally).toEqual(['https://www.gov.cn/zhengce/', 'https://www.gov.cn/zhengce/']);
  });

  it('17. answers IPC only from the top frame of its own page, on every channel, before reading the message', async () => {
    const calls: string[] = [];
    const router = {
      call: (procedure: string) => {
        calls.push(procedure);
        return { ok: true, data: null };
      },
    } as unknown as Router;
    registerRpcTransport(router, appPageLocation(undefined));
    const untrusted = [
      { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} },
      { senderFrame: { url: 'file:///home/desk/index.html', parent: null }, sender: {} },
      { senderFrame: { url: appPageUrl, parent: {} }, sender: {} },
      { senderFrame: null, sender: {} },
    ];
    expect(recorded.ipcHandlers.size).toBeGreaterThanOrEqual(6);
    for (const [channel, handler] of recorded.ipcHandlers) {
      for (const event of untrusted) {
        const answer = (await handler(event, {})) as { ok: boolean; error?: { code: string } };
        expect(answer.error?.code, `${channel} from ${JSON.stringify(event.senderFrame)}`).toBe('FORBIDDEN');
      }
    }
    expect(calls).toEqual([]);
    const fromApp = { senderFrame: { url: `${appPageUrl}#/cases`, parent: null }, sender: {} };
    await recorded.ipcHandlers.get('griddesk:rpc')?.(fromApp, {
      procedure: 'auth.status',
      input: {},
      meta: { token: null, lang: 'zh-CN' },
    });
    expect(calls).toEqual(['auth.status']);
  });

  it('18. serves its page on griddesk://app/ instead of file://, and lets the page read no file:// at all', async () => {
    const handler = session.schemeHandlers.get('griddesk');
    expect((await handler?.({ url: 'griddesk://app/assets/index.js', method: 'GET' }))?.status).toBe(200);
    expect((await handler?.({ url: 'griddesk://app/..%2F..%2Fetc%2Fpasswd', method: 'GET' }))?.status).toBe(404);
    expect(recorded.windows[0]?.loadedUrls.some((url) => url.startsWith('loadFile:') || url.startsWith('file:'))).toBe(
      false,
    );
    expect(requestAllowed(`file://${path.join(rendererDir, 'index.html')}`)).toBe(false);
    const privileges = recorded.privilegedSchemes.find((scheme) => scheme.scheme === 'griddesk')?.privileges ?? {};
    expect(privileges).toMatchObject({ standard: true, secure: true });
    expect(privileges.bypassCSP ?? false).toBe(false);
    expect(privileges.corsEnabled ?? false).toBe(false);
  });

  it('20. exposes no Electron API to the page: window.griddesk holds six functions and no ipcRenderer', async () => {
    await import('../../src/preload/index');
    expect([...recorded.exposedInMainWorld.keys()]).toEqual(['griddesk']);
    const bridge = recorded.exposedInMainWorld.get('griddesk') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(
      ['download', 'invoke', 'openAttachment', 'printToPdf', 'upload', 'uploadAttachment'].sort(),
    );
    for (const member of Object.values(bridge)) expect(typeof member).toBe('function');
    const invoke = bridge.invoke as (name: string, input: unknown) => Promise<{ ok: boolean }>;
    expect((await invoke('require', 'child_process')).ok).toBe(false);
    expect(recorded.invokedChannels).toEqual([]);
  });
});
