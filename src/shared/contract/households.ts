// One household, one file (一户一档): households by address, with their members, visits and history.
import { z } from 'zod';
import { houseUses } from '../domain/residents';
import { auditEntry } from './audit';
import { id, isoDate, name, optionalText, pageInput, phone } from './common';
import { byName, mutation, query } from './procedure';
import { residentSummary } from './residents';

/** What makes a household rented: its landlord, its tenants and the safety pledge (治安责任保证书). */
export const rental = z
  .object({
    landlordName: name(40),
    landlordPhone: phone.optional(),
    tenantCount: z.number().int().min(0).max(99),
    leaseStart: isoDate.optional(),
    leaseEnd: isoDate.optional(),
    pledgeSigned: z.boolean(),
  })
  .strict()
  .refine((r) => !r.leaseStart || !r.leaseEnd || r.leaseStart <= r.leaseEnd, {
    message: 'leaseEndsBeforeStart',
    path: ['leaseEnd'],
  });

const householdFields = {
  /** The micro-grid the household belongs to. */
  gridId: id,
  /** 小区: the estate or street address the buildings stand in, e.g. 振兴花园 or 人民路 18 号. */
  estate: name(40),
  building: name(10),
  unit: optionalText(10),
  room: name(10),
  houseUse: z.enum(houseUses),
  rental: rental.nullable().default(null),
};

export const householdRow = z.object({
  id: z.number(),
  gridId: z.number(),
  /** 社区 / 综合网格 / 微网格, for a list column. */
  gridPath: z.string(),
  address: z.string(),
  houseUse: z.enum(houseUses),
  headName: z.string().nullable(),
  memberCount: z.number(),
  lastVisitDate: z.string().nullable(),
});
export type HouseholdRow = z.infer<typeof householdRow>;

export const household = z.object({
  id: z.number(),
  gridId: z.number(),
  gridPath: z.string(),
  estate: z.string(),
  building: z.string(),
  unit: z.string().nullable(),
  room: z.string(),
  address: z.string(),
  houseUse: z.enum(houseUses),
  rental: z
    .object({
      landlordName: z.string(),
      landlordPhone: z.string().nullable(),
      tenantCount: z.number(),
      leaseStart: z.string().nullable(),
      leaseEnd: z.string().nullable(),
      pledgeSigned: z.boolean(),
    })
    .nullable(),
  version: z.number(),
});
export type Household = z.infer<typeof household>;

export const visitRow = z.object({
  id: z.number(),
  householdId: z.number(),
  visitDate: z.string(),
  type: z.string(),
  visitorName: z.string(),
  peopleMet: z.string(),
  findings: z.string(),
  followUpNeeded: z.boolean(),
});
export type VisitRow = z.infer<typeof visitRow>;

/** What the household list (and its export) can be narrowed by. */
export const householdListFilters = {
  gridId: id.optional(),
  address: z.string().trim().max(60).optional(),
  houseUse: z.enum(houseUses).optional(),
};

export const householdsContract = byName([
  query('households.list', {
    access: 'households.read',
    summary: 'Households in a grid (and below), optionally filtered by address text or house use; paged by id.',
    input: z
      .object({
        ...pageInput,
        ...householdListFilters,
      })
      .strict(),
    output: z.object({ rows: z.array(householdRow), nextCursor: z.number().nullable() }),
  }),
  query('households.get', {
    access: 'households.read',
    summary: 'The household file: the household, its members with their tags, its visits and its change history.',
    input: z.object({ id }).strict(),
    output: z.object({
      household,
      members: z.array(residentSummary),
      formerMembers: z.array(residentSummary),
      visits: z.array(visitRow),
      /** The audit entries of the household and of its members, newest first. */
      history: z.array(auditEntry),
    }),
  }),
  mutation('households.create', {
    access: 'households.manage',
    summary: 'Register a household at an address on a micro-grid.',
    input: z.object(householdFields).strict(),
    output: household,
  }),
  mutation('households.update', {
    access: 'households.manage',
    summary: 'Change a household’s address, grid, house use or rental details; refused when someone saved first.',
    input: z.object({ id, version: z.number().int(), ...householdFields }).strict(),
    output: household,
  }),
]);
