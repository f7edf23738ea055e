// The system's save dialog, over the window that asked, for a file the page wants kept (an export, a PDF).
import path from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import type { ChooseSavePath } from './fileMessages';

export function saveDialogFor(
  sender: WebContents,
  folder: 'downloads' | 'documents',
  filter: { name: string; extensions: string[] },
): ChooseSavePath {
  return async (defaultName) => {
    const options = { defaultPath: path.join(app.getPath(folder), defaultName), filters: [filter] };
    const window = BrowserWindow.fromWebContents(sender);
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  };
}
