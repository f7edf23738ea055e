import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/main/services/passwords';

describe('password hashes', () => {
  it('verifies the password it was made from and no other', () => {
    const hash = hashPassword('demo1234');
    expect(verifyPassword('demo1234', hash)).toBe(true);
    expect(verifyPassword('demo12345', hash)).toBe(false);
  });

  it('salts every hash, so two users with one password do not share a hash', () => {
    expect(hashPassword('same-password')).not.toBe(hashPassword('same-password'));
  });

  it('keeps scrypt and its cost inside the stored value, never the password', () => {
    const hash = hashPassword('demo1234');
    expect(hash.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(hash).not.toContain('demo1234');
  });

  it('refuses a stored value of an unknown scheme', () => {
    expect(verifyPassword('demo1234', 'md5$abc')).toBe(false);
  });
});
