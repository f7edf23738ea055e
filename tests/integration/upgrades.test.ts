// Upgrades: a database made by every earlier schema version (each entry of the migrations' journal but the last, so a
// new migration is covered without touching this file) opens in today's GridDesk with no data lost. Each one is made
// by that version's own migrations and filled with the demo street after a working day, every column that version
// has; today's start then backs it up and migrates it. Every row is still there with equal values, the backup opens
// at the old version with the same rows, SQLite's checks pass, and the app signs in, lists cases and counts right.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../src/main/app';
import { storeAttachmentBlob } from '../../src/main/services/cases/attachmentStore';
import { contract } from '../../src/shared/contract';
import { csvText, idNumberFor, registerHeader, registerRow, upload } from '../support/importFiles';
import { caseRollups, healthy, registerRollups, storeHealth } from '../support/storeChecks';
import {
  defaultNow,
  migrationsFolder,
  startDemoGridDesk,
  startTestGridDesk,
  type TestGridDesk,
  tempDir,
} from '../support/testGridDesk';

interface JournalEntry {
  idx: number;
  tag: string;
}
const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
  entries: JournalEntry[];
};
const earlierVersions = journal.entries.slice(0, -1);

/**
 * Columns a later start may fill where an old version left them empty (NULL), and only there: the audit log's hash
 * chain, sealed at open over rows written before it existed.
 */
const filledAtOpen: Record<string, string[]> = { audit_log: ['prev_hash', 'hash'] };

const dayMs = 86_400_000;
/** A real 1×1 PNG, attached to a case. */
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Today's database with the demo street after a day's work: a row in every table. */
let source: string;
/** Today's rollups kept by triggers (see keptByTriggers). */
let derived: Set<string>;
const dirs: string[] = [];

beforeAll(async () => {
  const demo = startDemoGridDesk();
  dirs.push(demo.dataDir);
  derived = keptByTriggers(demo.app.database.sqlite);
  const desk = demo.login('desk');
  const manager = demo.login('manager');
  demo.login('admin');
  demo.call('cases.saveView', { name: '本月未办结', filters: { open: true, excludeVoided: true } }, desk);
  const [firstCase] = demo.call('cases.list', { filters: { open: true } }, desk).rows;
  if (!firstCase) throw new Error('The demo has no open case to attach a photo to');
  const sha256 = storeAttachmentBlob(demo.dataDir, photo);
  demo.call('cases.attach', { caseId: firstCase.id, sha256, fileName: '现场照片.png' }, desk);
  const csv = csvText([
    [...registerHeader],
    registerRow({ 姓名: '韩梅', 公民身份号码: idNumberFor('19920202', 702), 住址: '青云小区2栋101室' }),
  ]);
  const uploadId = await upload(demo, desk, '新住户.csv', new TextEncoder().encode(csv));
  const preview = demo.call('imports.preview', { uploadId }, desk);
  const mapping = Object.fromEntries(preview.columns.map((c) => [String(c.index), c.field]));
  demo.call('imports.commit', { uploadId, mapping }, desk);
  demo.call('exports.changes', {}, desk);
  const { plan } = demo.call('team.assessmentPlan', {}, manager);
  const withManualItem = {
    ...plan,
    items: [
      ...plan.items.map((item, i) => (i === 0 ? { ...item, weight: item.weight - 5 } : item)),
      {
        key: 'publicReview',
        weight: 5,
        source: 'manual' as const,
        metric: null,
        inspectionTarget: null,
        label: '群众评议',
      },
    ],
  };
  demo.call('team.saveAssessmentPlan', { plan: withManualItem }, manager);
  const month = '2026-10';
  const [worker] = demo.call('team.ranking', { month }, manager).rows;
  if (!worker) throw new Error('The demo has no grid worker to assess');
  demo.call('team.setManualPoints', { month, staffId: worker.staffId, itemKey: 'publicReview', points: 4 }, manager);
  demo.advance(dayMs);
  source = path.join(demo.dataDir, databaseFileName);

  const empty = userTables(demo.app.database.sqlite).filter((table) => demo.count(table) === 0);
  // Today's rollup and came-back flags equal the cases by the pure rules; each upgraded file is held to these.
  const rollups = caseRollups(demo);
  expect(rollups.stored).toEqual(rollups.fromCases);
  expect(rollups.cameBackWrong).toEqual([]);
  demo.close();
  // A table left empty here would be carried through the upgrades untested: the working day above must fill it.
  expect(empty).toEqual([]);
}, 120_000);

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The reads an administrator's screens make: every query that needs no input, and those that need a month. */
function screenReads(desk: TestGridDesk): [string, unknown][] {
  const month = '2026-10';
  const street = desk.app.database.sqlite.prepare("select id from grids where level = 'street'").pluck().get();
  const needNothing = Object.values(contract)
    .filter((spec) => spec.kind === 'query' && spec.input.safeParse({}).success)
    .map((spec): [string, unknown] => [spec.name, {}]);
  return [
    ...needNothing,
    ['residents.search', { query: '3212' }],
    ['visits.coverage', { month }],
    ['visits.unvisited', { month }],
    ['cases.rates', { from: `${month}-01`, to: `${month}-31` }],
    ['wishes.wall', { stage: 'open' }],
    ['party.reports', { month }],
    ['team.ranking', { month }],
    ['dashboard.trends', { endMonth: month }],
    ['summaries.month', { gridId: street, month }],
  ];
}

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/** The tables the app writes: not SQLite's own, not the migrations' record, not a search index or its shadow tables. */
function userTables(sqlite: Database.Database, schema = 'main'): string[] {
  const rows = sqlite
    .prepare(`select name, sql from "${schema}".sqlite_master where type = 'table' order by name`)
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => r.sql.startsWith('CREATE VIRTUAL TABLE')).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter(
      (name) =>
        !name.startsWith('sqlite_') &&
        name !== '__drizzle_migrations' &&
        !virtual.some((v) => name === v || name.startsWith(`${v}_`)),
    );
}

