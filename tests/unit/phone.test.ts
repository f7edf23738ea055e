import { describe, expect, it } from 'vitest';
import { isMobile, isPhoneNumber } from '../../src/shared/domain/phone';

describe('phone numbers', () => {
  it('accepts an 11-digit mobile starting 13–19', () => {
    expect(isMobile('18012341999')).toBe(true);
    expect(isPhoneNumber('13912345678')).toBe(true);
  });

  it('refuses mobiles of the wrong length or prefix', () => {
    expect(isMobile('1801234199')).toBe(false);
    expect(isMobile('180123419990')).toBe(false);
    expect(isMobile('12012341999')).toBe(false);
  });

  it('accepts a landline with its area code, with or without the hyphen', () => {
    expect(isPhoneNumber('0523-86123456')).toBe(true);
    expect(isPhoneNumber('052386123456')).toBe(true);
    expect(isPhoneNumber('86123456')).toBe(false);
  });
});
