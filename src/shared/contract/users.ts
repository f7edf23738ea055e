// The administrator's management of local user accounts.
import { z } from 'zod';
import { roles } from '../domain/roles';
import { username } from './auth';
import { id, name, ok, password, refinePasswordWithUsername } from './common';
import { byName, mutation, query } from './procedure';

export const userRow = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  active: z.boolean(),
  createdAt: z.number(),
  lastLoginAt: z.number().nullable(),
});
export type UserRow = z.infer<typeof userRow>;

export const usersContract = byName([
  query('users.list', {
    access: 'users.manage',
    summary: 'All user accounts, active first, by username.',
    input: z.object({}).strict(),
    output: z.array(userRow),
  }),
  mutation('users.create', {
    access: 'users.manage',
    summary: 'Create a user account with a role and a first password.',
    input: z
      .object({ username, displayName: name(40), role: z.enum(roles), password })
      .strict()
      .superRefine(refinePasswordWithUsername('password')),
    output: userRow,
  }),
  mutation('users.update', {
    access: 'users.manage',
    summary: 'Change a user’s display name, role, or whether the account may sign in.',
    input: z
      .object({ id, displayName: name(40).optional(), role: z.enum(roles).optional(), active: z.boolean().optional() })
      .strict(),
    output: userRow,
  }),
  mutation('users.resetPassword', {
    access: 'users.manage',
    summary: 'Set a new password for a user and sign out their sessions.',
    input: z.object({ id, password }).strict(),
    output: ok,
  }),
]);
