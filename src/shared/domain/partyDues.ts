// Party dues 党费 (DOMAIN.md "Party organisation"): a monthly amount from the declared after-tax monthly income,
// by the member's income category. Money is integer fen throughout; the rate applies to the whole income.

/** 在职 employed; 离退休 retired; 学生, 失业 and 低保 pay a flat 0.2 yuan. */
export const incomeCategories = ['employed', 'retired', 'student', 'unemployed', 'minimum_allowance'] as const;
export type IncomeCategory = (typeof incomeCategories)[number];

const yuan = 100;

/** Rates in basis points (1/10,000) of the whole income, by the bracket's upper bound in fen (inclusive). */
interface Bracket {
  upToFen: number;
  basisPoints: number;
}

const employedBrackets: readonly Bracket[] = [
  { upToFen: 3_000 * yuan, basisPoints: 50 },
  { upToFen: 5_000 * yuan, basisPoints: 100 },
  { upToFen: 10_000 * yuan, basisPoints: 150 },
  { upToFen: Number.POSITIVE_INFINITY, basisPoints: 200 },
];

const retiredBrackets: readonly Bracket[] = [
  { upToFen: 5_000 * yuan, basisPoints: 50 },
  { upToFen: Number.POSITIVE_INFINITY, basisPoints: 100 },
];

/** What students, unemployed and minimum-allowance members pay each month: 0.2 yuan. */
export const flatDuesFen = 20;

/** A declared income is whole fen, not negative. */
export function isValidIncomeFen(incomeFen: number): boolean {
  return Number.isSafeInteger(incomeFen) && incomeFen >= 0;
}

/** The rate applied to an income, in basis points (100 = 1%); null for the flat categories (students…). */
export function duesRateBasisPoints(category: IncomeCategory, incomeFen: number): number | null {
  if (category !== 'employed' && category !== 'retired') return null;
  const brackets = category === 'employed' ? employedBrackets : retiredBrackets;
  return (brackets.find((b) => incomeFen <= b.upToFen) ?? brackets[brackets.length - 1])?.basisPoints ?? 0;
}

/**
 * The month's dues in fen. Fractions of a fen are rounded half up (3,000.01 yuan at 1% is 30.0001 yuan: 3,000 fen).
 * Throws on an income that is not whole, non-negative fen: the contract refuses it before it gets here.
 */
export function monthlyDuesFen(category: IncomeCategory, incomeFen: number): number {
  if (!isValidIncomeFen(incomeFen)) throw new RangeError(`Not an income in fen: ${incomeFen}`);
  if (category !== 'employed' && category !== 'retired') return flatDuesFen;
  const brackets = category === 'employed' ? employedBrackets : retiredBrackets;
  const bracket = brackets.find((b) => incomeFen <= b.upToFen) ?? brackets[brackets.length - 1];
  // Integer arithmetic: fen × basis points / 10,000, rounded half up, never through a float rate.
  return Math.floor((incomeFen * (bracket?.basisPoints ?? 0) + 5_000) / 10_000);
}
