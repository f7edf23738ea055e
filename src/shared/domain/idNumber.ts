// Citizen ID numbers (公民身份号码, GB 11643): the check character, the birth date and gender they carry.

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

export type IdNumberProblem = 'format' | 'birthDate' | 'checkDigit';

export interface IdNumberFacts {
  birthDate: string;
  gender: 'male' | 'female';
  regionCode: string;
}

/** The check character the first 17 digits call for. */
export function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (weights[i] ?? 0);
  return checkChars[sum % 11] ?? '';
}

/** Upper-cases a trailing x and strips spaces, as people type them. */
export function normaliseIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * What is wrong with an ID number, or null when it is valid. `today` (YYYY-MM-DD) bounds the birth date:
 * nobody on the register is born tomorrow or before 1900.
 */
export function idNumberProblem(value: string, today: string): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (year < 1900 || !isRealDate(year, month, day) || birthDate > today) return 'birthDate';
  if (checkCharOf(value.slice(0, 17)) !== value[17]) return 'checkDigit';
  return null;
}

/** Birth date, gender (odd sequence digit = male) and region of a valid ID number. */
export function idNumberFacts(value: string): IdNumberFacts {
  return {
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    gender: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: value.slice(0, 6),
  };
}
