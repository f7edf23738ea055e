import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/shared/domain/dates';

describe('dates at the centre', () => {
  it('counts a late-evening instant in Shanghai as the next day of UTC', () => {
    expect(localDate(Date.parse('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
  });

  it('can answer in another time zone', () => {
    expect(localDate(Date.parse('2026-11-30T17:30:00Z'), 'UTC')).toBe('2026-11-30');
  });
});
