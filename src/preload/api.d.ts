// What the preload puts on `window.griddesk`: one call, checked against the contract's procedure names, the two
// file transfers (an upload's bytes in, an export saved through the system's save dialog), and a case
// attachment's bytes in and opened with the system's viewer, and the page itself printed to a PDF file.
import type { Envelope } from '../shared/contract/errors';

export interface CallMeta {
  token: string | null;
  lang: string;
}

/** An upload the main process stored: the id the import procedures take. */
export interface UploadedFile {
  uploadId: string;
  fileName: string;
  size: number;
}

/** A case attachment the main process stored: the sha-256 that cases.attach takes. */
export interface UploadedAttachment {
  sha256: string;
  fileName: string;
  size: number;
  mediaType: string;
}

export interface GridDeskBridge {
  invoke(procedure: string, input: unknown, meta: CallMeta): Promise<Envelope<unknown>>;
  upload(fileName: string, bytes: Uint8Array, meta: CallMeta): Promise<Envelope<UploadedFile>>;
  /** `saved` is false when the user cancels the save dialog. */
  download(downloadId: string, meta: CallMeta): Promise<Envelope<{ saved: boolean }>>;
  uploadAttachment(fileName: string, bytes: Uint8Array, meta: CallMeta): Promise<Envelope<UploadedAttachment>>;
  /** Opens the attachment with the program the system uses for its type. */
  openAttachment(attachmentId: number, meta: CallMeta): Promise<Envelope<{ opened: true }>>;
  /**
   * Prints the calling page on A4 (its own @page rules) and saves it through the system's save dialog, proposing
   * `fileName`; `saved` is false when the user cancels. Only in the desktop app: the browser prints with window.print.
   */
  printToPdf?(fileName: string): Promise<Envelope<{ saved: boolean; filePath?: string }>>;
}

declare global {
  interface Window {
    griddesk?: GridDeskBridge;
  }
}
