// A GridDesk on a real SQLite file in a temp folder, with the real migrations and a clock the test sets.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGridDesk } from '../../src/main/app';
import type { Scheduler } from '../../src/main/services/backups/backupManager';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/contract/errors';
import type { Role } from '../../src/shared/domain/roles';
import type { Language } from '../../src/shared/i18n/validation';
import { type Counters, countersOf, sameCounters } from './databaseWatch';

export const migrationsFolder = path.resolve(__dirname, '../../src/main/db/migrations');

/** 2026-11-16 10:00 in Shanghai: a Monday in the middle of the month. */
export const defaultNow = Date.parse('2026-11-16T02:00:00Z');

export function tempDir(prefix = 'griddesk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function startTestGridDesk(options: { dataDir?: string; now?: number; scheduler?: Scheduler } = {}) {
  const dataDir = options.dataDir ?? tempDir();
  let now = options.now ?? defaultNow;
  const clock = { now: () => now };
  const app = createGridDesk({ dataDir, migrationsFolder, clock, scheduler: options.scheduler });

  /** A raw call, as a transport makes it: answers the envelope. */
  const raw = (procedure: string, input: unknown, token: string | null = null, lang: Language = 'zh-CN') =>
    app.router.call(procedure, input, { token, lang });

  /** A call expected to succeed: answers its data, or fails the test with the error. */
  function call<N extends ProcedureName>(procedure: N, input: InputOf<N>, token: string | null = null): OutputOf<N> {
    const envelope = raw(procedure, input, token) as Envelope<OutputOf<N>>;
    if (!envelope.ok) throw new Error(`${procedure} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.data;
  }

  function login(username: string, password = 'demo1234'): string {
    return call('auth.login', { username, password }).token;
  }

  /** Every table's row count and a digest of its content, to prove a refused call changed nothing. */
  /**
   * The whole database, to prove a refused call changed nothing: a digest of its pages (exact, and fast enough to
   * take hundreds of times on the demo), with each table's row count so a failure says where to look.
   */
  // The image's digest is taken again only when something may have been written since the last one: a 25 MB image
  // per call, hundreds of calls a file, otherwise piles up faster than the collector frees it.
  let lastDigest: { sqlite: unknown; counters: Counters; digest: string } | null = null;
  function digest(): string {
    const { sqlite } = app.database;
    const counters = countersOf(sqlite);
    if (lastDigest?.sqlite !== sqlite || !sameCounters(lastDigest.counters, counters)) {
      lastDigest = { sqlite, counters, digest: createHash('sha256').update(sqlite.serialize()).digest('hex') };
    }
    return lastDigest.digest;
  }

  function snapshot(): { digest: string; rows: Record<string, number> } {
    const tables = app.database.sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .pluck()
      .all() as string[];
    return { digest: digest(), rows: Object.fromEntries(tables.map((name) => [name, count(name)])) };
  }

  /** Every row of a table, in storage order, as JSON: for comparing two databases' contents. */
  function rowsOf(table: string): string {
    return JSON.stringify(app.database.sqlite.prepare(`select * from "${table}" order by rowid`).all());
  }

  function count(table: string): number {
    return (app.database.sqlite.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
  }

  return {
    app,
    dataDir,
    raw,
    call,
    login,
    snapshot,
    rowsOf,
    count,
    setNow: (value: number) => {
      now = value;
    },
    advance: (ms: number) => {
      now += ms;
    },
    close: () => app.close(),
  };
}

export type TestGridDesk = ReturnType<typeof startTestGridDesk>;

/** The demo's account for each role (password demo1234). */
export const demoUsernameOf: Record<Role, string> = {
  admin: 'admin',
  manager: 'manager',
  desk: 'desk',
  grid_worker: 'grid',
  branch_secretary: 'secretary',
};

/** A GridDesk filled with the demo street, as `--demo` makes it. */
export function startDemoGridDesk(options: { now?: number } = {}) {
  const desk = startTestGridDesk(options);
  desk.call('auth.openDemo', {});
  return desk;
}
