// Sign-in, first start (create the admin or open the demo), sign-out, locking an idle session and one's own password.
import { z } from 'zod';
import { idleLockMaxMinutes, idleLockMinMinutes } from '../domain/idleLock';
import { roles } from '../domain/roles';
import { name, ok, password, refinePasswordWithUsername } from './common';
import { byName, mutation, query } from './procedure';

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.-]{3,32}$/, { message: 'username' });

export const sessionUser = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  permissions: z.array(z.string()),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const authContract = byName([
  query('auth.status', {
    access: 'public',
    summary: 'What the sign-in page needs: whether first-start setup is due, and the demo accounts of a demo database.',
    input: z.object({}).strict(),
    output: z.object({
      setupRequired: z.boolean(),
      isDemo: z.boolean(),
      centreName: z.string().nullable(),
      demoAccounts: z.array(z.object({ username: z.string(), role: z.enum(roles), password: z.string() })),
      /** Minutes without keyboard or pointer before a signed-in window locks. */
      idleLockMinutes: z.number().int(),
    }),
  }),
  mutation('auth.setup', {
    access: 'public',
    summary: 'First start: create the administrator of an empty database.',
    input: z
      .object({ username, displayName: name(40), password, centreName: name(60) })
      .strict()
      .superRefine(refinePasswordWithUsername('password')),
    output: ok,
  }),
  mutation('auth.openDemo', {
    access: 'public',
    summary: 'First start: fill an empty database with the demo street and its accounts.',
    input: z.object({}).strict(),
    output: ok,
  }),
  mutation('auth.login', {
    access: 'public',
    summary: 'Sign in with username and password; answers a session token.',
    input: z
      .object({ username: z.string().trim().toLowerCase().min(1).max(64), password: z.string().min(1).max(200) })
      .strict(),
    output: z.object({
      token: z.string(),
      user: sessionUser,
      /** The password just typed falls short of the password rule: the screen asks the user to change it. */
      weakPassword: z.boolean(),
    }),
  }),
  mutation('auth.lock', {
    access: 'signedIn',
    summary:
      'Lock this session (the screen went idle): every call but unlock, sign-out and status is refused until unlocked.',
    input: z.object({}).strict(),
    output: ok,
  }),
  mutation('auth.unlock', {
    access: 'signedIn',
    summary:
      'Re-open this locked session with the user’s password; wrong passwords count towards the sign-in throttle.',
    input: z.object({ password: z.string().min(1).max(200) }).strict(),
    output: sessionUser,
  }),
  mutation('auth.setIdleLock', {
    access: 'users.manage',
    summary: 'Set the minutes without activity after which sessions lock, for every screen and the server.',
    input: z.object({ minutes: z.number().int().min(idleLockMinMinutes).max(idleLockMaxMinutes) }).strict(),
    output: z.object({ idleLockMinutes: z.number().int() }),
  }),
  mutation('auth.logout', {
    access: 'signedIn',
    summary: 'End this session.',
    input: z.object({}).strict(),
    output: ok,
  }),
  query('auth.me', {
    access: 'signedIn',
    summary: 'The signed-in user and what they may do.',
    input: z.object({}).strict(),
    output: sessionUser,
  }),
  mutation('auth.changePassword', {
    access: 'signedIn',
    summary: 'Change one’s own password, proving the current one.',
    input: z.object({ currentPassword: z.string().min(1).max(200), newPassword: password }).strict(),
    output: ok,
  }),
]);
