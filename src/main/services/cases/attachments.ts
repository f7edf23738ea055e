// Attachments of a case: a file already in the attachment store (uploaded by a file transport) is attached to a
// case the actor can see, with a timeline entry; and where a stored attachment's bytes are, for the transports.
import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import { checkAttachment, sniffBytes } from '../../../shared/domain/attachments';
import { isFinished } from '../../../shared/domain/caseFlow';
import { caseAttachments, cases } from '../../db/schema/cases';
import { requireActor } from '../auth';
import type { Handlers } from '../context';
import { cleanFileName } from '../transfer/uploads';
import { readAttachmentHead } from './attachmentStore';
import { isCaseVisible, requireVisibleCase } from './caseScope';
import { recordEvent } from './caseSteps';

export const caseAttachmentHandlers: Handlers<'cases.attach' | 'cases.attachmentFile'> = {
  'cases.attach': (ctx, input) => {
    const actor = requireActor(ctx);
    const found = requireVisibleCase(ctx, input.caseId);
    if (isFinished(found.status)) {
      throw new AppError('INVALID_TRANSITION', 'This case is closed or voided; nothing more can be attached.', {
        reason: 'caseFinished',
      });
    }
    const stored = readAttachmentHead(ctx.dataDir, input.sha256, sniffBytes);
    if (!stored) {
      throw new AppError('NOT_FOUND', 'This file has not been uploaded; upload it again.', {
        reason: 'attachmentNotUploaded',
      });
    }
    // The name given now must agree with the bytes stored then, or a program could be attached as a photo.
    const fileName = cleanFileName(input.fileName);
    const check = checkAttachment(fileName, stored.size, stored.head);
    if (!check.allowed) {
      throw new AppError('VALIDATION', check.message, { reason: check.refusal, params: check.params });
    }
    const now = ctx.clock.now();
    const attachment = ctx.db
      .insert(caseAttachments)
      .values({
        caseId: found.id,
        sha256: input.sha256,
        fileName,
        mediaType: check.mediaType,
        size: stored.size,
        uploadedBy: actor.userId,
        uploadedAt: now,
      })
      .returning()
      .get();
    recordEvent(
      ctx,
      actor,
      { caseId: found.id, kind: 'attach', fromStatus: found.status, toStatus: found.status },
      { fileName, attachmentId: attachment.id },
    );
    ctx.audit.record({ entity: 'case_attachments', entityId: attachment.id, after: attachment });
    return {
      id: attachment.id,
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      size: attachment.size,
      uploadedByName: actor.displayName,
      uploadedAt: attachment.uploadedAt,
    };
  },

  'cases.attachmentFile': (ctx, input) => {
    const row = ctx.db
      .select({
        id: caseAttachments.id,
        caseId: caseAttachments.caseId,
        sha256: caseAttachments.sha256,
        fileName: caseAttachments.fileName,
        mediaType: caseAttachments.mediaType,
        size: caseAttachments.size,
        gridId: cases.gridId,
        handlerUserId: cases.handlerUserId,
      })
      .from(caseAttachments)
      .innerJoin(cases, eq(cases.id, caseAttachments.caseId))
      .where(eq(caseAttachments.id, input.id))
      .get();
    // A file of a case the actor may not see is not confirmed to exist.
    if (!row || !isCaseVisible(ctx, row)) {
      throw new AppError('NOT_FOUND', 'This attachment does not exist.', { reason: 'attachmentNotFound' });
    }
    return {
      id: row.id,
      caseId: row.caseId,
      sha256: row.sha256,
      fileName: row.fileName,
      mediaType: row.mediaType,
      size: row.size,
    };
  },
};
