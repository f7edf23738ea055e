// Values a careless or hostile caller sends: wrong types, huge and deep values, prototype keys, odd numbers,
// broken Unicode, control characters, SQL, LIKE and full-text metacharacters; and valid inputs with one part spoiled.
import fc from 'fast-check';

/** Text that has broken naive SQL, LIKE patterns, FTS5 queries, templates and Unicode handling elsewhere. */
export const nastyTexts = [
  "'",
  '"',
  "' OR 1=1 --",
  "'); DROP TABLE residents; --",
  '%',
  '_',
  '%_%',
  '\\',
  '\\%',
  '*',
  '"*"',
  '* OR *',
  'NEAR(a b)',
  'a OR b',
  'AND',
  'NOT',
  '^',
  'name:王',
  '(',
  ')',
  '"unterminated',
  '-',
  '+',
  '--',
  '/*',
  ';',
  '||',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'a\uD83Db',
  '\u202E',
  '\uFEFF',
  '\r\n',
  '\t',
  '\u3000',
  '\u0007',
  '🧑‍🚒',
  'e\u0301',
  'İ',
  'ß',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the point of this text.
  '${x}',
  '{{x}}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'NaN',
  'null',
  '__proto__',
  'constructor',
  '-0',
  '1e309',
  '0x10',
  '   ',
  'SQ202611-000001',
  '０１２３',
] as const;

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nastyTexts) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...nastyTexts, '王', '小区', 'a', '1'), { minLength: 2, maxLength: 6 })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 4,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 8,
    }),
  },
);

/** Strings far longer than any field allows. */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(10_000, 100_000, 1_000_000), fc.constantFrom('x', '%', '王', '\uD800', "'"))
  .map(([length, unit]) => unit.repeat(length));

export const hostileNumber: fc.Arbitrary<number> = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  -1,
  0.5,
  1.0000001,
  Number.EPSILON,
  Number.MIN_VALUE,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 1,
  Number.MIN_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER - 1,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 32,
  2 ** 63,
  -(2 ** 63),
  1e308,
);

/** Nested arrays or objects deeper than any real input. */
export const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(100, 1000, 10_000), fc.boolean())
  .map(([depth, asArray]) => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
    return value;
  });

/** Keys that reach into prototypes when code copies an input key by key. */
export const prototypeKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
] as const;

/** An object whose own key is a prototype key (as JSON.parse makes it), not a prototype change. */
export function withOwnKey<T extends object>(base: T, key: string, value: unknown): T {
  const copy = { ...base };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

export const prototypeObject: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...prototypeKeys), fc.constantFrom<unknown>({ admin: true }, { polluted: 1 }, null, 'x'))
  .map(([key, value]) => withOwnKey({}, key, value));

/** Any hostile value, of any type: what an input or one of its fields might be replaced with. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: hugeText },
  { weight: 1, arbitrary: deepValue },
  { weight: 1, arbitrary: prototypeObject },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(undefined, null, true, false, [], {}, [null], new Date(Number.NaN)),
  },
  {
    weight: 3,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
  },
);

/** A value of the same kind as `value` when one is at hand (text for text, a number for a number), else any. */
function sameKindHostile(value: unknown): fc.Arbitrary<unknown> {
  if (typeof value === 'string')
    return fc.oneof({ weight: 4, arbitrary: hostileText }, { weight: 1, arbitrary: hugeText });
  if (typeof value === 'number') return hostileNumber;
  return hostileValue;
}

/**
 * A valid input with one part spoiled: a field made hostile (of its own kind, which validation may let through,
 * or of any kind), a field removed, a prototype key added, or the whole turned into something else.
 */
export function spoiled(valid: unknown): fc.Arbitrary<unknown> {
  if (valid === null || typeof valid !== 'object' || Array.isArray(valid)) return hostileValue;
  const record = valid as Record<string, unknown>;
  const keys = Object.keys(record);
  const field = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('extra');
  return fc.oneof(
    { weight: 4, arbitrary: field.chain((key) => sameKindHostile(record[key]).map((v) => ({ ...record, [key]: v }))) },
    { weight: 2, arbitrary: fc.tuple(field, hostileValue).map(([key, v]) => ({ ...record, [key]: v })) },
    {
      weight: 1,
      arbitrary: field.map((key) => {
        const { [key]: _removed, ...rest } = record;
        return rest;
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom<string>(...prototypeKeys, 'extra', ''), hostileValue)
        .map(([key, v]) => withOwnKey(record, key, v)),
    },
    { weight: 1, arbitrary: fc.constant(Object.assign(Object.create(null), record)) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([record], JSON.stringify(record)) },
  );
}
