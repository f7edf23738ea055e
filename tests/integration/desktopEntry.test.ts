// The Electron entry (src/main/index.ts) run on plain Node against a stand-in for the electron module:
// the wiring between the app's lifecycle, the security baseline, the IPC transport and the real router.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../src/main/rpc/http';

type Listener = (...args: unknown[]) => unknown;

/** What the entry did to Electron, recorded by the stand-in below. */
const electron = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const state = {
    userData: '',
    appListeners,
    windows: [] as { options: Record<string, unknown>; loaded: string[]; focused: number; restored: number }[],
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, Listener>(),
    onHeadersReceived: null as Listener | null,
    onBeforeRequest: null as Listener | null,
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    openedExternally: [] as string[],
    errorBoxes: [] as string[],
    emit(event: string, ...args: unknown[]) {
      for (const listener of appListeners.get(event) ?? []) listener(...args);
    },
  };
  return state;
});

vi.mock('electron', () => {
  const app = {
    isPackaged: false,
    setName: vi.fn(),
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' ? electron.userData : os.tmpdir()),
    on(event: string, listener: Listener) {
      electron.appListeners.set(event, [...(electron.appListeners.get(event) ?? []), listener]);
      return app;
    },
  };
  class BrowserWindow {
    record: (typeof electron.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], focused: 0, restored: 0 };
      electron.windows.push(this.record);
    }
    once() {}
    on() {}
    isMinimized() {
      return true;
    }
    restore() {
      this.record.restored++;
    }
    show() {}
    focus() {
      this.record.focused++;
    }
    loadFile(file: string) {
      this.record.loaded.push(file);
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const defaultSession = {
    webRequest: {
      onHeadersReceived: (listener: Listener) => {
        electron.onHeadersReceived = listener;
      },
      onBeforeRequest: (listener: Listener) => {
        electron.onBeforeRequest = listener;
      },
    },
    setPermissionRequestHandler: (handler: Listener) => {
      electron.permissionRequest = handler;
    },
    setPermissionCheckHandler: (handler: Listener) => {
      electron.permissionCheck = handler;
    },
    setDevicePermissionHandler: () => {},
    protocol: {
      handle: (scheme: string, handler: Listener) => electron.protocolHandlers.set(scheme, handler),
    },
  };
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: (title: string, detail: string) => electron.errorBoxes.push(`${title}: ${detail}`) },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    ipcMain: { handle: (channel: string, handler: Listener) => electron.ipcHandlers.set(channel, handler) },
    screen: { getPrimaryDisplay: () => ({ workAreaSize: { width: 1366, height: 728 } }) },
    session: { defaultSession },
    shell: { openExternal: (url: string) => electron.openedExternally.push(url) },
  };
});

// The built page is served on the app's own scheme, never from file://.
const appPageUrl = 'griddesk://app/index.html';

/** An IPC event as Electron would build it for a frame showing `url`. */
function ipcEvent(url: string, { topFrame = true } = {}) {
  return { senderFrame: { url, parent: topFrame ? null : {} } };
}

const statusCall = { procedure: 'auth.status', input: {}, meta: { token: null, lang: 'en' } };

function rpc(event: unknown, message: unknown) {
  const handler = electron.ipcHandlers.get('griddesk:rpc');
  if (!handler) throw new Error('no IPC handler registered');
  return handler(event, message) as { ok: boolean; data?: unknown; error?: { code: string } };
}

beforeAll(async () => {
  electron.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'griddesk-desktop-'));
  delete process.env.ELECTRON_RENDERER_URL;
  await import('../../src/main/index');
  // Lets whenReady().then(start) run.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(electron.errorBoxes).toEqual([]);
});

afterAll(() => {
  electron.emit('will-quit');
  fs.rmSync(electron.userData, { recursive: true, force: true });
});

describe('the desktop app at start', () => {
  it('opens its database in the user-data folder', () => {
    expect(fs.existsSync(path.join(electron.userData, 'griddesk.db'))).toBe(true);
  });

  it('opens one sandboxed window on the built page, sized for the screen', () => {
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    const web = window?.options.webPreferences as Record<string, unknown>;
    expect(web).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(web.preload)).toMatch(/preload[/\\]index\.js$/);
    expect(window?.options).toMatchObject({ width: 1366, height: 728, show: false });
    expect(window?.loaded).toEqual([appPageUrl]);
    expect(electron.protocolHandlers.has('griddesk')).toBe(true);
  });
});

