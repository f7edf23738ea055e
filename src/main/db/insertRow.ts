// Adding one row and knowing it as stored, without RETURNING: what was given, the schema's defaults and the new id.
import type Database from 'better-sqlite3';
import { type Column, getTableColumns, getTableName, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

interface TableShape {
  name: string;
  columns: [string, Column][];
  primaryKey: string;
  /** The insert's SQL and the columns it sets, by which columns a row gives ('1' given, '0' left out, in order). */
  inserts: Map<string, Insert>;
}

interface Insert {
  sql: string;
  /** The columns set, and for each whether its value needs drizzle's mapping (a flag stored as 0 or 1, JSON). */
  set: [key: string, column: Column, mapped: boolean][];
  /** The columns left out, with the value SQLite stores for them. */
  unset: [key: string, stored: unknown][];
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
    shape = { name: getTableName(table), columns, primaryKey: primary[0]?.[0] ?? 'id', inserts: new Map() };
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
  let signature = '';
  for (const [key] of shape.columns) signature += given[key] === undefined ? '0' : '1';
  let insert = shape.inserts.get(signature);
  if (!insert) {
    const set = shape.columns.filter(([key]) => given[key] !== undefined);
    insert = {
      sql: `insert into "${shape.name}" (${set.map(([, column]) => `"${column.name}"`).join(', ')})
        values (${set.map(() => '?').join(', ')})`,
      set: set.map(([key, column]) => [key, column, column.dataType !== 'string' && column.dataType !== 'number']),
      unset: shape.columns
        .filter(([key]) => given[key] === undefined && key !== shape.primaryKey)
        .map(([key, column]) => [key, column.default ?? null]),
    };
    shape.inserts.set(signature, insert);
  }
  const { lastInsertRowid } = sqlite
    .prepare(insert.sql)
    .run(
      insert.set.map(([key, column, mapped]) =>
        mapped && given[key] !== null ? column.mapToDriverValue(given[key]) : given[key],
      ),
    );
  // In the schema's column order, as a read of the row gives it (audit views keep that order).
  const row: Record<string, unknown> = {};
  for (const [key] of shape.columns) row[key] = given[key];
  for (const [key, stored] of insert.unset) row[key] = stored;
  if (given[shape.primaryKey] === undefined) row[shape.primaryKey] = Number(lastInsertRowid);
  return row as InferSelectModel<T>;
}
