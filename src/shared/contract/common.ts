// Zod building blocks shared by the contract's areas, so a name or an id is checked the same everywhere.
import { z } from 'zod';
import { passwordMaxLength, passwordMinLength, passwordProblemsOf } from '../domain/password';
import { isPhoneNumber } from '../domain/phone';

export const id = z.number().int().positive();

/** A person's or a place's name: trimmed, not empty, short enough for a table cell and a print. */
export const name = (max = 60) => z.string().trim().min(1).max(max);

export const optionalText = (max: number) => z.string().trim().max(max).optional();

/**
 * A new password: the password rule without the username (the length has its own issue; otherwise the most telling
 * problem). Where the username is known, `refinePasswordWithUsername` adds the rest.
 */
export const password = z
  .string()
  .min(passwordMinLength)
  .max(passwordMaxLength)
  .superRefine((value, ctx) => {
    const problem = passwordProblemsOf(value).find((p) => p !== 'passwordTooShort');
    if (problem && [...value].length >= passwordMinLength) ctx.addIssue({ code: 'custom', message: problem });
  });

/** For an input holding both a username and a new password: refuses a password that contains the username. */
export function refinePasswordWithUsername(passwordKey: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const pass = value[passwordKey];
    const username = value.username;
    if (typeof pass !== 'string' || typeof username !== 'string') return;
    // Only when the password passes everything else: a field shows one problem at a time.
    if (passwordProblemsOf(pass).length === 0 && passwordProblemsOf(pass, username).includes('passwordHasUsername')) {
      ctx.addIssue({ code: 'custom', path: [passwordKey], message: 'passwordHasUsername' });
    }
  };
}

export const phone = z.string().trim().refine(isPhoneNumber, { message: 'phone' });

export const isoDate = z.iso.date();

/**
 * An instant as epoch milliseconds, from 1970 to the end of 2099: later ones (up to 2^53) have no YYYY-MM-DD date
 * in the centre's time zone, and the services turn instants into dates.
 */
export const instant = z
  .number()
  .int()
  .nonnegative()
  .max(Date.UTC(2100, 0, 1) - 1);

/** Keyset paging: the cursor is the last row's sort key, never an offset. */
export const pageInput = {
  cursor: z.number().int().optional(),
  limit: z.number().int().min(1).max(200).default(50),
};

export const ok = z.object({ ok: z.literal(true) });