describe('the IPC transport', () => {
  it("answers the app page's call through the real router", () => {
    expect(rpc(ipcEvent(`${appPageUrl}#/`), statusCall)).toEqual({
      ok: true,
      data: expect.objectContaining({ setupRequired: true }),
    });
  });

  it('refuses other pages, subframes and frames that are gone with FORBIDDEN', () => {
    expect(rpc(ipcEvent('https://example.com/'), statusCall).error?.code).toBe('FORBIDDEN');
    expect(rpc(ipcEvent(appPageUrl, { topFrame: false }), statusCall).error?.code).toBe('FORBIDDEN');
    expect(rpc({ senderFrame: null }, statusCall).error?.code).toBe('FORBIDDEN');
  });

  it('answers a malformed message with VALIDATION and an unknown procedure with NOT_FOUND', () => {
    expect(rpc(ipcEvent(appPageUrl), { procedure: 'auth.status' }).error?.code).toBe('VALIDATION');
    expect(rpc(ipcEvent(appPageUrl), { ...statusCall, procedure: 'fs.readFile' }).error?.code).toBe('NOT_FOUND');
  });
});

describe('the session', () => {
  it("replaces any policy on a response with the app's Content-Security-Policy", () => {
    const callback = vi.fn();
    electron.onHeadersReceived?.(
      { url: appPageUrl, responseHeaders: { 'content-security-policy': ['script-src *'], 'x-other': ['1'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy], 'x-other': ['1'] },
    });
  });

  it('cancels remote requests and lets the page load its own files', () => {
    const decide = (url: string) => {
      const callback = vi.fn();
      electron.onBeforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(decide('https://cdn.example.com/x.js')).toEqual({ cancel: true });
    warn.mockRestore();
    expect(decide(appPageUrl.replace('index.html', 'assets/index.js'))).toEqual({ cancel: false });
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    electron.permissionRequest?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(electron.permissionCheck?.({}, 'clipboard-read')).toBe(false);
  });
});

describe('every web contents', () => {
  /** A web contents stand-in that keeps its listeners and window-open handler. */
  function secureContents() {
    const listeners = new Map<string, Listener>();
    let openHandler: Listener = () => ({ action: 'allow' });
    const contents = {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => {
        openHandler = handler;
      },
    };
    electron.emit('web-contents-created', {}, contents);
    const navigate = (url: string, isMainFrame = true) => {
      const event = { url, isMainFrame, preventDefault: vi.fn() };
      listeners.get('will-frame-navigate')?.(event);
      return event.preventDefault.mock.calls.length > 0 ? 'prevented' : 'allowed';
    };
    return { navigate, open: (url: string) => openHandler({ url }), listeners };
  }

  it('stays on the app page and sends https links to the system browser', () => {
    const contents = secureContents();
    expect(contents.navigate(`${appPageUrl}#/grids`)).toBe('allowed');
    expect(contents.navigate('https://www.gov.cn/')).toBe('prevented');
    expect(contents.navigate('file:///etc/passwd')).toBe('prevented');
    expect(electron.openedExternally).toEqual(['https://www.gov.cn/']);
  });

  it('opens no new window, handing only vetted links to the system browser', () => {
    const contents = secureContents();
    expect(contents.open('https://example.org/help')).toEqual({ action: 'deny' });
    expect(contents.open('smb://fileserver/share')).toEqual({ action: 'deny' });
    expect(electron.openedExternally).toContain('https://example.org/help');
    expect(electron.openedExternally).not.toContain('smb://fileserver/share');
  });

  it('refuses to attach a webview', () => {
    const { listeners } = secureContents();
    const event = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('the app lifecycle', () => {
  it('brings the window back when GridDesk is launched a second time', () => {
    electron.emit('second-instance');
    expect(electron.windows[0]).toMatchObject({ restored: 1, focused: 1 });
  });

  it('closes the database when the app quits', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    electron.emit('will-quit');
    expect(rpc(ipcEvent(appPageUrl), statusCall).error?.code).toBe('INTERNAL');
    error.mockRestore();
  });
});
