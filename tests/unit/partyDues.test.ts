// The dues rule at every bracket edge: the last fen of a bracket and the first fen of the next.
import { describe, expect, it } from 'vitest';
import { flatDuesFen, isValidIncomeFen, monthlyDuesFen } from '../../src/shared/domain/partyDues';

const yuan = (amount: number) => Math.round(amount * 100);

describe('monthly dues of an employed member', () => {
  it.each([
    [0, 0],
    [yuan(1), yuan(0.01)],
    [yuan(2_000), yuan(10)],
    [yuan(3_000), yuan(15)],
    [yuan(3_000.01), yuan(30)],
    [yuan(4_000), yuan(40)],
    [yuan(5_000), yuan(50)],
    [yuan(5_000.01), yuan(75)],
    [yuan(8_000), yuan(120)],
    [yuan(10_000), yuan(150)],
    [yuan(10_000.01), yuan(200)],
    [yuan(15_000), yuan(300)],
  ])('on %i fen of income are %i fen, the rate taken of the whole income', (income, dues) => {
    expect(monthlyDuesFen('employed', income)).toBe(dues);
  });

  it('rounds a fraction of a fen half up', () => {
    // 3,333.33 yuan × 1% = 33.3333 yuan → 3,333 fen; 4,999.50 × 1% = 49.995 yuan → 5,000 fen (half up).
    expect(monthlyDuesFen('employed', yuan(3_333.33))).toBe(3_333);
    expect(monthlyDuesFen('employed', yuan(4_999.5))).toBe(5_000);
  });
});

describe('monthly dues of a retired member', () => {
  it.each([
    [yuan(3_000), yuan(15)],
    [yuan(5_000), yuan(25)],
    [yuan(5_000.01), yuan(50)],
    [yuan(12_000), yuan(120)],
  ])('on %i fen of pension are %i fen', (income, dues) => {
    expect(monthlyDuesFen('retired', income)).toBe(dues);
  });
});

describe('members without an income of their own', () => {
  it.each(['student', 'unemployed', 'minimum_allowance'] as const)(
    'a %s pays 0.2 yuan whatever is declared',
    (category) => {
      expect(flatDuesFen).toBe(20);
      expect(monthlyDuesFen(category, 0)).toBe(20);
      expect(monthlyDuesFen(category, yuan(9_000))).toBe(20);
    },
  );
});

describe('a declared income', () => {
  it('is whole fen and never negative', () => {
    expect(isValidIncomeFen(0)).toBe(true);
    expect(isValidIncomeFen(yuan(5_000))).toBe(true);
    expect(isValidIncomeFen(-1)).toBe(false);
    expect(isValidIncomeFen(10.5)).toBe(false);
    expect(() => monthlyDuesFen('employed', -100)).toThrow(RangeError);
  });
});
