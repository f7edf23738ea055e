import { describe, expect, it } from 'vitest';
import { password } from '../../src/shared/contract/common';
import { passwordProblemsOf, passwordStrength } from '../../src/shared/domain/password';

describe('the password rule', () => {
  it('accepts eight characters mixing two kinds, like the demo accounts’ password', () => {
    expect(passwordProblemsOf('demo1234', 'desk')).toEqual([]);
    expect(passwordProblemsOf('zhenxing-2026', 'wangjg')).toEqual([]);
    expect(passwordProblemsOf('Tianmushan', 'desk')).toEqual([]);
    expect(passwordProblemsOf('网格员2026年', 'grid')).toEqual([]);
  });

  it('refuses fewer than eight characters, counting a Chinese character as one', () => {
    expect(passwordProblemsOf('Ab1!xyz')).toContain('passwordTooShort');
    expect(passwordProblemsOf('振兴社区1')).toContain('passwordTooShort');
  });

  it('refuses one kind of character only', () => {
    expect(passwordProblemsOf('zhenxingshequ')).toEqual(['passwordKinds']);
    expect(passwordProblemsOf('20261116')).toEqual(['passwordKinds']);
    expect(passwordProblemsOf('ZHENXING')).toEqual(['passwordKinds']);
  });

  it('refuses the passwords every guessing list starts with, whatever their case', () => {
    for (const weak of [
      '12345678',
      'password',
      'Password',
      'qwerty123',
      '11111111',
      'a1234567',
      'abc12345',
      'P@ssw0rd',
    ]) {
      expect(passwordProblemsOf(weak), weak).toContain('passwordCommon');
    }
  });

  it('refuses one character repeated', () => {
    expect(passwordProblemsOf('zzzzzzzzzz')).toContain('passwordRepeated');
    expect(passwordProblemsOf('!!!!!!!!')).toContain('passwordRepeated');
  });

  it('refuses a password containing the username, whatever its case', () => {
    expect(passwordProblemsOf('Wangjg2026', 'wangjg')).toEqual(['passwordHasUsername']);
    expect(passwordProblemsOf('wangjg2026', 'other')).toEqual([]);
  });

  it('names the most telling problem first', () => {
    expect(passwordProblemsOf('11111111')[0]).toBe('passwordCommon');
    expect(passwordProblemsOf('22222222')[0]).toBe('passwordRepeated');
  });
});

describe('the strength the screen shows', () => {
  it('is weak while the rule refuses, fair when it passes, strong when long and varied', () => {
    expect(passwordStrength('qwerty123')).toBe('weak');
    expect(passwordStrength('demo1234')).toBe('fair');
    expect(passwordStrength('Zhenxing-2026')).toBe('strong');
    expect(passwordStrength('zhenxing community')).toBe('strong');
  });
});

describe('the contract’s new-password field', () => {
  it('answers one issue, the most telling, named by its validation key', () => {
    const issues = (value: string) => password.safeParse(value).error?.issues.map((i) => i.message) ?? [];
    expect(issues('qwerty123')).toEqual(['passwordCommon']);
    expect(issues('aaaaaaaaaa')).toEqual(['passwordRepeated']);
    expect(issues('zhenxingshequ')).toEqual(['passwordKinds']);
    expect(issues('short')).toHaveLength(1);
    expect(issues('demo1234')).toEqual([]);
  });
});
