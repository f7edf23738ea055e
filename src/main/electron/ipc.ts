// The desktop transport: one IPC channel into the same router browser mode uses, open only to the app's own page.
import { ipcMain, type WebFrameMain } from 'electron';
import type { Router } from '../rpc/router';
import { type AppPageLocation, isTrustedSenderUrl } from './appPage';
import { answerRpcMessage, rpcChannel } from './rpcMessage';

/** Only the top frame showing the app's page may call; a frame that is gone (null) may not. */
function isAppFrame(frame: WebFrameMain | null, location: AppPageLocation): boolean {
  return frame !== null && frame.parent === null && isTrustedSenderUrl(frame.url, location);
}

export function registerRpcTransport(router: Router, location: AppPageLocation): void {
  ipcMain.handle(rpcChannel, (event, message: unknown) =>
    answerRpcMessage(router, message, isAppFrame(event.senderFrame, location)),
  );
}
