// The audit log: who changed what, when, with the record before and after.
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
      })
      .strict(),
    output: z.object({ rows: z.array(auditEntry), nextCursor: z.number().nullable() }),
  }),
]);
