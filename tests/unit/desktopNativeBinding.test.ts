// The Electron entry takes GRIDDESK_NATIVE_BINDING (set by `npm start`) only when run unpackaged: an installed app
// loads the better-sqlite3 build packed beside app.asar. Electron and the app are stand-ins: only the wiring is checked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  isPackaged: false,
  gridDeskOptions: [] as Record<string, unknown>[],
  errorBoxes: [] as string[],
}));

vi.mock('electron', () => {
  const app = {
    get isPackaged() {
      return state.isPackaged;
    },
    setName: () => {},
    requestSingleInstanceLock: () => true,
    quit: () => {},
    exit: () => {},
    whenReady: () => Promise.resolve(),
    getPath: () => '/user-data',
    on: () => app,
  };
  return { app, dialog: { showErrorBox: (_title: string, detail: string) => state.errorBoxes.push(detail) } };
});
vi.mock('../../src/main/app', () => ({
  createGridDesk: (options: Record<string, unknown>) => {
    state.gridDeskOptions.push(options);
    return { router: {}, close: () => {} };
  },
}));
vi.mock('../../src/main/db/migrationsFolder', () => ({ findMigrationsFolder: () => '/migrations' }));
vi.mock('../../src/main/electron/security', () => ({ secureApp: () => {}, registerAppScheme: () => {} }));
vi.mock('../../src/main/electron/ipc', () => ({ registerRpcTransport: () => {} }));
vi.mock('../../src/main/electron/window', () => ({
  createMainWindow: () => ({ on: () => {} }),
  focusWindow: () => {},
}));

const binding = '/p/node_modules/.cache/griddesk/electron/better_sqlite3.node';
const savedBinding = process.env.GRIDDESK_NATIVE_BINDING;

/** Runs the entry afresh and answers what it gave createGridDesk. */
async function startEntry(isPackaged: boolean) {
  state.isPackaged = isPackaged;
  state.gridDeskOptions = [];
  state.errorBoxes = [];
  vi.resetModules();
  await import('../../src/main/index');
  // Lets whenReady().then(start) run.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(state.errorBoxes).toEqual([]);
  expect(state.gridDeskOptions).toHaveLength(1);
  return state.gridDeskOptions[0];
}

beforeEach(() => {
  process.env.GRIDDESK_NATIVE_BINDING = binding;
});
afterEach(() => {
  if (savedBinding === undefined) delete process.env.GRIDDESK_NATIVE_BINDING;
  else process.env.GRIDDESK_NATIVE_BINDING = savedBinding;
});

describe('the native binding the desktop app opens its database with', () => {
  it('is the one GRIDDESK_NATIVE_BINDING names when unpackaged', async () => {
    expect((await startEntry(false))?.nativeBinding).toBe(binding);
  });

  it("is better-sqlite3's own when unpackaged without the variable", async () => {
    delete process.env.GRIDDESK_NATIVE_BINDING;
    expect((await startEntry(false))?.nativeBinding).toBeUndefined();
  });

  it("is better-sqlite3's own in a packaged app, whatever the environment says", async () => {
    expect((await startEntry(true))?.nativeBinding).toBeUndefined();
  });
});
