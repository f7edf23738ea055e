// What window.griddesk is: invoke, which refuses names outside the contract before anything reaches the main
// process, upload and download, the case attachments' upload and open, and printing the page to PDF. No electron
// import: the preload wraps it around ipcRenderer, tests a fake.
import type {
  AttachmentOpenMessage,
  AttachmentUploadMessage,
  DownloadMessage,
  UploadMessage,
} from '../main/electron/fileChannels';
import type { PrintToPdfAnswer, PrintToPdfMessage } from '../main/electron/printChannel';
import type { RpcMessage } from '../main/electron/rpcMessage';
import { isProcedureName } from '../shared/contract';
import { AppError, type Envelope } from '../shared/contract/errors';
import type { CallMeta, GridDeskBridge, UploadedAttachment, UploadedFile } from './api';

export type SendRpcMessage = (message: RpcMessage) => Promise<Envelope<unknown>>;

export interface SendFileMessages {
  upload(message: UploadMessage): Promise<Envelope<UploadedFile>>;
  download(message: DownloadMessage): Promise<Envelope<{ saved: boolean }>>;
  uploadAttachment(message: AttachmentUploadMessage): Promise<Envelope<UploadedAttachment>>;
  openAttachment(message: AttachmentOpenMessage): Promise<Envelope<{ opened: true }>>;
  printToPdf(message: PrintToPdfMessage): Promise<Envelope<PrintToPdfAnswer>>;
}

function failure(error: AppError): Envelope<never> {
  return { ok: false, error: error.toBody() };
}

function metaOf(meta: Partial<CallMeta> | undefined): CallMeta {
  return { token: meta?.token ?? null, lang: meta?.lang ?? '' };
}

/**
 * A failed send (the main process not listening yet, an input that cannot be cloned) still answers an envelope,
 * so the renderer has one kind of failure to handle.
 */
function sent<T>(message: Promise<Envelope<T>>): Promise<Envelope<T>> {
  return message.catch(() =>
    failure(new AppError('INTERNAL', 'The call did not reach GridDesk; nothing was changed.', { reason: 'internal' })),
  );
}

export function createBridge(send: SendRpcMessage, files: SendFileMessages): GridDeskBridge {
  return {
    invoke(procedure, input, meta) {
      if (!isProcedureName(procedure)) {
        return Promise.resolve(
          failure(
            new AppError('NOT_FOUND', `There is no procedure named ${String(procedure).slice(0, 80)}.`, {
              reason: 'unknownProcedure',
            }),
          ),
        );
      }
      const message: RpcMessage = { procedure, input, meta: metaOf(meta) };
      return sent(Promise.resolve(message).then(send));
    },
    upload(fileName, bytes, meta) {
      return sent(Promise.resolve({ fileName, bytes, meta: metaOf(meta) }).then(files.upload));
    },
    download(downloadId, meta) {
      return sent(Promise.resolve({ downloadId, meta: metaOf(meta) }).then(files.download));
    },
    uploadAttachment(fileName, bytes, meta) {
      return sent(Promise.resolve({ fileName, bytes, meta: metaOf(meta) }).then(files.uploadAttachment));
    },
    openAttachment(attachmentId, meta) {
      return sent(Promise.resolve({ attachmentId, meta: metaOf(meta) }).then(files.openAttachment));
    },
    printToPdf(fileName) {
      return sent(Promise.resolve({ fileName }).then(files.printToPdf));
    },
  };
}
