// The months the dues form offers: the arrears window up to the months that may be paid ahead, never before the
// member arrived, and always the months the form was opened for.
import { describe, expect, it } from 'vitest';
import { payableMonths } from '../../src/renderer/src/features/party/dues/duesMonths';
import { arrearsWindowMonths, maxMonthsPaidAhead } from '../../src/shared/domain/party';

describe('payableMonths', () => {
  it('runs from the arrears window to the last month that may be paid ahead, newest first', () => {
    const months = payableMonths('2026-11', undefined, []);
    expect(months).toHaveLength(arrearsWindowMonths + 1 + maxMonthsPaidAhead);
    expect(months[0]).toBe('2027-11');
    expect(months.at(-1)).toBe('2025-11');
    expect(months).toContain('2026-01');
  });

  it('starts at the month the member arrived', () => {
    expect(payableMonths('2026-11', '2026-09-15', []).at(-1)).toBe('2026-09');
  });

  it('reaches back to an older month the form was opened for', () => {
    expect(payableMonths('2026-11', '2020-01-01', ['2024-03']).at(-1)).toBe('2024-03');
  });
});
