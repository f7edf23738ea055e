// The audit log: who changed what, when, with the record before and after; who read which sensitive record; and
// the check that the log's hash chain is whole.
import { z } from 'zod';
import { pageInput } from './common';
import { byName, query } from './procedure';

export const auditEntry = z.object({
  id: z.number(),
  at: z.number(),
  actorId: z.number().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.number().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/**
 * The procedures that write an audit row when they show personal data whole: on a resident's record or household
 * file, the phone, attention groups (重点人群) and health or income tags; attention groups on a list; a caller's phone
 * on a case; a party member's phone and income; an ID number revealed. The row names the record and which kinds of
 * data were shown, never the data.
 */
export const sensitiveReadQueries = [
  'residents.get',
  'residents.list',
  'households.get',
  'cases.get',
  'party.member',
] as const;
export const sensitiveReadActions = [...sensitiveReadQueries, 'residents.revealIdNumber'] as const;

/** What a sensitive-read row's `after` holds: the kinds of data shown. */
export const sensitiveDataKinds = [
  'phone',
  'attentionTags',
  'healthOrIncome',
  'landlordPhone',
  'callerPhone',
  'income',
  'idNumber',
] as const;
export type SensitiveDataKind = (typeof sensitiveDataKinds)[number];

/**
 * Why the chain breaks at a row: its fields no longer match its hash (edited, or its hash changed); its link to the
 * previous row is broken (rows removed before it, or a row before it replaced); it does not belong (the next row links
 * past it: inserted); it has no hash at all (written behind the app's back after the chain was sealed).
 */
export const auditBreakCauses = ['edited', 'linkBroken', 'inserted', 'unsealed'] as const;

export const auditBreak = z.object({
  id: z.number(),
  cause: z.enum(auditBreakCauses),
  /** The intact row before it, when the break is a link between two rows. */
  previousId: z.number().nullable(),
});
export type AuditBreak = z.infer<typeof auditBreak>;

export const auditVerification = z.object({
  /** Rows in the log. */
  total: z.number(),
  /** Rows read before the answer: all of them when intact, up to the break otherwise. */
  checked: z.number(),
  intact: z.boolean(),
  firstBreak: auditBreak.nullable(),
  /** The last row and its hash: noted outside the computer, it shows later whether the log was rewritten since. */
  head: z.object({ id: z.number(), hash: z.string().nullable() }).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerification>;

export const auditContract = byName([
  query('audit.list', {
    access: 'audit.read',
    summary: 'Audit entries, newest first, paged by id; filtered by action prefix or entity.',
    input: z
      .object({
        ...pageInput,
        action: z.string().trim().max(60).optional(),
        entity: z.string().trim().max(40).optional(),
        entityId: z.number().int().optional(),
        /** Only rows up to this id (the row a verification found broken, and the ones before it). */
        fromId: z.number().int().optional(),
        /** Only the rows of sensitive reads (sensitiveReadActions). */
        sensitiveReads: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ rows: z.array(auditEntry), nextCursor: z.number().nullable() }),
  }),
  query('audit.verify', {
    access: 'audit.verify',
    summary:
      'Check the whole audit log’s hash chain in id order: how many rows, and the first row edited, removed before or inserted.',
    input: z.object({}).strict(),
    output: auditVerification,
  }),
]);
