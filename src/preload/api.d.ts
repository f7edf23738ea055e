// What the preload puts on `window.griddesk`: one call, checked against the contract's procedure names, and
// the two file transfers (an upload's bytes in, an export saved through the system's save dialog).
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

export interface GridDeskBridge {
  invoke(procedure: string, input: unknown, meta: CallMeta): Promise<Envelope<unknown>>;
  upload(fileName: string, bytes: Uint8Array, meta: CallMeta): Promise<Envelope<UploadedFile>>;
  /** `saved` is false when the user cancels the save dialog. */
  download(downloadId: string, meta: CallMeta): Promise<Envelope<{ saved: boolean }>>;
}

declare global {
  interface Window {
    griddesk?: GridDeskBridge;
  }
}
