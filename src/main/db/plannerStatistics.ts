// Table statistics for the query planner, kept without STAT4's samples of single values.
import type Database from 'better-sqlite3';

/**
 * Gathers the planner's table statistics (`stale`: only where missing, or where a table has much grown or shrunk since;
 * `all`: every table that has none), then drops STAT4's samples. Without statistics the planner can read a month's
 * rates through a grid index instead of the month's. With samples, SQLite compiles a statement again whenever a value
 * bound against an indexed column changes, which is every call of a desk's queries: a few microseconds for a lookup
 * by key, over a hundred for a search's sixteen-part statement. The average rows per key (sqlite_stat1) still guide
 * every plan; the plans the tests pin are the same either way.
 */
export function refreshPlannerStatistics(sqlite: Database.Database, scope: 'stale' | 'all' = 'stale'): void {
  sqlite.pragma(scope === 'stale' ? 'optimize=0x10002' : 'optimize');
  const hasSamples = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'sqlite_stat4'").get();
  if (!hasSamples) return;
  if (sqlite.prepare('delete from sqlite_stat4').run().changes > 0) {
    // The planner reads the statistics when the schema loads: this reads them again, now without samples.
    sqlite.exec('analyze sqlite_schema');
  }
}
