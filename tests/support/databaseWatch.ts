// Whether a call changed the database, and which rows: exact, yet cheap enough to ask after thousands of calls.
//
// The fingerprint is the database's whole image (sqlite3_serialize): two equal images hold equal rows. Taking one
// costs ~15 ms on the demo, so it is skipped when provably nothing was written since the last one: the connection's
// total_changes() counts every row any INSERT, UPDATE or DELETE touched (trigger and rolled-back ones included),
// schema_version every DDL, data_version every commit by another connection. When any moved, the new image is
// compared with the old; a rolled-back write leaves it byte-equal. When the images differ, the pages that differ
// name their tables (dbstat), and those tables are compared row by row, to say exactly what changed. A call allowed
// to append rows (a query logging a read of sensitive data) is checked by counting instead (appendedTo).
import type { Database as Sqlite } from 'better-sqlite3';
import Database from 'better-sqlite3';

export interface TableChange {
  table: string;
  added: Record<string, unknown>[];
  removed: Record<string, unknown>[];
}

export interface Counters {
  changes: number;
  data: number;
  schema: number;
}

/** What moves whenever anything is written: cheap to read, so a fingerprint need only be taken when it moved. */
export function countersOf(sqlite: Sqlite): Counters {
  return {
    changes: sqlite.prepare('select total_changes()').pluck().get() as number,
    data: sqlite.pragma('data_version', { simple: true }) as number,
    schema: sqlite.pragma('schema_version', { simple: true }) as number,
  };
}

export const sameCounters = (a: Counters, b: Counters) =>
  a.changes === b.changes && a.data === b.data && a.schema === b.schema;

/** A table's size at the baseline: its row count and highest rowid, to tell rows appended since. */
interface TableSize {
  count: number;
  maxRowid: number;
}

function sizeOf(sqlite: Sqlite, table: string): TableSize {
  return sqlite
    .prepare(`select count(*) as count, coalesce(max(rowid), 0) as maxRowid from "${table}"`)
    .get() as TableSize;
}

export class DatabaseWatch {
  private sqlite: Sqlite;
  private image: Buffer;
  private counters: Counters;
  private sizes = new Map<string, TableSize>();

  /** `appendOnly` names the tables calls may append to (the audit log), whose size the baseline keeps. */
  constructor(
    private readonly current: () => Sqlite,
    private readonly appendOnly: readonly string[] = [],
  ) {
    this.sqlite = current();
    this.image = this.sqlite.serialize();
    this.counters = countersOf(this.sqlite);
    this.takeSizes();
  }

  private takeSizes(): void {
    for (const table of this.appendOnly) this.sizes.set(table, sizeOf(this.sqlite, table));
  }

  private takeBaseline(sqlite: Sqlite, image = sqlite.serialize()): void {
    this.sqlite = sqlite;
    this.image = image;
    this.counters = countersOf(sqlite);
    this.takeSizes();
  }

  /** Takes the present as the baseline, without asking what changed (after a call that was meant to change it). */
  rebase(): void {
    const sqlite = this.current();
    if (sqlite === this.sqlite && sameCounters(countersOf(sqlite), this.counters)) return;
    this.takeBaseline(sqlite);
  }

  /**
   * The rows appended to `table` since the baseline when appending them is all that was written, else null (then
   * ask `changes`). Every row any statement touched counts in total_changes(), so when it grew by exactly the
   * number of rows past the baseline's last rowid, and the table holds its old rows' count plus those, nothing else
   * was inserted, updated or deleted anywhere. The present becomes the baseline.
   */
  appendedTo(table: string): Record<string, unknown>[] | null {
    const sqlite = this.current();
    const size = this.sizes.get(table);
    if (sqlite !== this.sqlite || !size) return null;
    const now = countersOf(sqlite);
    if (now.data !== this.counters.data || now.schema !== this.counters.schema) return null;
    const rows = sqlite.prepare(`select * from "${table}" where rowid > ?`).all(size.maxRowid) as Record<
      string,
      unknown
    >[];
    const count = sizeOf(sqlite, table).count;
    if (now.changes - this.counters.changes !== rows.length || count !== size.count + rows.length) return null;
    if (rows.length > 0) this.takeBaseline(sqlite);
    return rows;
  }

