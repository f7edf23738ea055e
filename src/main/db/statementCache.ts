// Keeps compiled statements by their SQL text. drizzle asks better-sqlite3 to prepare every query it runs, and
// compiling costs more than running the short queries of a desk; an import of 100,000 rows runs the same few
// statements a million times. Least recently used ones are dropped past a bound (IN lists vary in length).
import type Database from 'better-sqlite3';

export const statementCacheSize = 500;

export function cacheStatements(sqlite: Database.Database, size = statementCacheSize): void {
  const compile = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
      // A statement keeps the mode its last user set (raw, pluck, expand): hand it back plain.
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
    } else {
      statement = compile(source);
      if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    }
    cache.set(source, statement);
    return statement;
  };
  sqlite.prepare = prepare as typeof sqlite.prepare;
}
