// Electron entry, kept thin: one instance, the user-data folder, the security baseline, the IPC transport, the window.
import path from 'node:path';
import { app, type BrowserWindow, dialog } from 'electron';
import { createGridDesk } from './app';
import { findMigrationsFolder } from './db/migrationsFolder';
import { appPageLocation } from './electron/appPage';
import { registerRpcTransport } from './electron/ipc';
import { registerAppScheme, secureApp } from './electron/security';
import { createMainWindow, focusWindow } from './electron/window';

app.setName('GridDesk');
// The built page is served as griddesk://app/, not file://; the scheme must be declared before the app is ready.
registerAppScheme();

let mainWindow: BrowserWindow | null = null;

function start(): void {
  // The dev server is honoured only unpackaged: an installed app always shows its own files.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const location = appPageLocation(devServerUrl);
  secureApp(location, path.join(__dirname, '../renderer'));

  const gridDesk = createGridDesk({
    dataDir: app.getPath('userData'),
    migrationsFolder: findMigrationsFolder(__dirname, app.isPackaged ? process.resourcesPath : undefined),
    // node_modules keeps better-sqlite3 built for Node (tests, browser mode), so `npm start` hands Electron a build for
    // its own ABI here. A packaged app ignores it: its app.asar.unpacked holds the Electron build, put there at packing.
    nativeBinding: app.isPackaged ? undefined : process.env.GRIDDESK_NATIVE_BINDING || undefined,
  });
  app.on('will-quit', () => gridDesk.close());
  registerRpcTransport(gridDesk.router, location);

  mainWindow = createMainWindow({
    location,
    preloadPath: path.join(__dirname, '../preload/index.js'),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// A second launch (a double click on the icon while GridDesk runs) focuses the open window: two
// processes writing one database would only fight over its lock.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Most likely the database could not be opened or migrated; say so instead of showing nothing.
      const detail = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('GridDesk 无法启动 / GridDesk could not start', detail);
      app.exit(1);
    });
}
