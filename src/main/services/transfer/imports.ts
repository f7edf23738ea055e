// imports.preview and imports.commit: an uploaded register checked row by row, then its valid rows added
// through the register's own insert functions in the router's one transaction (all or nothing).
import type Database from 'better-sqlite3';
import { desc, eq } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import { localDate } from '../../../shared/domain/dates';
import { importBatches } from '../../db/schema';
import { withSearchIndexesAfterLoad } from '../../db/searchIndexLoad';
import type { Ctx, Handlers, SignedInCtx } from '../context';
import { insertCheckedHousehold, insertCheckedResident } from '../register';
import { type ImportPlan, planImport } from './columns';
import { checkRows, type RowCheck } from './rowChecks';
import { loadUpload } from './uploads';
import { fieldLabel } from './vocabulary';

/** The preview lists this many invalid rows; the count covers them all. */
export const invalidRowsShown = 500;

/**
 * The last preview's checks, which the commit reuses when nothing they depend on can have changed: the same file,
 * columns, caller, language and day, and the register as it was. Every procedure that writes leaves an audit row, so
 * the audit log's last id marks this connection's writes, and SQLite's data_version any other connection's.
 */
const previewedChecks = new WeakMap<Database.Database, { key: string; checks: RowCheck[] }>();

function checksKey(ctx: Ctx, uploadId: string, plan: ImportPlan): string {
  const lastAuditId = ctx.sqlite.prepare('select max(id) from audit_log').pluck().get();
  const dataVersion = ctx.sqlite.pragma('data_version', { simple: true });
  const fields = plan.columns.map((column) => column.field);
  const caller = [ctx.actor?.userId ?? null, ctx.actor?.role ?? null, ctx.lang, localDate(ctx.clock.now())];
  return JSON.stringify([uploadId, fields, caller, lastAuditId, dataVersion]);
}

/**
 * Page cache for a commit: each new resident goes into every index of the register (names, pinyin, initials, ID
 * numbers, phones, their trigrams), which at a district's size do not fit the usual 64 MiB.
 */
const importCacheKiB = 262_144;

function withImportCache<T>(sqlite: Database.Database, write: () => T): T {
  const usual = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma(`cache_size = -${importCacheKiB}`);
  try {
    return write();
  } finally {
    sqlite.pragma(`cache_size = ${Number(usual)}`);
  }
}

export const importHandlers: Handlers<'imports.preview' | 'imports.commit'> = {
  'imports.preview': (ctx, input) => {
    const { info, sheet } = loadUpload(ctx.dataDir, input.uploadId);
    const plan = planImport(sheet, ctx.lang, input.mapping);
    const key = checksKey(ctx, input.uploadId, plan);
    const checks = checkRows(ctx, plan);
    previewedChecks.set(ctx.sqlite, { key, checks });
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
    // Checked again, on the register as it is inside this transaction (the preview may be minutes old), unless the
    // preview's checks still hold. Rows so checked are written without checking each again.
    const key = checksKey(ctx, input.uploadId, plan);
    const previewed = previewedChecks.get(ctx.sqlite);
    previewedChecks.delete(ctx.sqlite);
    const checks = previewed?.key === key ? previewed.checks : checkRows(ctx, plan);
    const householdIds = new Map<string, number>();
    const counts = { residentsAdded: 0, householdsAdded: 0, skipped: 0, invalid: 0 };
    const load = () => {
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
          householdId = insertCheckedHousehold(ctx, check.household).id;
          householdIds.set(check.addressKey, householdId);
          counts.householdsAdded++;
        }
        insertCheckedResident(ctx, { ...check.resident, householdId });
        counts.residentsAdded++;
      }
    };
    // An import only adds rows: their ID numbers, phones and addresses are indexed for search once, at the end.
    withImportCache(ctx.sqlite, () =>
      withSearchIndexesAfterLoad(ctx.sqlite, 'households', 'newRows', () =>
        withSearchIndexesAfterLoad(ctx.sqlite, 'residents', 'newRows', load),
      ),
    );
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
