// Zod's messages as a desk clerk should read them: the common cases in plain words, the rest from
// zod's own locale. Used by the router for server answers and by forms for the same words on screen.
import { locales, type z } from 'zod';
import type { FieldIssue } from '../contract/errors';
import { isValidationKey, type Language, validationMessage } from './validation';

const localeMaps = { 'zh-CN': locales.zhCN().localeError, en: locales.en().localeError };

export function zodErrorMap(lang: Language): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined) return validationMessage(lang, 'required');
    if (issue.code === 'too_small' && issue.origin === 'string') {
      return Number(issue.minimum) <= 1
        ? validationMessage(lang, 'required')
        : validationMessage(lang, 'tooShort', { min: Number(issue.minimum) });
    }
    if (issue.code === 'too_big' && issue.origin === 'string') {
      return validationMessage(lang, 'tooLong', { max: Number(issue.maximum) });
    }
    return localeMaps[lang](issue);
  };
}

/**
 * The issues of a failed parse as field messages in a language. Messages a schema names itself (like
 * `phone`) win over any error map in zod, so they are looked up in the validation catalogue here.
 */
export function localizedIssues(error: z.ZodError, lang: Language): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: isValidationKey(issue.message) ? validationMessage(lang, issue.message) : issue.message,
  }));
}
