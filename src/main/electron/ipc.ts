// The desktop transport: IPC channels into the same router browser mode uses (calls, uploads, downloads, case
// attachments), and printing the page to PDF, open only to the app's own page.
import path from 'node:path';
import { app, ipcMain, shell, type WebFrameMain } from 'electron';
import type { Router } from '../rpc/router';
import { type AppPageLocation, isTrustedSenderUrl } from './appPage';
import { answerAttachmentOpenMessage, answerAttachmentUploadMessage } from './attachmentMessages';
import { attachmentOpenChannel, attachmentUploadChannel, downloadChannel, uploadChannel } from './fileChannels';
import { answerDownloadMessage, answerUploadMessage } from './fileMessages';
import { registerPrintToPdf } from './print';
import { answerRpcMessage, rpcChannel } from './rpcMessage';
import { saveDialogFor } from './saveDialog';

/** Only the top frame showing the app's page may call; a frame that is gone (null) may not. */
function isAppFrame(frame: WebFrameMain | null, location: AppPageLocation): boolean {
  return frame !== null && frame.parent === null && isTrustedSenderUrl(frame.url, location);
}

export function registerRpcTransport(router: Router, location: AppPageLocation): void {
  ipcMain.handle(rpcChannel, (event, message: unknown) =>
    answerRpcMessage(router, message, isAppFrame(event.senderFrame, location)),
  );
  ipcMain.handle(uploadChannel, (event, message: unknown) =>
    answerUploadMessage(router, message, isAppFrame(event.senderFrame, location)),
  );
  ipcMain.handle(downloadChannel, (event, message: unknown) =>
    answerDownloadMessage(
      router,
      message,
      isAppFrame(event.senderFrame, location),
      saveDialogFor(event.sender, 'downloads', { name: 'Excel', extensions: ['xlsx'] }),
    ),
  );
  ipcMain.handle(attachmentUploadChannel, (event, message: unknown) =>
    answerAttachmentUploadMessage(router, message, isAppFrame(event.senderFrame, location)),
  );
  ipcMain.handle(attachmentOpenChannel, (event, message: unknown) =>
    answerAttachmentOpenMessage(router, message, isAppFrame(event.senderFrame, location), {
      copiesDir: path.join(app.getPath('temp'), 'GridDesk attachments'),
      openPath: (file) => shell.openPath(file),
    }),
  );
  registerPrintToPdf((event) => isAppFrame(event.senderFrame, location));
}
