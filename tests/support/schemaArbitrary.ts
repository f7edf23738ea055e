// Inputs drawn from a procedure's own JSON Schema (zod's toJSONSchema, as the router's listing gives it), leaning
// towards values that pass validation, so that calls get past the router into the services.
import fc from 'fast-check';

/** The part of JSON Schema that zod 4 writes for the contract's inputs. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  default?: unknown;
}

/**
 * What a field's name says about the values worth trying (real ids, valid phone numbers, a record's version): an
 * arbitrary for the field, or undefined to draw from the schema alone.
 */
export type FieldHints = (key: string, schema: JsonSchema) => fc.Arbitrary<unknown> | undefined;

/** Whole-object adjustments once every field is drawn, e.g. a real record's id paired with its own version. */
export type ObjectHints = (keys: string[]) => fc.Arbitrary<(value: Record<string, unknown>) => void> | undefined;

export interface SchemaHints {
  field?: FieldHints;
  object?: ObjectHints;
  /** Text for a string field without a pattern: realistic words, and hostile ones within the length limits. */
  text?: (minLength: number, maxLength: number) => fc.Arbitrary<string>;
}

const maxSafe = Number.MAX_SAFE_INTEGER;

/** A date near the test clock's today, now and then one at the edges of what the pattern allows. */
export const isoDateNearToday = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -900, max: 120 }).map((days) => dayFrom('2026-11-16', days)) },
  { weight: 1, arbitrary: fc.constantFrom('1900-01-01', '0000-02-29', '9999-12-31', '2024-02-29', '1970-01-01') },
);

/** A month near the test clock's, now and then one at the edges of what the pattern allows. */
export const monthNearToday = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -30, max: 3 }).map((months) => monthFrom('2026-11', months)) },
  { weight: 1, arbitrary: fc.constantFrom('0000-01', '9999-12', '1900-01', '1970-01', '2100-12') },
);

function dayFrom(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function monthFrom(month: string, months: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const datePatternMarker = '02-29';

/** An integer in [min, max], most often small and near min, sometimes at either bound. */
export function integerIn(min: number, max: number): fc.Arbitrary<number> {
  const lo = Math.max(min, -maxSafe);
  const hi = Math.min(max, maxSafe);
  if (hi - lo <= 2_000_000) return fc.integer({ min: lo, max: hi });
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: lo, max: lo + 1000 }) },
    { weight: 1, arbitrary: fc.constantFrom(lo, hi, 2 ** 31 - 1, 2 ** 31, 2 ** 32).filter((n) => n >= lo && n <= hi) },
    { weight: 1, arbitrary: fc.maxSafeInteger().filter((n) => n >= lo && n <= hi) },
  );
}

function integerOf(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? -maxSafe);
  const max = schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : (schema.maximum ?? maxSafe);
  return integerIn(Math.ceil(min), Math.floor(max));
}

function numberOf(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e9;
  const max = schema.maximum ?? schema.exclusiveMaximum ?? 1e9;
  if (schema.multipleOf) {
    const step = schema.multipleOf;
    return integerIn(Math.ceil(min / step), Math.floor(max / step)).map((k) => k * step);
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function stringOf(schema: JsonSchema, hints: SchemaHints): fc.Arbitrary<string> {
  if (schema.format === 'date' || schema.pattern?.includes(datePatternMarker)) return isoDateNearToday;
  if (schema.pattern?.endsWith('-(0[1-9]|1[0-2])$')) return monthNearToday;
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  if (hints.text) return hints.text(min, max);
  return fc.string({ minLength: min, maxLength: Math.min(max, min + 40) });
}

function objectOf(schema: JsonSchema, hints: SchemaHints): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  if (keys.length === 0 && (schema.propertyNames || typeof schema.additionalProperties === 'object')) {
    const keyArb = schema.propertyNames
      ? (arbitraryOf(schema.propertyNames, hints) as fc.Arbitrary<string>)
      : fc.string();
    const valueArb =
      typeof schema.additionalProperties === 'object'
        ? arbitraryOf(schema.additionalProperties, hints)
        : fc.jsonValue();
    return fc.dictionary(keyArb, valueArb, { maxKeys: 8 });
  }
  // Optional fields are left out two times in three: every field present makes cross-field rules (an ID number and
  // a birth date that disagree) refuse most inputs before the service runs.
  const required = new Set(schema.required ?? []);
  const model = Object.fromEntries(
    keys.map((key) => {
      const value = arbitraryOf(properties[key] ?? {}, hints, key);
      return [key, required.has(key) ? value : fc.oneof({ weight: 2, arbitrary: fc.constant(omitted) }, value)];
    }),
  );
  const record = fc
    .record(model)
    .map((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== omitted)));
  const adjust = hints.object?.(keys);
  if (!adjust) return record;
  return fc.tuple(record, fc.option(adjust, { freq: 3 })).map(([value, change]) => {
    const copy = { ...(value as Record<string, unknown>) };
    change?.(copy);
    return copy;
  });
}

const omitted = Symbol('omitted');

/** An arbitrary for values of `schema`; `key` is the field's name, for the hints. */
export function arbitraryOf(schema: JsonSchema, hints: SchemaHints = {}, key?: string): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((branch) => arbitraryOf(branch, hints, key)));
  const hinted = key !== undefined ? hints.field?.(key, schema) : undefined;
  if (hinted) return hinted;
  const type = schema.type;
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => arbitraryOf({ ...schema, type: t }, hints, key)));
  switch (type) {
    case 'object':
      return objectOf(schema, hints);
    case 'array':
      return fc.array(arbitraryOf(schema.items ?? {}, hints, key), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 6, (schema.minItems ?? 0) + 6),
      });
    case 'string':
      return stringOf(schema, hints);
    case 'integer':
      return integerOf(schema);
    case 'number':
      return numberOf(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
