// An antd Form rule that checks a field with the contract's own zod schema, so the screen refuses what the server would.
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isValidationKey } from '../../../shared/i18n/validation';

export function zodRule(schema: z.ZodType, t: TFunction): Rule {
  return {
    validator: async (_rule, raw: unknown) => {
      const value = raw === '' || raw === null ? undefined : raw;
      const parsed = schema.safeParse(value);
      if (parsed.success) return;
      if (value === undefined) throw new Error(t('form.required'));
      const issue = parsed.error.issues[0];
      throw new Error(issue ? issueMessage(issue, t) : t('form.invalid'));
    },
  };
}

function issueMessage(issue: z.core.$ZodIssue, t: TFunction): string {
  if (isValidationKey(issue.message)) return t(`validation.${issue.message}`);
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1 ? t('form.required') : t('form.tooShort', { min: Number(issue.minimum) });
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return t('form.tooLong', { max: Number(issue.maximum) });
  return t('form.invalid');
}
