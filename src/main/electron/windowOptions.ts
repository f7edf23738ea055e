// The main window's options: every web preference the security baseline asks for, in one pure function a test can read.
import type { BrowserWindowConstructorOptions } from 'electron';

/** The smallest desk screen GridDesk is laid out for (1366×768); the window never asks for more than it. */
export const designSize = { width: 1366, height: 768 } as const;
export const minimumSize = { width: 1024, height: 640 } as const;

export interface WorkArea {
  width: number;
  height: number;
}

/**
 * Options for the one GridDesk window. `workArea` is the screen's space without its taskbar: on a
 * 1366×768 screen the window shrinks to fit it rather than hiding its bottom edge under the taskbar.
 */
export function secureWindowOptions(preloadPath: string, workArea?: WorkArea): BrowserWindowConstructorOptions {
  return {
    title: 'GridDesk',
    width: workArea ? Math.min(designSize.width, workArea.width) : designSize.width,
    height: workArea ? Math.min(designSize.height, workArea.height) : designSize.height,
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
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
  };
}
