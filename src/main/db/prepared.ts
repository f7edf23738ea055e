// drizzle queries built and compiled once per database, for the hot paths (an import runs each per row):
// building a query costs about ten times running it.
import { sql } from 'drizzle-orm';
import type { AppDb } from './open';

const byDatabase = new WeakMap<AppDb, Map<string, unknown>>();

/** The prepared query named `key` on `db`, built by `build` the first time it is asked for. */
export function prepared<T>(db: AppDb, key: string, build: (db: AppDb) => T): T {
  let queries = byDatabase.get(db);
  if (!queries) {
    queries = new Map();
    byDatabase.set(db, queries);
  }
  let query = queries.get(key) as T | undefined;
  if (query === undefined) {
    query = build(db);
    queries.set(key, query);
  }
  return query;
}

/** `{ column: sql.placeholder('column') }` for each key, for an insert whose values are bound at run time. */
export function placeholders<K extends string>(keys: readonly K[]): Record<K, ReturnType<typeof sql.placeholder>> {
  return Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)])) as unknown as Record<
    K,
    ReturnType<typeof sql.placeholder>
  >;
}
