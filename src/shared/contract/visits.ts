// Monthly home visits (入户走访): recording a visit, the households still to visit, coverage per grid.
import { z } from 'zod';
import { visitTypes } from '../domain/residents';
import { id, isoDate, pageInput } from './common';
import { visitRow } from './households';
import { byName, mutation, query } from './procedure';

/**
 * A calendar month, YYYY-MM, in the years a register can hold (1900-2099): months are turned into instants in the
 * centre's time zone, and years 0000 or 9999 have no neighbouring month a Date can hold.
 */
export const month = z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, { message: 'month' });

export const visitsContract = byName([
  mutation('visits.record', {
    access: 'visits.record',
    summary: 'Record a home visit to a household: type, date, people met, findings, whether to follow up.',
    input: z
      .object({
        householdId: id,
        visitDate: isoDate,
        type: z.enum(visitTypes),
        peopleMet: z.string().trim().max(200).default(''),
        findings: z.string().trim().max(2000).default(''),
        followUpNeeded: z.boolean().default(false),
      })
      .strict(),
    output: visitRow,
  }),
  query('visits.unvisited', {
    access: 'visits.read',
    summary: 'Households not yet visited in a month: in a grid, or in the signed-in grid worker’s own grids.',
    input: z.object({ ...pageInput, month, gridId: id.optional() }).strict(),
    output: z.object({
      rows: z.array(
        z.object({
          householdId: z.number(),
          address: z.string(),
          gridPath: z.string(),
          headName: z.string().nullable(),
          lastVisitDate: z.string().nullable(),
        }),
      ),
      total: z.number(),
      nextCursor: z.number().nullable(),
    }),
  }),
  query('visits.coverage', {
    access: 'visits.read',
    summary: 'Visit coverage for a month per grid below a grid (or per community of the street): visited / households.',
    input: z.object({ month, gridId: id.optional() }).strict(),
    output: z.object({
      month: z.string(),
      rows: z.array(
        z.object({
          gridId: z.number(),
          name: z.string(),
          level: z.string(),
          households: z.number(),
          visited: z.number(),
          /** visited / households, 0..1; null for a grid without households. */
          coverage: z.number().nullable(),
        }),
      ),
      total: z.object({ households: z.number(), visited: z.number(), coverage: z.number().nullable() }),
    }),
  }),
]);
