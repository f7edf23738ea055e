// The GridDesk window: its web preferences written out where it is created, so a reader and the electronegativity
// scan both see every one of them; shown once painted; loading griddesk://app/index.html or, in development, the
// dev server.
import { BrowserWindow, screen } from 'electron';
import type { AppPageLocation } from './appPage';
import { windowSize } from './windowOptions';

export interface MainWindowOptions {
  location: AppPageLocation;
  preloadPath: string;
}

export function createMainWindow({ location, preloadPath }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'GridDesk',
    ...windowSize(screen.getPrimaryDisplay().workAreaSize),
    // Shown on ready-to-show, so nobody sees an empty white frame while the renderer starts.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      // The renderer is a web page: no Node, its own JavaScript world, an OS-sandboxed process.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Dropping a file on the window must not navigate away from the app.
      navigateOnDragDrop: false,
      // The spell checker downloads its dictionaries from the network; the register has no use for it.
      spellcheck: false,
      safeDialogs: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  window
    .loadURL(location.pageUrl)
    .catch((error: unknown) => console.error('[griddesk] the window could not load the app page:', error));
  return window;
}

/** Brings the window forward, for a second launch of the app. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
