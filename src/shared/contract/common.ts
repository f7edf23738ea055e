// Zod building blocks shared by the contract's areas, so a name or an id is checked the same everywhere.
import { z } from 'zod';
import { passwordMaxLength, passwordMinLength } from '../domain/password';
import { isPhoneNumber } from '../domain/phone';

export const id = z.number().int().positive();

/** A person's or a place's name: trimmed, not empty, short enough for a table cell and a print. */
export const name = (max = 60) => z.string().trim().min(1).max(max);

export const optionalText = (max: number) => z.string().trim().max(max).optional();

export const password = z.string().min(passwordMinLength).max(passwordMaxLength);

export const phone = z.string().trim().refine(isPhoneNumber, { message: 'phone' });

export const isoDate = z.iso.date();

/** Keyset paging: the cursor is the last row's sort key, never an offset. */
export const pageInput = {
  cursor: z.number().int().optional(),
  limit: z.number().int().min(1).max(200).default(50),
};

export const ok = z.object({ ok: z.literal(true) });
