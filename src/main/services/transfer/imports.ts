// imports.preview and imports.commit: an uploaded register checked row by row, then its valid rows added
// through the register's own insert functions in the router's one transaction (all or nothing).
import { desc, eq } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import { importBatches } from '../../db/schema';
import type { Handlers, SignedInCtx } from '../context';
import { insertHousehold, insertResident } from '../register';
import { planImport } from './columns';
import { checkRows } from './rowChecks';
import { loadUpload } from './uploads';
import { fieldLabel } from './vocabulary';

/** The preview lists this many invalid rows; the count covers them all. */
export const invalidRowsShown = 500;

export const importHandlers: Handlers<'imports.preview' | 'imports.commit'> = {
  'imports.preview': (ctx, input) => {
    const { info, sheet } = loadUpload(ctx.dataDir, input.uploadId);
    const plan = planImport(sheet, ctx.lang, input.mapping);
    const checks = checkRows(ctx, plan);
    const invalid = checks.filter((c) => c.kind === 'invalid');
    const previous = ctx.db
      .select({ importedAt: importBatches.importedAt })
      .from(importBatches)
      .where(eq(importBatches.fileHash, input.uploadId))
      .orderBy(desc(importBatches.importedAt))
      .get();
    return {
      fileName: info.fileName,
      rowCount: checks.length,
      columns: plan.columns,
      missingFields: plan.missingFields,
      validCount: checks.filter((c) => c.kind === 'valid').length,
      alreadyOnRegister: checks.filter((c) => c.kind === 'onRegister').length,
      invalidCount: invalid.length,
      invalid: invalid.slice(0, invalidRowsShown).map(({ line, name, reasons }) => ({ row: line, name, reasons })),
      previouslyImportedAt: previous?.importedAt ?? null,
    };
  },

  'imports.commit': (ctx, input) => {
    const { actor } = ctx as SignedInCtx;
    const { info, sheet } = loadUpload(ctx.dataDir, input.uploadId);
    const plan = planImport(sheet, ctx.lang, input.mapping);
    if (plan.missingFields.length > 0) {
      const fields = plan.missingFields.map((field) => fieldLabel(field, ctx.lang)).join(', ');
      throw new AppError('VALIDATION', `No column fills ${fields}; map a column to each first.`, {
        reason: 'importFieldsMissing',
        params: { fields },
      });
    }
    // Checked again, on the register as it is inside this transaction: the preview may be minutes old.
    const checks = checkRows(ctx, plan);
    const householdIds = new Map<string, number>();
    const counts = { residentsAdded: 0, householdsAdded: 0, skipped: 0, invalid: 0 };
    for (const check of checks) {
      if (check.kind === 'onRegister') {
        counts.skipped++;
        continue;
      }
      if (check.kind === 'invalid') {
        counts.invalid++;
        continue;
      }
      let householdId = check.existingHouseholdId ?? householdIds.get(check.addressKey);
      if (householdId === undefined) {
        householdId = insertHousehold(ctx, check.household).id;
        householdIds.set(check.addressKey, householdId);
        counts.householdsAdded++;
      }
      insertResident(ctx, { ...check.resident, householdId });
      counts.residentsAdded++;
    }
    const batch = ctx.db
      .insert(importBatches)
      .values({
        fileHash: input.uploadId,
        fileName: info.fileName,
        importedAt: ctx.clock.now(),
        actorId: actor.userId,
        residentsAdded: counts.residentsAdded,
        householdsAdded: counts.householdsAdded,
        skipped: counts.skipped,
      })
      .returning()
      .get();
    ctx.audit.record({
      entity: 'import_batches',
      entityId: batch.id,
      after: { fileName: info.fileName, fileHash: input.uploadId, ...counts },
    });
    return counts;
  },
};
