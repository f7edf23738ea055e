// Month-on-month and year-on-year change as a manager reads it: counts by difference and ratio, rates by points.
import { describe, expect, it } from 'vitest';
import { countChange, rateChange, ratioText } from '../../src/shared/domain/trends';

describe('a count compared with an earlier month', () => {
  it('rose by a difference and a ratio', () => {
    expect(countChange(120, 100)).toEqual({ previous: 100, difference: 20, ratio: 0.2 });
    expect(countChange(75, 100)).toEqual({ previous: 100, difference: -25, ratio: -0.25 });
  });

  it('has no ratio against nothing, and no change against no data', () => {
    expect(countChange(5, 0)).toEqual({ previous: 0, difference: 5, ratio: null });
    expect(countChange(5, null)).toEqual({ previous: null, difference: null, ratio: null });
  });
});

describe('a rate compared with an earlier month', () => {
  it('moves by percentage points, to one decimal', () => {
    expect(rateChange(0.93, 0.9)).toEqual({ previous: 0.9, points: 3 });
    expect(rateChange(0.8125, 0.85)).toEqual({ previous: 0.85, points: -3.8 });
    expect(rateChange(0.5, 0.5)).toEqual({ previous: 0.5, points: 0 });
  });

  it('has no change when either month had nothing to rate', () => {
    expect(rateChange(null, 0.9)).toEqual({ previous: 0.9, points: null });
    expect(rateChange(0.9, null)).toEqual({ previous: null, points: null });
  });
});

describe('ratioText', () => {
  it('writes a ratio as a signed percentage with one decimal', () => {
    expect(ratioText(0.085)).toBe('+8.5%');
    expect(ratioText(-0.02)).toBe('−2.0%');
    expect(ratioText(0)).toBe('0.0%');
  });

  it('keeps two decimals for a change too small for one, so it never reads as none', () => {
    expect(ratioText(-4 / 14894)).toBe('−0.03%');
    expect(ratioText(0.0004)).toBe('+0.04%');
  });
});
