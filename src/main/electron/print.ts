// Printing the app's page to PDF in the desktop app: the sender's own page on A4 (its @page rules win), saved
// through the system's save dialog. Open only to the app's own page, like every other channel.
import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { printToPdfChannel } from './printChannel';
import { answerPrintToPdfMessage } from './printMessages';
import { saveDialogFor } from './saveDialog';

export function registerPrintToPdf(isAppSender: (event: IpcMainInvokeEvent) => boolean): void {
  ipcMain.handle(printToPdfChannel, (event, message: unknown) =>
    answerPrintToPdfMessage(message, isAppSender(event), {
      print: () => event.sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
      chooseSavePath: saveDialogFor(event.sender, 'documents', { name: 'PDF', extensions: ['pdf'] }),
    }),
  );
}
