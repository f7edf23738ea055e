// Bulk loads into a table that full-text indexes (FTS5, external content) follow through after-insert triggers.
// FTS5 flushes its pending terms at the end of every statement a trigger fires in, so rows added one by one through
// the trigger each leave a tiny segment to merge: 100,000 residents take about 3 s to index so, 0.2 s in one
// statement afterwards. A bulk load suspends those triggers and indexes once.
import type Database from 'better-sqlite3';

interface FollowingIndexes {
  /** The FTS5 tables whose content is `table`, each with its indexed columns. */
  indexes: { name: string; columns: string[] }[];
  /** The after-insert triggers on `table` that feed them. */
  triggers: { name: string; sql: string }[];
}

function followingIndexes(sqlite: Database.Database, table: string): FollowingIndexes {
  const names = sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and upper(sql) like 'CREATE VIRTUAL TABLE%FTS5%'
         and replace(replace(replace(sql, '"', ''''), '\`', ''''), ' ', '') like '%content=''' || ? || '''%'`,
    )
    .pluck()
    .all(table) as string[];
  const indexes = names.map((name) => ({
    name,
    columns: sqlite.prepare('select name from pragma_table_info(?)').pluck().all(name) as string[],
  }));
  const triggers = (
    sqlite
      .prepare(
        "select name, sql from sqlite_master where type = 'trigger' and tbl_name = ? and sql like '%AFTER INSERT ON%'",
      )
      .all(table) as { name: string; sql: string }[]
  ).filter((trigger) => names.some((name) => trigger.sql.includes(name)));
  return { indexes, triggers };
}

/**
 * Runs `load` with the triggers that feed `table`'s full-text indexes on insert suspended, then indexes what it
 * added: `newRows`, the rows past the highest rowid before the load, when the load only inserts (an import, inside
 * its transaction: a failure rolls the suspension back with the rows); `rebuild`, everything, when it also changes
 * rows it added (the demo's cases, whose update triggers would unindex rows never indexed).
 */
export function withSearchIndexesAfterLoad<T>(
  sqlite: Database.Database,
  table: string,
  reindex: 'newRows' | 'rebuild',
  load: () => T,
): T {
  const { indexes, triggers } = followingIndexes(sqlite, table);
  const before = sqlite.prepare(`select coalesce(max(rowid), 0) from "${table}"`).pluck().get() as number;
  for (const trigger of triggers) sqlite.exec(`drop trigger "${trigger.name}"`);
  let result: T;
  try {
    result = load();
  } finally {
    for (const trigger of triggers) sqlite.exec(trigger.sql);
  }
  for (const { name, columns } of indexes) {
    if (reindex === 'rebuild') {
      sqlite.prepare(`insert into "${name}"("${name}") values ('rebuild')`).run();
    } else {
      const list = columns.map((column) => `"${column}"`).join(', ');
      sqlite
        .prepare(`insert into "${name}"(rowid, ${list}) select rowid, ${list} from "${table}" where rowid > ?`)
        .run(before);
    }
  }
  return result;
}
