// Runs work in an immediate transaction through one transaction function per connection: better-sqlite3 builds a
// transaction's wrappers anew on every `transaction()` call (6 µs), more than beginning and committing one (2 µs).
import type Database from 'better-sqlite3';

type Runner = Database.Transaction<(work: () => unknown) => unknown>;

const runners = new WeakMap<Database.Database, Runner>();

/** `work()` in one `BEGIN IMMEDIATE` transaction (a savepoint inside one already open), rolled back if it throws. */
export function inImmediateTransaction<T>(sqlite: Database.Database, work: () => T): T {
  let runner = runners.get(sqlite);
  if (!runner) {
    runner = sqlite.transaction((next: () => unknown) => next());
    runners.set(sqlite, runner);
  }
  return runner.immediate(work) as T;
}
