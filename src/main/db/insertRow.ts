// Adding one row and knowing it as stored, without RETURNING: what was given, the schema's defaults and the new id.
import type Database from 'better-sqlite3';
import { type Column, getTableColumns, getTableName, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

interface TableShape {
  name: string;
  columns: [string, Column][];
  keys: string[];
  primaryKey: string;
  /** The insert's SQL and the columns it sets, by which columns a row gives: bit i set when column i is given. */
  inserts: Map<number, Insert>;
}

interface Insert {
  sql: string;
  /** The keys of the columns set, in the statement's order. */
  setKeys: string[];
  /** For each column set, how a value is bound: drizzle's mapping (a flag stored as 0 or 1, JSON), or null as is. */
  toDriver: (Column | null)[];
  /**
   * A row in the schema's column order holding what SQLite stores for each column left out: each answer is a copy of
   * it with the given values set. A copy keeps the template's shape, where adding twenty keys one by one to an empty
   * object turned it into a slow dictionary (4.5 µs a row, 133,000 rows an import).
   */
  template: Record<string, unknown>;
}

const shapes = new WeakMap<SQLiteTable, TableShape>();

function shapeOf(table: SQLiteTable): TableShape {
  let shape = shapes.get(table);
  if (!shape) {
    const columns = Object.entries(getTableColumns(table)) as [string, Column][];
    const primary = columns.filter(([, column]) => column.primary);
    if (primary.length !== 1) throw new Error(`${getTableName(table)} has no single-column primary key`);
    for (const [key, column] of columns) {
      // A default SQLite works out (an expression) or drizzle fills in (a function) is not known here.
      const known = column.default === undefined || ['string', 'number', 'boolean'].includes(typeof column.default);
      if (!known || column.defaultFn || column.onUpdateFn) {
        throw new Error(`${getTableName(table)}.${key} has a default insertRow cannot know`);
      }
    }
    // The columns a row gives are told by the bits of one number.
    if (columns.length > 31) throw new Error(`${getTableName(table)} has more columns than insertRow counts`);
    const keys = columns.map(([key]) => key);
    shape = { name: getTableName(table), columns, keys, primaryKey: primary[0]?.[0] ?? 'id', inserts: new Map() };
    shapes.set(table, shape);
  }
  return shape;
}

/**
 * Inserts a row and answers it as stored: the values given, each column left out at its schema default (or null),
 * and the new id. An import adds 133,000 rows: RETURNING * cost 9 µs a row and drizzle's mapping of it 6 more, a
 * third of adding the row. The statement is written and compiled once per set of columns given (db/statementCache.ts).
 */
export function insertRow<T extends SQLiteTable>(
  sqlite: Database.Database,
  table: T,
  values: InferInsertModel<T>,
): InferSelectModel<T> {
  const shape = shapeOf(table);
  const given = values as Record<string, unknown>;
  const { keys } = shape;
  let signature = 0;
  for (let i = 0; i < keys.length; i++) if (given[keys[i] as string] !== undefined) signature |= 1 << i;
  let insert = shape.inserts.get(signature);
  if (!insert) {
    const set = shape.columns.filter(([key]) => given[key] !== undefined);
    insert = {
      sql: `insert into "${shape.name}" (${set.map(([, column]) => `"${column.name}"`).join(', ')})
        values (${set.map(() => '?').join(', ')})`,
      setKeys: set.map(([key]) => key),
      toDriver: set.map(([, column]) => (column.dataType !== 'string' && column.dataType !== 'number' ? column : null)),
      template: Object.fromEntries(
        shape.columns.map(([key, column]) => [key, given[key] === undefined ? (column.default ?? null) : null]),
      ),
    };
    shape.inserts.set(signature, insert);
  }
  const { setKeys, toDriver } = insert;
  const params = new Array<unknown>(setKeys.length);
  for (let i = 0; i < setKeys.length; i++) {
    const value = given[setKeys[i] as string];
    const column = toDriver[i];
    params[i] = column && value !== null ? column.mapToDriverValue(value) : value;
  }
  const { lastInsertRowid } = sqlite.prepare(insert.sql).run(params);
  // In the schema's column order, as a read of the row gives it (audit views keep that order).
  const row = { ...insert.template };
  for (const key of setKeys) row[key] = given[key];
  if (given[shape.primaryKey] === undefined) row[shape.primaryKey] = Number(lastInsertRowid);
  return row as InferSelectModel<T>;
}
