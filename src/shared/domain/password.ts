// What a new password must be before the server will hash it, and how strong the screen says it is.
// The rule follows the usual Chinese guidance (GB/T 22239 等保 and the ministries' password advice: at least 8
// characters mixing kinds of character) and common practice elsewhere (NIST SP 800-63B: refuse well-known and
// trivially guessable passwords rather than demand every kind). It applies where a password is set, never at sign-in.

export const passwordMinLength = 8;
export const passwordMaxLength = 128;
/** Kinds of character a password mixes: lower-case, upper-case, digits, and anything else (symbols, 汉字). */
export const passwordMinKinds = 2;

/** Why a password is refused, most telling first; each is a validation message key. */
export const passwordProblems = [
  'passwordTooShort',
  'passwordCommon',
  'passwordRepeated',
  'passwordHasUsername',
  'passwordKinds',
] as const;
export type PasswordProblem = (typeof passwordProblems)[number];

/**
 * Passwords every guessing list starts with (compared ignoring case). Short on purpose: the other rules already
 * refuse most of what longer lists hold (one kind of character, one character repeated).
 */
const wellKnownPasswords = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '87654321',
  '11111111',
  '88888888',
  '66666666',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'qwerty123',
  'qwer1234',
  'qwertyuiop',
  '1qaz2wsx',
  '1q2w3e4r',
  '1q2w3e4r5t',
  'qweasdzxc',
  '123qweasd',
  'asdf1234',
  'zxcvbnm1',
  'a1234567',
  'a12345678',
  'aa123456',
  'aa112233',
  'abc12345',
  'abc123456',
  'abcd1234',
  'admin123',
  'admin888',
  'admin@123',
  'root1234',
  'test1234',
  'iloveyou',
  'woaini1314',
  '5201314a',
  'welcome1',
  'letmein1',
]);

export function kindsOf(password: string): number {
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];
  return kinds.filter((kind) => kind.test(password)).length;
}

/** Everything wrong with a new password for this username (none: it may be set), most telling first. */
export function passwordProblemsOf(password: string, username?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const lower = password.toLowerCase();
  if ([...password].length < passwordMinLength) problems.push('passwordTooShort');
  if (wellKnownPasswords.has(lower)) problems.push('passwordCommon');
  if (password.length > 0 && new Set(password).size === 1) problems.push('passwordRepeated');
  const name = username?.trim().toLowerCase();
  if (name && name.length >= 3 && lower.includes(name)) problems.push('passwordHasUsername');
  if (kindsOf(password) < passwordMinKinds) problems.push('passwordKinds');
  return problems;
}

export type PasswordStrength = 'weak' | 'fair' | 'strong';

/**
 * How strong the screen calls a password: weak while any rule refuses it; strong when long and varied (three kinds
 * and 10 characters, or 14 characters of any mix that passes); fair in between.
 */
export function passwordStrength(password: string, username?: string): PasswordStrength {
  if (passwordProblemsOf(password, username).length > 0) return 'weak';
  const length = [...password].length;
  return (kindsOf(password) >= 3 && length >= 10) || length >= 14 ? 'strong' : 'fair';
}
