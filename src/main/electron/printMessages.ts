// How the main process answers the print-to-PDF message (printChannel.ts): the page printed, the file saved where
// the user chooses. The same trust check as the rpc channel; no electron import, so tests drive it on plain Node
// with a stand-in printer and save dialog.
import fs from 'node:fs';
import { AppError, type Envelope } from '../../shared/contract/errors';
import { cleanFileName } from '../services/transfer/uploads';
import type { ChooseSavePath } from './fileMessages';
import { malformed, notFromAppPage } from './fileMessages';
import { type PrintToPdfAnswer, printToPdfMessageSchema } from './printChannel';

export interface PdfPrinter {
  /** The sender's page as PDF bytes (webContents.printToPDF, A4 and the page's own @page rules). */
  print(): Promise<Uint8Array>;
  chooseSavePath: ChooseSavePath;
}

/** A name the save dialog can propose: no folders or control characters, and ending in .pdf. */
export function pdfFileName(requested: string): string {
  const clean = cleanFileName(requested).replace(/\.pdf$/i, '');
  return `${clean}.pdf`;
}

export async function answerPrintToPdfMessage(
  message: unknown,
  fromAppPage: boolean,
  printer: PdfPrinter,
): Promise<Envelope<PrintToPdfAnswer>> {
  if (!fromAppPage) return notFromAppPage();
  const parsed = printToPdfMessageSchema.safeParse(message);
  if (!parsed.success) return malformed('{ fileName }');
  try {
    // Printed before the dialog opens, so the PDF is the page as it was when the user asked for it.
    const pdf = await printer.print();
    const target = await printer.chooseSavePath(pdfFileName(parsed.data.fileName));
    if (target === null) return { ok: true, data: { saved: false } };
    await fs.promises.writeFile(target, pdf);
    return { ok: true, data: { saved: true, filePath: target } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const refused = new AppError('INTERNAL', `The PDF could not be made or saved: ${detail}`, {
      reason: 'pdfNotSaved',
    });
    return { ok: false, error: refused.toBody() };
  }
}
