// Excel and CSV in and out: importing a register with a preview of every bad row, exporting lists and changes.
import { z } from 'zod';
import { houseUses, residenceTypes, residentTags } from '../domain/residents';
import { caseFilters } from './cases';
import { id } from './common';
import { householdListFilters } from './households';
import { byName, mutation, query } from './procedure';

/** The register fields an imported column can fill; `address` is a whole 住址 that is split into its parts. */
export const importFields = [
  'name',
  'idNumber',
  'gender',
  'birthDate',
  'phone',
  'ethnicity',
  'relationToHead',
  'residenceType',
  'residenceStatus',
  'politicalStatus',
  'address',
  'estate',
  'building',
  'unit',
  'room',
  'grid',
  'houseUse',
  'tags',
  'note',
] as const;
export type ImportField = (typeof importFields)[number];

/** A file the transport has stored (named by the sha-256 of its content) and handed back by id. */
export const uploadId = z.string().regex(/^[a-f0-9]{64}$/, { message: 'uploadId' });

/** Column index (as text, 0-based) → field; null leaves the column out. */
export const columnMapping = z.record(z.string().regex(/^\d{1,3}$/), z.enum(importFields).nullable());

export const importPreview = z.object({
  fileName: z.string(),
  rowCount: z.number(),
  columns: z.array(
    z.object({
      index: z.number(),
      header: z.string(),
      field: z.enum(importFields).nullable(),
      samples: z.array(z.string()),
    }),
  ),
  /** Fields no column fills yet but every row needs; the mapping step must supply them. */
  missingFields: z.array(z.enum(importFields)),
  validCount: z.number(),
  /** Rows already on the register unchanged: a re-import adds nothing twice. */
  alreadyOnRegister: z.number(),
  invalidCount: z.number(),
  /** The first invalid rows, with the spreadsheet's own row numbers and every reason in the caller's language. */
  invalid: z.array(z.object({ row: z.number(), name: z.string(), reasons: z.array(z.string()) })),
  previouslyImportedAt: z.number().nullable(),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const download = z.object({ downloadId: z.string(), fileName: z.string(), rowCount: z.number() });

export const transferContract = byName([
  query('imports.preview', {
    access: 'households.import',
    summary: 'Read an uploaded .xlsx or .csv (UTF-8 or GBK): recognise its columns, check every row, change nothing.',
    input: z.object({ uploadId, mapping: columnMapping.optional() }).strict(),
    output: importPreview,
  }),
  mutation('imports.commit', {
    access: 'households.import',
    summary: 'Add the valid rows of a previewed file in one transaction; rows already on the register are skipped.',
    input: z.object({ uploadId, mapping: columnMapping }).strict(),
    output: z.object({
      residentsAdded: z.number(),
      householdsAdded: z.number(),
      skipped: z.number(),
      invalid: z.number(),
    }),
  }),
  mutation('exports.residents', {
    access: 'households.export',
    summary: 'Write the filtered resident list to an .xlsx file for download.',
    input: z
      .object({
        gridId: id.optional(),
        tag: z.enum(residentTags).optional(),
        residenceType: z.enum(residenceTypes).optional(),
        houseUse: z.enum(houseUses).optional(),
      })
      .strict(),
    output: download,
  }),
  mutation('exports.households', {
    access: 'households.export',
    summary: 'Write the filtered household list, with landlords of rented homes, to an .xlsx file for download.',
    input: z.object(householdListFilters).strict(),
    output: download,
  }),
  mutation('exports.cases', {
    access: 'cases.export',
    summary: 'Write the filtered case list (every page, newest first, the description whole) to an .xlsx file.',
    input: z.object({ filters: caseFilters }).strict(),
    output: download,
  }),
  mutation('exports.changes', {
    access: 'households.export',
    summary: 'Write every resident changed since the last such export to an .xlsx for the city platform (泰治理).',
    input: z.object({}).strict(),
    output: download.extend({ since: z.number().nullable() }),
  }),
]);
