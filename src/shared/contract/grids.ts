// The organisation tree (street → community → comprehensive grid → micro-grid) and the staff on each grid.
import { z } from 'zod';
import { gridLevels, staffDuties } from '../domain/gridLevels';
import { id, isoDate, name, ok, optionalText, phone } from './common';
import { byName, mutation, query } from './procedure';

export const gridNode = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  level: z.enum(gridLevels),
  name: z.string(),
  code: z.string().nullable(),
  archived: z.boolean(),
  version: z.number(),
});
export type GridNode = z.infer<typeof gridNode>;

export const staffAssignment = z.object({
  id: z.number(),
  staffId: z.number(),
  name: z.string(),
  phone: z.string().nullable(),
  duty: z.enum(staffDuties),
  since: z.string(),
});
export type StaffAssignment = z.infer<typeof staffAssignment>;

export const gridDetail = z.object({
  grid: gridNode,
  path: z.array(z.object({ id: z.number(), name: z.string(), level: z.enum(gridLevels) })),
  staff: z.array(staffAssignment),
  counts: z.object({
    communities: z.number(),
    grids: z.number(),
    microGrids: z.number(),
    staff: z.number(),
  }),
});
export type GridDetail = z.infer<typeof gridDetail>;

export const gridsContract = byName([
  query('grids.tree', {
    access: 'grids.read',
    summary: 'Every grid of the organisation, flat, parents before children; archived ones on request.',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(gridNode),
  }),
  query('grids.get', {
    access: 'grids.read',
    summary: 'One grid with its path from the street, its staff and its counts.',
    input: z.object({ id }).strict(),
    output: gridDetail,
  }),
  mutation('grids.create', {
    access: 'grids.manage',
    summary: 'Create a grid under a parent of the level above (a street has no parent).',
    input: z
      .object({
        parentId: id.nullable(),
        level: z.enum(gridLevels),
        name: name(40),
        code: optionalText(20),
      })
      .strict(),
    output: gridNode,
  }),
  mutation('grids.rename', {
    access: 'grids.manage',
    summary: 'Rename a grid (and change its code); refused when someone else changed it first.',
    input: z.object({ id, version: z.number().int(), name: name(40), code: optionalText(20) }).strict(),
    output: gridNode,
  }),
  mutation('grids.move', {
    access: 'grids.manage',
    summary: 'Hang a grid under another parent of the same level.',
    input: z.object({ id, version: z.number().int(), parentId: id }).strict(),
    output: gridNode,
  }),
  mutation('grids.archive', {
    access: 'grids.manage',
    summary: 'Archive a grid that has no active sub-grids; it keeps its history.',
    input: z.object({ id, version: z.number().int() }).strict(),
    output: gridNode,
  }),
  mutation('grids.restore', {
    access: 'grids.manage',
    summary: 'Bring an archived grid back, under an active parent.',
    input: z.object({ id, version: z.number().int() }).strict(),
    output: gridNode,
  }),
  query('grids.staffDirectory', {
    access: 'grids.read',
    summary: 'Staff people known to the centre, for picking someone already on another grid.',
    input: z.object({ search: z.string().trim().max(40).default('') }).strict(),
    output: z.array(z.object({ id: z.number(), name: z.string(), phone: z.string().nullable() })),
  }),
  mutation('grids.assignStaff', {
    access: 'grids.manage',
    summary: 'Put a person on a grid with a duty: an existing staff person, or a new one by name and phone.',
    input: z
      .object({
        gridId: id,
        duty: z.enum(staffDuties),
        since: isoDate.optional(),
        staffId: id.optional(),
        name: name(40).optional(),
        phone: phone.optional(),
      })
      .strict()
      .refine((v) => v.staffId !== undefined || v.name !== undefined, {
        message: 'staffOrName',
        path: ['name'],
      }),
    output: staffAssignment,
  }),
  mutation('grids.unassignStaff', {
    access: 'grids.manage',
    summary: 'End a person’s duty on a grid (kept in history with its end date).',
    input: z.object({ assignmentId: id, until: isoDate.optional() }).strict(),
    output: ok,
  }),
]);
