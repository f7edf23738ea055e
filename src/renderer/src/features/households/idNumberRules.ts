// The ID number field's checks as the user types: the check digit and birth date as soon as 18 characters are in,
// the length only when the field is left, so a half-typed number is not called wrong.
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { localDate } from '../../../../shared/domain/dates';
import {
  type IdNumberFacts,
  idNumberFacts,
  idNumberProblem,
  normaliseIdNumber,
} from '../../../../shared/domain/idNumber';

const problemKeys = {
  format: 'validation.idNumberFormat',
  birthDate: 'validation.idNumberBirthDate',
  checkDigit: 'validation.idNumberCheckDigit',
} as const;

function check(raw: unknown, complete: boolean, t: TFunction): void {
  const value = normaliseIdNumber(typeof raw === 'string' ? raw : '');
  if (!value) return;
  const typing = !complete && value.length < 18 && /^\d*$/.test(value);
  if (typing) return;
  const problem = idNumberProblem(value, localDate(Date.now()));
  if (problem) throw new Error(t(problemKeys[problem]));
}

export function idNumberRules(t: TFunction): Rule[] {
  return [
    { validateTrigger: ['onChange', 'onBlur'], validator: async (_rule, value) => check(value, false, t) },
    { validateTrigger: 'onBlur', validator: async (_rule, value) => check(value, true, t) },
  ];
}

/** Birth date and gender of a complete, valid ID number as typed; null while it is neither. */
export function factsOfTyped(raw: string | undefined): IdNumberFacts | null {
  const value = normaliseIdNumber(raw ?? '');
  return value && idNumberProblem(value, localDate(Date.now())) === null ? idNumberFacts(value) : null;
}
