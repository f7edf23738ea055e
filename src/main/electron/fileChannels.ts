// The IPC messages that carry files (import uploads, exports, case attachments): their channels and shapes,
// shared by the preload and the main process.
// No electron and no Node imports: the sandboxed preload bundles this module.
import { z } from 'zod';
import { callMetaSchema } from './rpcMessage';

export const uploadChannel = 'griddesk:upload';
export const downloadChannel = 'griddesk:download';

export const uploadMessageSchema = z.strictObject({
  fileName: z.string().max(255),
  bytes: z.instanceof(Uint8Array),
  meta: callMetaSchema,
});
export interface UploadMessage {
  fileName: string;
  bytes: Uint8Array;
  meta: z.infer<typeof callMetaSchema>;
}

export const downloadMessageSchema = z.strictObject({
  downloadId: z.string().max(64),
  meta: callMetaSchema,
});
export type DownloadMessage = z.infer<typeof downloadMessageSchema>;

export const attachmentUploadChannel = 'griddesk:uploadAttachment';
export const attachmentOpenChannel = 'griddesk:openAttachment';

/** A case attachment's bytes, the same shape as an import upload. */
export const attachmentUploadMessageSchema = uploadMessageSchema;
export type AttachmentUploadMessage = UploadMessage;

export const attachmentOpenMessageSchema = z.strictObject({
  attachmentId: z.number().int().positive(),
  meta: callMetaSchema,
});
export type AttachmentOpenMessage = z.infer<typeof attachmentOpenMessageSchema>;
