// A stand-in for the electron module (there is no Electron runtime where the tests run): it records what the
// main-process and preload code ask of it, so tests drive the real security wiring on plain Node. Use it with
// `vi.mock('electron', async () => (await import('../support/fakeElectron')).electron)`.

type Listener = (...args: never[]) => unknown;

/** Keeps listeners by event name and calls them on emit, like Node's EventEmitter, for the fakes below. */
class Listeners {
  private readonly byName = new Map<string, Listener[]>();

  add(name: string, listener: Listener): void {
    this.byName.set(name, [...(this.byName.get(name) ?? []), listener]);
  }

  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.byName.get(name) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }

  count(name: string): number {
    return this.byName.get(name)?.length ?? 0;
  }
}

/** What a navigation or webview event carries, with preventDefault recorded. */
export interface FakeEvent {
  url: string;
  isMainFrame: boolean;
  prevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(url: string, isMainFrame = true): FakeEvent {
  return {
    url,
    isMainFrame,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

type WindowOpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents {
  readonly events = new Listeners();
  windowOpenHandler: WindowOpenHandler | null = null;

  on(name: string, listener: Listener): this {
    this.events.add(name, listener);
    return this;
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

type HeadersCallback = (answer: { responseHeaders?: Record<string, string[]>; cancel?: boolean }) => void;
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  cb: HeadersCallback,
) => void;
type RequestListener = (details: { url: string }, cb: (answer: { cancel: boolean }) => void) => void;
type PermissionHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type SchemeHandler = (request: { url: string; method: string }) => Promise<Response>;

export class FakeSession {
  headersListener: HeadersListener | null = null;
  requestListener: RequestListener | null = null;
  permissionRequestHandler: PermissionHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  readonly schemeHandlers = new Map<string, SchemeHandler>();

  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener;
    },
    onBeforeRequest: (listener: RequestListener) => {
      this.requestListener = listener;
    },
  };

  readonly protocol = {
    handle: (scheme: string, handler: SchemeHandler) => {
      this.schemeHandlers.set(scheme, handler);
    },
  };

  setPermissionRequestHandler(handler: PermissionHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermissionHandler = handler;
  }
}

type InvokeHandler = (event: unknown, message: unknown) => unknown;

/** Everything the fakes were asked, in one place a test can read and reset. */
export const recorded = {
  windows: [] as FakeBrowserWindow[],
  privilegedSchemes: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  openedExternally: [] as string[],
  ipcHandlers: new Map<string, InvokeHandler>(),
  exposedInMainWorld: new Map<string, unknown>(),
  invokedChannels: [] as string[],
};

const appEvents = new Listeners();
const defaultSession = new FakeSession();

export class FakeBrowserWindow {
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];

  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    recorded.windows.push(this);
    // Electron announces every new web contents to the app, which is where the baseline attaches to it.
    appEvents.emit('web-contents-created', {}, this.webContents);
  }

  once(): this {
    return this;
  }

  on(): this {
    return this;
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  loadFile(file: string): Promise<void> {
    this.loadedUrls.push(`loadFile:${file}`);
    return Promise.resolve();
  }

  static fromWebContents(): null {
    return null;
  }
}

export const electron = {
  app: {
    on: (name: string, listener: Listener) => appEvents.add(name, listener),
    getPath: (name: string) => `/tmp/griddesk-fake-electron/${name}`,
  },
  session: { defaultSession },
  protocol: {
    registerSchemesAsPrivileged: (schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => {
      recorded.privilegedSchemes.push(...schemes);
    },
  },
  shell: {
    openExternal: async (url: string) => {
      recorded.openedExternally.push(url);
    },
    openPath: async () => '',
  },
  screen: { getPrimaryDisplay: () => ({ workAreaSize: { width: 1920, height: 1040 } }) },
  BrowserWindow: FakeBrowserWindow,
  dialog: {
    showSaveDialog: async () => ({ canceled: true }),
  },
  ipcMain: {
    handle: (channel: string, handler: InvokeHandler) => {
      recorded.ipcHandlers.set(channel, handler);
    },
  },
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      recorded.exposedInMainWorld.set(key, api);
    },
  },
  ipcRenderer: {
    invoke: async (channel: string) => {
      recorded.invokedChannels.push(channel);
      return { ok: true, data: null };
    },
  },
};

export { appEvents as fakeAppEvents, defaultSession as fakeDefaultSession };
