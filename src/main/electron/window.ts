// The GridDesk window: secure options, shown once painted, loading the built page or, in development, the dev server.
import { BrowserWindow, screen } from 'electron';
import type { AppPageLocation } from './appPage';
import { secureWindowOptions } from './windowOptions';

export interface MainWindowOptions {
  location: AppPageLocation;
  preloadPath: string;
  /** out/renderer/index.html, loaded with loadFile when there is no dev server. */
  rendererIndexFile: string;
}

export function createMainWindow({ location, preloadPath, rendererIndexFile }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(preloadPath, screen.getPrimaryDisplay().workAreaSize));
  window.once('ready-to-show', () => window.show());
  const loading = location.devServerUrl ? window.loadURL(location.devServerUrl) : window.loadFile(rendererIndexFile);
  loading.catch((error: unknown) => console.error('[griddesk] the window could not load the app page:', error));
  return window;
}

/** Brings the window forward, for a second launch of the app. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