function columnsOf(sqlite: Database.Database, table: string, schema = 'main') {
  return sqlite.prepare('select name, "notnull" as required from pragma_table_info(?, ?)').all(table, schema) as {
    name: string;
    required: number;
  }[];
}

/**
 * Rollups that triggers keep (today's schema): tables the triggers write and nothing triggers on. A version with
 * those triggers fills them as rows are copied in; a version without them has them empty, as it had.
 */
function keptByTriggers(sqlite: Database.Database): Set<string> {
  const triggers = sqlite
    .prepare("select tbl_name as subject, sql from sqlite_master where type = 'trigger'")
    .all() as {
    subject: string;
    sql: string;
  }[];
  const subjects = new Set(triggers.map((t) => t.subject));
  const targets = triggers.flatMap((t) =>
    [...t.sql.matchAll(/\b(?:insert\s+(?:or\s+\w+\s+)?into|update)\s+[`"]?(\w+)/gi)].map((m) => m[1] as string),
  );
  const tables = new Set(userTables(sqlite));
  return new Set(targets.filter((name) => tables.has(name) && !subjects.has(name)));
}

/** A migrations folder holding the migrations up to and including `entry`, as that version shipped them. */
function migrationsUpTo(entry: JournalEntry): string {
  const folder = tempDir('griddesk-migrations-');
  dirs.push(folder);
  fs.mkdirSync(path.join(folder, 'meta'));
  const entries = journal.entries.slice(0, entry.idx + 1);
  for (const e of entries) {
    fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  }
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
}

/**
 * A database file as version `entry` made it: its migrations run on an empty file, then every row of the source in
 * each of its tables, in the columns it has, with foreign keys off while copying and that version's triggers firing.
 */
function databaseAt(entry: JournalEntry, file: string): string[] {
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    migrate(drizzle(sqlite), { migrationsFolder: migrationsUpTo(entry) });
    // Off while copying (tables go in alphabetical order); foreign_key_check after the upgrade proves them whole.
    sqlite.pragma('foreign_keys = off');
    sqlite.prepare('attach ? as source').run(source);
    const tables = userTables(sqlite);
    const copied = tables.filter((table) => !derived.has(table));
    sqlite.transaction(() => {
      for (const table of copied) {
        const present = new Set(columnsOf(sqlite, table, 'source').map((c) => c.name));
        const columns = quoted(
          columnsOf(sqlite, table)
            .map((c) => c.name)
            .filter((name) => present.has(name)),
        );
        sqlite.prepare(`insert into main."${table}" (${columns}) select ${columns} from source."${table}"`).run();
      }
    })();
    sqlite.exec('detach source');
    return tables;
  } finally {
    sqlite.close();
  }
}

/** Rows of `schema`.`table` not found, equal in `columns`, in `otherSchema`.`table`. */
function missingRows(sqlite: Database.Database, table: string, columns: string[], schema: string, otherSchema: string) {
  const list = quoted(columns);
  return sqlite
    .prepare(`select ${list} from "${schema}"."${table}" except select ${list} from "${otherSchema}"."${table}"`)
    .all();
}

describe.each(earlierVersions)('a database made by schema version $tag', (entry) => {
  it('opens today: every row kept, backed up first, checks pass, and the app works', () => {
    const dataDir = tempDir('griddesk-upgrade-');
    dirs.push(dataDir);
    const file = path.join(dataDir, databaseFileName);
    const tables = databaseAt(entry, file);
    const asMade = path.join(tempDir('griddesk-as-made-'), 'as-made.db');
    dirs.push(path.dirname(asMade));
    fs.copyFileSync(file, asMade);

    const desk = startTestGridDesk({ dataDir, now: defaultNow + dayMs });
    try {
      // Read-write only because FTS5's integrity-check is an INSERT; nothing is written.
      const check = new Database(file);
      try {
        check.prepare('attach ? as made').run(asMade);
        for (const table of tables) {
          const before = columnsOf(check, table, 'made').map((c) => c.name);
          const after = columnsOf(check, table);
          expect(after.length, `table ${table} is gone`).toBeGreaterThan(0);
          const count = (schema: string) =>
            check.prepare(`select count(*) from "${schema}"."${table}"`).pluck().get() as number;
          expect(count('main'), table).toBeGreaterThanOrEqual(count('made'));
          // Rollups are checked against the records below: a migration may rebuild them.
          if (derived.has(table)) continue;
          const mayFill = filledAtOpen[table] ?? [];
          const kept = before.filter((name) => after.some((c) => c.name === name) && !mayFill.includes(name));
          expect(missingRows(check, table, kept, 'made', 'main'), `rows of ${table} lost or changed`).toEqual([]);
          const filled = before.filter((name) => mayFill.includes(name));
          if (filled.length > 0) {
            const changed = check
              .prepare(
                `select m.rowid from made."${table}" m join main."${table}" t on t.rowid = m.rowid
                  where ${filled.map((c) => `(m."${c}" is not null and m."${c}" is not t."${c}")`).join(' or ')}`,
              )
              .all();
            expect(changed, `${table}: ${filled.join(', ')} changed where set`).toEqual([]);
          }
          for (const column of after.filter((c) => c.required && !before.includes(c.name))) {
            const empty = check.prepare(`select count(*) from "${table}" where "${column.name}" is null`).pluck().get();
            expect(empty, `${table}.${column.name}, added later, left empty`).toBe(0);
          }
        }
        expect(storeHealth(check)).toEqual(healthy);
        const registers = registerRollups(check);
        expect(registers.stored).toEqual(registers.fromRecords);
        // The same cases as today's source, so the same rollup and came-back flags, which equal the cases (checked
        // on the source above). Before version 0003 there were no cases, and there is no rollup.
        check.prepare('attach ? as source').run(source);
        const rollup = (schema: string) =>
          `select month, grid_id, top_category_id, registered, hotline, resolved, resolved_on_time,
                  first_contact_resolved, followed_up, satisfied from ${schema}.case_monthly_stats
            where registered + hotline + resolved + resolved_on_time + first_contact_resolved + followed_up +
                  satisfied <> 0`;
        const cameBack = (schema: string) => `select id, came_back from ${schema}.cases`;
        if (tables.includes('cases')) {
          for (const query of [rollup, cameBack]) {
            expect(check.prepare(`${query('main')} except ${query('source')}`).all()).toEqual([]);
            expect(check.prepare(`${query('source')} except ${query('main')}`).all()).toEqual([]);
          }
        } else {
          expect(check.prepare(rollup('main')).all()).toEqual([]);
        }
      } finally {
        check.close();
      }

      const backup = desk.app.database.preMigrationBackup;
      expect(backup && path.dirname(backup)).toBe(path.join(dataDir, 'backups'));
      const copy = new Database(backup as string, { readonly: true });
      try {
        expect(copy.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(entry.idx + 1);
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        copy.prepare('attach ? as made').run(asMade);
        for (const table of userTables(copy, 'made')) {
          const columns = columnsOf(copy, table, 'made').map((c) => c.name);
          const rows = (schema: string) =>
            copy.prepare(`select count(*) from "${schema}"."${table}"`).pluck().get() as number;
          expect([rows('main'), missingRows(copy, table, columns, 'made', 'main')], table).toEqual([rows('made'), []]);
        }
      } finally {
        copy.close();
      }

      const admin = desk.login('admin');
      const listed = desk.call('cases.list', { filters: {} }, admin);
      // The cases came with version 0003: before it there are none to list.
      expect(listed.rows.length > 0).toBe(tables.includes('cases'));
      if (!listed.totalIsLowerBound) expect(listed.total).toBe(desk.count('cases'));
      expect(desk.call('audit.verify', {}, admin)).toMatchObject({ intact: true, firstBreak: null });
      // Every screen's reads answer over the migrated rows (a column added later and left NULL would break one).
      const failed = screenReads(desk).flatMap(([procedure, input]) => {
        const envelope = desk.raw(procedure, input, admin);
        return envelope.ok ? [] : [{ procedure, error: envelope.error.code, reason: envelope.error.reason }];
      });
      expect(failed).toEqual([]);
    } finally {
      desk.close();
    }
  }, 60_000);
});