  /** The rows added and removed since the last look (empty when none); the present becomes the new baseline. */
  changes(): TableChange[] {
    const sqlite = this.current();
    if (sqlite === this.sqlite && sameCounters(countersOf(sqlite), this.counters)) return [];
    const image = sqlite.serialize();
    const changed = image.equals(this.image) ? [] : tableChanges(this.image, image, sqlite);
    this.takeBaseline(sqlite, image);
    return changed;
  }
}

/**
 * An in-memory database from a baseline image no longer needed as such: the header's WAL mark is set to
 * rollback-journal in place (bytes 18-19, which the page comparison skips), so it opens without its WAL file.
 */
function openImage(image: Buffer): Sqlite {
  image[18] = 1;
  image[19] = 1;
  return new Database(image);
}

function pageSizeOf(image: Buffer): number {
  const size = image.readUInt16BE(16);
  return size === 1 ? 65_536 : size;
}

/** Page numbers (1-based) whose bytes differ; page 1's 100-byte file header (change counter, sizes) is left out. */
function differingPages(before: Buffer, after: Buffer): number[] {
  const pageSize = pageSizeOf(after);
  const pages = Math.max(before.length, after.length) / pageSize;
  const differing: number[] = [];
  for (let page = 1; page <= pages; page++) {
    const start = page === 1 ? 100 : (page - 1) * pageSize;
    const end = page * pageSize;
    if (end > before.length || end > after.length || before.compare(after, start, end, start, end) !== 0) {
      differing.push(page);
    }
  }
  return differing;
}

/** The tables the pages belong to (an index's pages to its table), by dbstat; and the pages no table holds. */
function tablesOfPages(sqlite: Sqlite, pages: readonly number[]): { tables: Set<string>; unowned: number[] } {
  const owners = new Map(
    (sqlite.prepare('select pageno, name from dbstat').raw().all() as [number, string][]).map(([p, n]) => [p, n]),
  );
  const tableOf = new Map(
    (sqlite.prepare('select name, tbl_name from sqlite_schema').raw().all() as [string, string][]).map(([n, t]) => [
      n,
      t,
    ]),
  );
  const tables = new Set<string>();
  const unowned: number[] = [];
  for (const page of pages) {
    const owner = owners.get(page);
    if (owner) tables.add(tableOf.get(owner) ?? owner);
    else unowned.push(page);
  }
  return { tables, unowned };
}

/** A table's rows as a multiset: each row's JSON, with the row and how many times it occurs. */
function rowsOf(sqlite: Sqlite, table: string): Map<string, { row: Record<string, unknown>; count: number }> {
  const exists = sqlite.prepare("select 1 from sqlite_schema where type = 'table' and name = ?").get(table);
  const source =
    table === 'sqlite_schema' || table === 'sqlite_master' ? 'sqlite_schema' : exists ? `"${table}"` : null;
  const rows = new Map<string, { row: Record<string, unknown>; count: number }>();
  if (!source) return rows;
  for (const row of sqlite.prepare(`select * from ${source}`).all() as Record<string, unknown>[]) {
    const key = JSON.stringify(row);
    const seen = rows.get(key);
    if (seen) seen.count++;
    else rows.set(key, { row, count: 1 });
  }
  return rows;
}

/** The rows of `a` not matched by a row of `b`, counting repeats. */
function beyond(
  a: Map<string, { row: Record<string, unknown>; count: number }>,
  b: Map<string, { row: Record<string, unknown>; count: number }>,
): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const [key, { row, count }] of a) {
    for (let i = b.get(key)?.count ?? 0; i < count; i++) rows.push(row);
  }
  return rows;
}

/**
 * The rows that differ between the baseline image and the live database, in the tables owning a differing page.
 * Pages are owned by their table as the live database has them; a page freed since is looked up in the baseline.
 */
function tableChanges(beforeImage: Buffer, afterImage: Buffer, live: Sqlite): TableChange[] {
  const before = openImage(beforeImage);
  try {
    const pages = differingPages(beforeImage, afterImage);
    const now = tablesOfPages(live, pages);
    const tables =
      now.unowned.length > 0 ? new Set([...now.tables, ...tablesOfPages(before, now.unowned).tables]) : now.tables;
    const changes: TableChange[] = [];
    for (const table of [...tables].sort()) {
      const oldRows = rowsOf(before, table);
      const newRows = rowsOf(live, table);
      const added = beyond(newRows, oldRows);
      const removed = beyond(oldRows, newRows);
      if (added.length > 0 || removed.length > 0) changes.push({ table, added, removed });
    }
    return changes;
  } finally {
    before.close();
  }
}
