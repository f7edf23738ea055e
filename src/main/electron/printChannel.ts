// The IPC message that prints the app's own page to a PDF file (the monthly summary's 导出 PDF): its channel and
// shape, shared by the preload and the main process. No electron and no Node imports: the sandboxed preload
// bundles this module.
import { z } from 'zod';

export const printToPdfChannel = 'griddesk:printToPdf';

/** The name the save dialog proposes (振兴街道-2026-10-月度工作总结.pdf); the page itself is the sender's. */
export const printToPdfMessageSchema = z.strictObject({
  fileName: z.string().min(1).max(200),
});
export type PrintToPdfMessage = z.infer<typeof printToPdfMessageSchema>;

/** `saved` is false when the user cancels the save dialog; filePath is where the PDF went. */
export interface PrintToPdfAnswer {
  saved: boolean;
  filePath?: string;
}
