// Residents on the register: create, edit, move, move out, deceased; search while typing; revealing an ID number.
import { z } from 'zod';
import {
  genders,
  houseUses,
  lifeStatuses,
  politicalStatuses,
  relationsToHead,
  residenceStatuses,
  residenceTypes,
  residentTags,
  riskLevels,
} from '../domain/residents';
import { id, isoDate, name, optionalText, pageInput, phone } from './common';
import { byName, mutation, query } from './procedure';

/** An ID number as typed: spaces dropped, a trailing x upper-cased; its check digit is the service's to judge. */
export const idNumberInput = z
  .string()
  .transform((v) => v.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^\d{17}[\dX]$/, { message: 'idNumberFormat' }));

export const tagInput = z.object({ tag: z.enum(residentTags), riskLevel: z.enum(riskLevels).optional() }).strict();

const residentFields = {
  name: name(30),
  /** Without one (a foreign resident, a newborn not yet registered), gender and birth date are typed. */
  idNumber: idNumberInput.optional(),
  gender: z.enum(genders).optional(),
  birthDate: isoDate.optional(),
  phone: phone.optional(),
  ethnicity: z.string().trim().min(1).max(10).default('汉族'),
  relationToHead: z.enum(relationsToHead),
  residenceType: z.enum(residenceTypes),
  residenceStatus: z.enum(residenceStatuses),
  politicalStatus: z.enum(politicalStatuses).default('masses'),
  tags: z.array(tagInput).max(20).default([]),
  note: optionalText(200),
};

/** A resident as lists and the household file show them: numbers masked, attention tags only for those allowed. */
export const residentSummary = z.object({
  id: z.number(),
  householdId: z.number(),
  name: z.string(),
  gender: z.enum(genders).nullable(),
  birthDate: z.string().nullable(),
  maskedIdNumber: z.string().nullable(),
  /** Whole for roles that keep the household's file, masked for the rest. */
  phone: z.string().nullable(),
  relationToHead: z.enum(relationsToHead),
  residenceType: z.enum(residenceTypes),
  residenceStatus: z.enum(residenceStatuses),
  politicalStatus: z.enum(politicalStatuses),
  lifeStatus: z.enum(lifeStatuses),
  tags: z.array(z.object({ tag: z.enum(residentTags), riskLevel: z.enum(riskLevels).nullable() })),
});
export type ResidentSummary = z.infer<typeof residentSummary>;

export const resident = residentSummary.extend({
  ethnicity: z.string(),
  note: z.string().nullable(),
  lifeStatusDate: z.string().nullable(),
  version: z.number(),
});
export type Resident = z.infer<typeof resident>;

export const searchHit = z.object({
  residentId: z.number(),
  name: z.string(),
  gender: z.enum(genders).nullable(),
  birthDate: z.string().nullable(),
  maskedIdNumber: z.string().nullable(),
  maskedPhone: z.string().nullable(),
  lifeStatus: z.enum(lifeStatuses),
  householdId: z.number(),
  address: z.string(),
  gridPath: z.string(),
  /** Which part of the record the query matched, so the screen can say why a row is there. */
  matchedBy: z.enum(['name', 'pinyin', 'initials', 'idNumber', 'phone', 'address']),
});
export type SearchHit = z.infer<typeof searchHit>;

const versioned = { id, version: z.number().int() };

export const residentsContract = byName([
  query('residents.search', {
    access: 'households.read',
    summary:
      'Find residents while typing: by name, pinyin (full or initials), any part of an ID number or phone, or address.',
    input: z
      .object({ query: z.string().trim().min(1).max(40), limit: z.number().int().min(1).max(50).default(20) })
      .strict(),
    output: z.array(searchHit),
  }),
  query('residents.list', {
    access: 'households.read',
    summary: 'Residents in a grid (and below), filtered by tag, residence type or status; paged by id.',
    input: z
      .object({
        ...pageInput,
        gridId: id.optional(),
        tag: z.enum(residentTags).optional(),
        residenceType: z.enum(residenceTypes).optional(),
        houseUse: z.enum(houseUses).optional(),
        lifeStatus: z.enum(lifeStatuses).default('active'),
      })
      .strict(),
    output: z.object({
      rows: z.array(residentSummary.extend({ address: z.string(), gridPath: z.string() })),
      nextCursor: z.number().nullable(),
    }),
  }),
  query('residents.get', {
    access: 'households.read',
    summary: 'One resident for the edit form.',
    input: z.object({ id }).strict(),
    output: resident,
  }),
  mutation('residents.create', {
    access: 'households.manage',
    summary:
      'Add a resident to a household; an ID number already on the register is refused with a link to its holder.',
    input: z.object({ householdId: id, ...residentFields }).strict(),
    output: resident,
  }),
  mutation('residents.update', {
    access: 'households.manage',
    summary: 'Change a resident’s details and tags; refused when someone saved first.',
    input: z.object({ ...versioned, ...residentFields }).strict(),
    output: resident,
  }),
  mutation('residents.move', {
    access: 'households.manage',
    summary: 'Move a resident to another household, with their relation to its head.',
    input: z.object({ ...versioned, householdId: id, relationToHead: z.enum(relationsToHead) }).strict(),
    output: resident,
  }),
  mutation('residents.moveOut', {
    access: 'households.manage',
    summary: 'Record that a resident moved away; the record stays, out of the current register.',
    input: z.object({ ...versioned, date: isoDate, note: optionalText(200) }).strict(),
    output: resident,
  }),
  mutation('residents.markDeceased', {
    access: 'households.manage',
    summary: 'Record a resident’s death; the record stays, out of the current register.',
    input: z.object({ ...versioned, date: isoDate, note: optionalText(200) }).strict(),
    output: resident,
  }),
  mutation('residents.revealIdNumber', {
    access: 'residents.reveal',
    summary: 'Show one resident’s whole ID number; a deliberate act, written to the audit log.',
    input: z.object({ id }).strict(),
    output: z.object({ idNumber: z.string().nullable() }),
  }),
]);
