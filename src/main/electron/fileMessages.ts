// How the main process answers the file messages (fileChannels.ts): an upload's bytes stored, an export saved
// where the user chooses. The same trust check as the rpc channel; no electron import, so tests drive it on
// plain Node with a fake save dialog.
import fs from 'node:fs';
import { AppError, type Envelope } from '../../shared/contract/errors';
import { maxUploadBytes } from '../../shared/domain/transferLimits';
import { type FileRouter, openDownload, receiveUpload } from '../rpc/files';
import type { StoredUpload } from '../services/transfer/uploads';
import { fileTooLarge } from '../services/transfer/uploads';
import { downloadMessageSchema, uploadMessageSchema } from './fileChannels';

/** Asks the user where to save a file named `defaultName`; the chosen path, or null when they cancel. */
export type ChooseSavePath = (defaultName: string) => Promise<string | null>;

function refusal(error: AppError): Envelope<never> {
  return { ok: false, error: error.toBody() };
}

export function notFromAppPage(): Envelope<never> {
  return refusal(
    new AppError('FORBIDDEN', 'This call does not come from the GridDesk window.', { reason: 'forbidden' }),
  );
}

export function malformed(shape: string): Envelope<never> {
  return refusal(new AppError('VALIDATION', `The message is not shaped like ${shape}.`, { reason: 'invalidRequest' }));
}

export async function answerUploadMessage(
  router: FileRouter,
  message: unknown,
  fromAppPage: boolean,
): Promise<Envelope<StoredUpload>> {
  if (!fromAppPage) return notFromAppPage();
  const parsed = uploadMessageSchema.safeParse(message);
  if (!parsed.success) return malformed('{ fileName, bytes, meta }');
  const { fileName, bytes, meta } = parsed.data;
  if (bytes.length > maxUploadBytes) return refusal(fileTooLarge());
  return receiveUpload(router, { token: meta.token, fileName, bytes });
}

/** Saves an export where the user chooses: `saved` is false when they cancel the dialog. */
export async function answerDownloadMessage(
  router: FileRouter,
  message: unknown,
  fromAppPage: boolean,
  chooseSavePath: ChooseSavePath,
): Promise<Envelope<{ saved: boolean }>> {
  if (!fromAppPage) return notFromAppPage();
  const parsed = downloadMessageSchema.safeParse(message);
  if (!parsed.success) return malformed('{ downloadId, meta }');
  const found = await openDownload(router, { token: parsed.data.meta.token, downloadId: parsed.data.downloadId });
  if (!found.ok) return found;
  try {
    const target = await chooseSavePath(found.data.fileName);
    if (target === null) return { ok: true, data: { saved: false } };
    await fs.promises.copyFile(found.data.file, target);
    return { ok: true, data: { saved: true } };
  } catch (error) {
    return { ok: false, error: router.toAppError(error, 'download').toBody() };
  }
}
