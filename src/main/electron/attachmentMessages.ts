// How the main process answers the attachment messages (fileChannels.ts): an upload kept in the attachment store,
// and an attachment opened with the system's viewer from a copy under its real name. The same trust check as
// the rpc channel; no electron import, so tests drive it on plain Node with a stand-in for shell.openPath.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, type Envelope } from '../../shared/contract/errors';
import { checkAttachment, sniffBytes } from '../../shared/domain/attachments';
import { pickLanguage } from '../../shared/i18n/validation';
import {
  type AttachmentRouter,
  findAttachmentFile,
  receiveAttachment,
  type UploadedAttachment,
} from '../rpc/attachmentFiles';
import { cleanFileName } from '../services/transfer/uploads';
import { attachmentOpenMessageSchema, attachmentUploadMessageSchema } from './fileChannels';
import { malformed, notFromAppPage } from './fileMessages';

/** Opens a file with the program the system uses for its type; answers an error text, empty when it worked. */
export type OpenPath = (file: string) => Promise<string>;

/** Copies opened for viewing hold personal data: they are removed a day later, when the next one opens. */
const keepOpenedCopiesMs = 24 * 60 * 60_000;

export function answerAttachmentUploadMessage(
  router: AttachmentRouter,
  message: unknown,
  fromAppPage: boolean,
): Envelope<UploadedAttachment> {
  if (!fromAppPage) return notFromAppPage();
  const parsed = attachmentUploadMessageSchema.safeParse(message);
  if (!parsed.success) return malformed('{ fileName, bytes, meta }');
  const { fileName, bytes, meta } = parsed.data;
  return receiveAttachment(router, { token: meta.token, fileName, bytes });
}

/**
 * Copies the attachment into its own folder under `copiesDir` with its real name (the viewer shows the name and
 * picks the program by its extension) and opens it there. The stored blob itself is never handed out.
 */
export async function answerAttachmentOpenMessage(
  router: AttachmentRouter,
  message: unknown,
  fromAppPage: boolean,
  viewer: { copiesDir: string; openPath: OpenPath },
): Promise<Envelope<{ opened: true }>> {
  if (!fromAppPage) return notFromAppPage();
  const parsed = attachmentOpenMessageSchema.safeParse(message);
  if (!parsed.success) return malformed('{ attachmentId, meta }');
  const { attachmentId, meta } = parsed.data;
  const found = findAttachmentFile(router, { token: meta.token, lang: pickLanguage(meta.lang), attachmentId });
  if (!found.ok) return found;
  try {
    const { file, fileName, size } = found.data;
    // The system runs whatever an extension says; only a name whose extension agrees with the bytes is opened.
    const head = Buffer.alloc(sniffBytes);
    const fd = await fs.promises.open(file, 'r');
    await fd.read(head, 0, sniffBytes, 0).finally(() => fd.close());
    const name = cleanFileName(fileName);
    if (!checkAttachment(name, size, head).allowed) {
      throw new AppError('VALIDATION', 'This attachment is not of a kind GridDesk opens.', {
        reason: 'attachmentTypeNotAllowed',
      });
    }
    pruneOpenedCopies(viewer.copiesDir, Date.now());
    const folder = path.join(viewer.copiesDir, randomBytes(8).toString('hex'));
    await fs.promises.mkdir(folder, { recursive: true });
    const copy = path.join(folder, name);
    await fs.promises.copyFile(file, copy);
    await fs.promises.chmod(copy, 0o444);
    const problem = await viewer.openPath(copy);
    if (problem) {
      throw new AppError('INTERNAL', `The system could not open the file: ${problem}`, {
        reason: 'attachmentOpenFailed',
      });
    }
    return { ok: true, data: { opened: true } };
  } catch (error) {
    return { ok: false, error: router.toAppError(error, 'attachments.open').toBody() };
  }
}

function pruneOpenedCopies(copiesDir: string, now: number): void {
  let folders: fs.Dirent[];
  try {
    folders = fs.readdirSync(copiesDir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const folder of folders) {
    if (!folder.isDirectory() || !/^[a-f0-9]{16}$/.test(folder.name)) continue;
    const full = path.join(copiesDir, folder.name);
    try {
      if (now - fs.statSync(full).mtimeMs > keepOpenedCopiesMs) fs.rmSync(full, { recursive: true, force: true });
    } catch {
      // Still open in a viewer that locks it (Windows): left for the next time.
    }
  }
}
