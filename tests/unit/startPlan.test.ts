// What `npm start` decides to run: the desktop app with Electron's better-sqlite3 build, or browser mode.
import { describe, expect, it } from 'vitest';
import { browserModePort, findElectronRuntime, startPlan } from '../../scripts/startPlan.mjs';

const paths = {
  execPath: '/usr/bin/node',
  electronVite: '/p/node_modules/electron-vite/bin/electron-vite.js',
  serverScript: '/p/out/main/server.js',
};
const binding = '/p/node_modules/.cache/griddesk/better-sqlite3-12.11.1-electron-40.10.2-linux-x64/better_sqlite3.node';

describe('finding the Electron runtime', () => {
  const existing = new Set(['/e/electron', '/custom/electron']);
  const exists = (file: string) => existing.has(file);

  it("answers the electron package's binary when it was downloaded", () => {
    expect(findElectronRuntime({ env: {}, resolveElectron: () => '/e/electron', exists })).toBe('/e/electron');
  });

  it('answers null when npm skipped the download: the package throws, or names a missing file', () => {
    const throws = () => {
      throw new Error('Electron failed to install correctly');
    };
    expect(findElectronRuntime({ env: {}, resolveElectron: throws, exists })).toBeNull();
    expect(findElectronRuntime({ env: {}, resolveElectron: () => '/gone/electron', exists })).toBeNull();
  });

  it('honours ELECTRON_EXEC_PATH first, as electron-vite does', () => {
    const resolveElectron = () => '/e/electron';
    expect(findElectronRuntime({ env: { ELECTRON_EXEC_PATH: '/custom/electron' }, resolveElectron, exists })).toBe(
      '/custom/electron',
    );
    expect(findElectronRuntime({ env: { ELECTRON_EXEC_PATH: '/gone/electron' }, resolveElectron, exists })).toBeNull();
  });
});

describe('the start plan', () => {
  it('starts Electron through electron-vite preview, pointed at the Electron build of better-sqlite3', () => {
    const plan = startPlan({ ...paths, runtime: '/e/electron', nativeBinding: binding, args: [] });
    expect(plan).toEqual({
      mode: 'desktop',
      notice: null,
      steps: [
        { command: paths.execPath, args: [paths.electronVite, 'preview'], env: { GRIDDESK_NATIVE_BINDING: binding } },
      ],
    });
  });

  it("passes extra arguments to the desktop app after '--'", () => {
    const plan = startPlan({ ...paths, runtime: '/e/electron', nativeBinding: binding, args: ['--demo'] });
    expect(plan.steps[0]?.args).toEqual([paths.electronVite, 'preview', '--', '--demo']);
  });

  it('builds and serves browser mode when the Electron runtime is absent, passing the arguments to the server', () => {
    const plan = startPlan({ ...paths, runtime: null, nativeBinding: null, args: ['--port', '6000', '--demo'] });
    expect(plan.mode).toBe('browser');
    expect(plan.notice).toBe(
      'Electron runtime not installed here; starting browser mode instead at http://127.0.0.1:6000',
    );
    expect(plan.steps).toEqual([
      { command: paths.execPath, args: [paths.electronVite, 'build', '--logLevel', 'warn'], env: {} },
      { command: paths.execPath, args: [paths.serverScript, '--port', '6000', '--demo'], env: {} },
    ]);
  });

  it('falls back to browser mode when Electron is there but its better-sqlite3 build could not be made', () => {
    const plan = startPlan({ ...paths, runtime: '/e/electron', nativeBinding: null, args: [] });
    expect(plan.mode).toBe('browser');
    expect(plan.notice).toMatch(/not built for Electron.*browser mode instead at http:\/\/127\.0\.0\.1:5180$/);
    expect(plan.steps.map((step) => step.env)).toEqual([{}, {}]);
  });
});

describe('the browser-mode port', () => {
  it('reads --port N and --port=N, else 5180', () => {
    expect(browserModePort(['--port', '6001'])).toBe('6001');
    expect(browserModePort(['--demo', '--port=6002'])).toBe('6002');
    expect(browserModePort(['--demo'])).toBe('5180');
  });
});
