// The grid tree's paths and the categories' paths, which every list row shows, read once and kept in memory while
// their table's version holds: the triggers of migration 0013 bump it on every change, whoever makes it.
import type Database from 'better-sqlite3';

export type ReferenceTable = 'grids' | 'case_categories';

const caches = new WeakMap<Database.Database, Map<string, { version: number; value: unknown }>>();

/**
 * `build()`'s value, kept per connection under `key` while `table` is unchanged. A value built inside a transaction
 * is used but not kept: the transaction may roll back, and a later change could bring the version back to its number.
 */
export function cachedReference<T>(sqlite: Database.Database, table: ReferenceTable, key: string, build: () => T): T {
  const version = sqlite.prepare('select version from reference_versions where name = ?').pluck().get(table) as number;
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  const kept = cache.get(key);
  if (kept?.version === version) return kept.value as T;
  const value = build();
  if (!sqlite.inTransaction) cache.set(key, { version, value });
  return value;
}
