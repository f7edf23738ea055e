// A refused field of a case form: VALIDATION with the field's message in the caller's language, so the form
// marks the very field (category, grid, handler…) that stopped the save.
import { AppError } from '../../../shared/contract/errors';
import { type ValidationKey, validationMessage } from '../../../shared/i18n/validation';
import type { Ctx } from '../context';

export function invalidField(
  ctx: Ctx,
  path: string,
  key: ValidationKey,
  englishMessage: string,
  params?: Record<string, string | number>,
): AppError {
  return new AppError('VALIDATION', englishMessage, {
    reason: 'invalidInput',
    issues: [{ path: [path], message: validationMessage(ctx.lang, key, params) }],
  });
}
