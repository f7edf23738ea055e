// What the roster screens show from the rules: dues with the rate they come from, yuan with separators, and the
// roster's filters read back from the address exactly as written.
import { describe, expect, it } from 'vitest';
import { readRosterFilters, writeRosterFilters } from '../../src/renderer/src/features/party/members/memberListFilters';
import { yuanOf } from '../../src/renderer/src/features/party/members/partyFormat';
import { duesRateBasisPoints, monthlyDuesFen } from '../../src/shared/domain/partyDues';

describe('the dues line of the member form', () => {
  it.each([
    ['employed', 450_000, 100, 4_500],
    ['employed', 300_000, 50, 1_500],
    ['employed', 300_001, 100, 3_000],
    ['employed', 1_200_000, 200, 24_000],
    ['retired', 524_000, 100, 5_240],
    ['retired', 400_000, 50, 2_000],
  ] as const)('%s with %i fen: rate %i basis points, dues %i fen', (category, income, rate, dues) => {
    expect(duesRateBasisPoints(category, income)).toBe(rate);
    expect(monthlyDuesFen(category, income)).toBe(dues);
  });

  it('names no rate for the flat categories', () => {
    expect(duesRateBasisPoints('student', 0)).toBeNull();
    expect(duesRateBasisPoints('minimum_allowance', 90_000)).toBeNull();
  });
});

describe('yuan as the roster shows it', () => {
  it.each([
    [0, '0.00'],
    [20, '0.20'],
    [450_000, '4,500.00'],
    [123_456_789, '1,234,567.89'],
  ])('%i fen reads %s', (fen, text) => {
    expect(yuanOf(fen)).toBe(text);
  });
});

describe('roster filters in the address', () => {
  it('defaults to active members of every branch', () => {
    expect(readRosterFilters(new URLSearchParams())).toEqual({ status: 'active' });
    expect(writeRosterFilters({ status: 'active' }).toString()).toBe('');
  });

  it('reads back what it wrote', () => {
    const filters = {
      branchId: 3,
      kind: 'mobile',
      standing: 'probationary',
      status: 'transferred_out',
      q: '王',
    } as const;
    expect(readRosterFilters(writeRosterFilters(filters))).toEqual(filters);
  });

  it('drops values the contract would refuse', () => {
    const params = new URLSearchParams('branch=-2&kind=alien&standing=x&status=gone');
    expect(readRosterFilters(params)).toEqual({ status: 'active' });
  });
});
