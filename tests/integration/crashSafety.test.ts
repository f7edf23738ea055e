// Crash safety: GridDesk killed (SIGKILL, in a process of its own) in the middle of a large import and of a stream of
// case updates. Reopened, the file passes SQLite's checks, holds every call that had committed with what it wrote and
// nothing of a call that had not (an import is all or nothing), keeps its rollups and search indexes equal to the
// records, and works. The kill points come from a seed printed below; CRASH_SEED=<seed> repeats them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../src/main/app';
import { openDatabase } from '../../src/main/db/open';
import { seededRandom } from '../../src/main/demo/random';
import type { Sheet } from '../../src/main/services/transfer/sheet';
import type { InputOf } from '../../src/shared/contract';
import { registerCase, startCaseDesk } from '../support/caseFactory';
import {
  type CaseCallLine,
  type CaseUpdateLine,
  type ChildLine,
  type ChildPlan,
  type ChildRun,
  runUntilKilled,
} from '../support/crashRun';
import { upload, writeLargeRegister } from '../support/importFiles';
import { password } from '../support/registerFactory';
import { caseRollups, healthy, registerRollups, storeHealth } from '../support/storeChecks';
import { defaultNow, migrationsFolder, startTestGridDesk, tempDir } from '../support/testGridDesk';

const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`crash safety: seed ${seed} (CRASH_SEED=${seed} repeats these kill points)`);
const random = seededRandom(seed);

/** Residents in the imported file: households of three, so a few thousand households too. */
const importRows = 3_000;
/** 20:00 on 30 November in Shanghai: the case updates run on into December, across a month of the rollups. */
const childNow = Date.parse('2026-11-30T12:00:00Z');

interface Template {
  dir: string;
  uploadId: string;
  mapping: InputOf<'imports.commit'>['mapping'];
  /** The file's rows: name, ID number, phone, … as uploaded. */
  rows: string[][];
  residentId: number;
  gridIds: number[];
  counts: { residents: number; households: number };
}

let template: Template;
const runDirs: string[] = [];

// One data folder made once: the register desk of registerFactory with a resident to raise cases for, and a large
// register uploaded and previewed, ready to commit. Each kill point starts from a copy of it.
beforeAll(async () => {
  const c = startCaseDesk(defaultNow);
  const gridPaths = ['振兴社区/第一网格/第01微网格', '振兴社区/第一网格/第02微网格'];
  const file = path.join(tempDir(), '青云新村.xlsx');
  await writeLargeRegister(file, importRows, gridPaths);
  const uploadId = await upload(c.desk, c.tokens.desk, '青云新村.xlsx', fs.readFileSync(file));
  const preview = c.desk.call('imports.preview', { uploadId }, c.tokens.desk);
  expect([preview.validCount, preview.invalidCount]).toEqual([importRows, 0]);
  const sheet = JSON.parse(
    fs.readFileSync(path.join(c.desk.dataDir, 'uploads', `${uploadId}.rows.json`), 'utf8'),
  ) as Sheet;
  template = {
    dir: c.desk.dataDir,
    uploadId,
    mapping: Object.fromEntries(preview.columns.map((col) => [String(col.index), col.field])),
    rows: sheet.rows.slice(1).map((row) => row.cells.map(String)),
    residentId: c.resident.id,
    gridIds: [c.grids.zxMicro1.id, c.grids.zxMicro2.id, c.grids.fhMicro.id],
    counts: { residents: c.desk.count('residents'), households: c.desk.count('households') },
  };
  c.desk.close();
}, 120_000);

afterAll(() => {
  for (const dir of [template?.dir, ...runDirs]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function copyOfTemplate(): string {
  const dir = tempDir('griddesk-crash-');
  fs.cpSync(template.dir, dir, { recursive: true });
  runDirs.push(dir);
  return dir;
}

/** Opens the killed file as the app does at start (recovering the WAL), checks it, and closes it. */
function reopened<T>(dir: string, check: (sqlite: ReturnType<typeof openDatabase>['sqlite']) => T): T {
  const database = openDatabase({ file: path.join(dir, databaseFileName), migrationsFolder });
  try {
    expect(storeHealth(database.sqlite), `seed ${seed}`).toEqual(healthy);
    return check(database.sqlite);
  } finally {
    database.close();
  }
}

/** The reopened app signs in and registers a case; its rollups and came-back flags still equal the cases. */
function expectWorkingApp(dir: string): void {
  const desk = startTestGridDesk({ dataDir: dir, now: childNow + 30 * 86_400_000 });
  try {
    const token = desk.login('desk', password);
    const before = desk.count('cases');
    expect(registerCase(desk, token, { gridId: template.gridIds[0] }).status).toBe('accepted');
    expect(desk.count('cases')).toBe(before + 1);
    const cases = caseRollups(desk);
    expect(cases.stored, `seed ${seed}`).toEqual(cases.fromCases);
    expect(cases.cameBackWrong, `seed ${seed}`).toEqual([]);
  } finally {
    desk.close();
  }
}

describe('killed during a large import', () => {
  /** How long the commit took when left to finish: the range the random kills are drawn from. */
  let commitMs = 0;

  function importPlan(dir: string, smallCache: boolean, pauseAtRow?: number): ChildPlan {
    const { uploadId, mapping } = template;
    return { dataDir: dir, now: childNow, seed, mode: 'import', import: { uploadId, mapping, smallCache, pauseAtRow } };
  }

  /** Every row of the file on the register with its name and phone, and the batch recorded; or none of it. */
  function importOutcome(dir: string): 'all' | 'none' {
    return reopened(dir, (sqlite) => {
      const count = (table: string) => sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
      const batches = sqlite
        .prepare('select residents_added as residents, households_added as households from import_batches')
        .all() as { residents: number; households: number }[];
      const audited = sqlite.prepare("select count(*) from audit_log where action = 'imports.commit'").pluck().get();
      const imported = sqlite
        .prepare(
          `select name, id_number as idNumber, phone from residents
            where id_number in (select value from json_each(?)) order by id`,
        )
        .all(JSON.stringify(template.rows.map((row) => row[1])));
      const registers = registerRollups(sqlite);
      expect(registers.stored, `seed ${seed}`).toEqual(registers.fromRecords);
      if (batches.length === 0) {
        expect([imported.length, audited], `seed ${seed}`).toEqual([0, 0]);
        expect({ residents: count('residents'), households: count('households') }).toEqual(template.counts);
        return 'none';
      }
      const [batch] = batches;
      expect(batch?.residents, `seed ${seed}`).toBe(importRows);
      expect(imported, `seed ${seed}`).toEqual(
        template.rows.map(([name, idNumber, phone]) => ({ name, idNumber, phone })),
      );
      expect({ residents: count('residents'), households: count('households') }).toEqual({
        residents: template.counts.residents + importRows,
        households: template.counts.households + (batch?.households ?? 0),
      });
      expect(audited).toBeGreaterThan(0);
      return 'all';
    });
  }

  const reported = (run: ChildRun) => run.lines.some((line) => line.event === 'committed');

  it('once the commit returned, finds the whole import', async () => {
    const dir = copyOfTemplate();
    const run = await runUntilKilled(importPlan(dir, false), (line, kill) => {
      if (line.event === 'committed') kill();
    });
    const committed = run.lines.find((line) => line.event === 'committed');
    commitMs = committed?.event === 'committed' ? committed.ms : 0;
    expect(importOutcome(dir)).toBe('all');
    expectWorkingApp(dir);
  }, 120_000);

  it.each([
    ['with the app’s page cache', false],
    ['with its pages spilled into the WAL', true],
  ])(
    'inside the transaction (%s), finds none of it',
    async (_, smallCache) => {
      const dir = copyOfTemplate();
      // Past half the rows, a small cache has spilled for certain.
      const pauseAtRow = random.int(smallCache ? importRows / 2 : 1, importRows);
      const run = await runUntilKilled(importPlan(dir, smallCache, pauseAtRow), (line, kill) => {
        if (line.event === 'paused') kill();
      });
      const [started, paused] = run.lines;
      if (started?.event !== 'commitStart' || paused?.event !== 'paused' || run.lines.length !== 2) {
        throw new Error(`The child was to pause once inside the commit; it wrote ${JSON.stringify(run.lines)}`);
      }
      // With the small cache the transaction's pages were in the WAL, uncommitted; with the app's, only in memory.
      expect((paused.walBytes ?? 0) > started.walBytes, 'uncommitted pages in the WAL').toBe(smallCache);
      expect(importOutcome(dir), `seed ${seed}, killed at row ${pauseAtRow}`).toBe('none');
      expectWorkingApp(dir);
    },
    120_000,
  );

  it('at a random moment late in the commit, finds all of it or none', async () => {
    const dir = copyOfTemplate();
    // The inserts are covered above; this draws from the commit's second half, the COMMIT itself and the
    // checkpoint that follows it, with either page cache.
    const delayMs = random.int(Math.floor(commitMs / 2), commitMs + 50);
    const smallCache = random.next() < 0.5;
    const run = await runUntilKilled(importPlan(dir, smallCache), (line, kill) => {
      if (line.event === 'commitStart') setTimeout(kill, delayMs);
    });
    const outcome = importOutcome(dir);
    console.log(
      `crash safety: import killed ${delayMs} ms into a ${commitMs} ms commit` +
        `${smallCache ? ' (pages spilled)' : ''}: ${outcome} of it kept`,
    );
    if (reported(run)) expect(outcome, `seed ${seed}`).toBe('all');
    expectWorkingApp(dir);
  }, 120_000);
});

describe('killed during case updates', () => {
  const maxOps = 400;

  function casesPlan(dir: string, pauseInOp?: number): ChildPlan {
    const { residentId, gridIds } = template;
    return {
      dataDir: dir,
      now: childNow,
      seed: random.int(1, 2 ** 31),
      mode: 'cases',
      cases: { residentId, gridIds, maxOps, stepMs: 7 * 60_000, pauseInOp },
    };
  }

  interface Expected {
    version: number;
    status: string;
    description: string;
    urgency: string;
    categoryId: number;
    events: number;
    audits: Record<string, number>;
    /** The notes of its steps: each names exactly one timeline entry. */
    steps: { note: string; kind: string; toStatus: string }[];
  }

  /** Each case as the committed calls left it, in the order they were reported. */
  function expectedCases(lines: ChildLine[]): Map<number, Expected> {
    const cases = new Map<number, Expected>();
    for (const line of lines.filter((l): l is CaseUpdateLine => l.event === 'done')) {
      if (line.kind === 'create') {
        const { version, status, description, urgency, categoryId, events } = line;
        cases.set(line.id, {
          version,
          status,
          description,
          urgency,
          categoryId,
          events,
          audits: { 'cases.create': 1 },
          steps: [],
        });
        continue;
      }
      const c = cases.get(line.id) as Expected;
      const call = line.kind === 'edit' ? 'cases.update' : 'cases.transition';
      c.version = line.version;
      c.status = line.status;
      c.events += 1;
      c.audits = { ...c.audits, [call]: (c.audits[call] ?? 0) + 1 };
      if (line.kind === 'edit')
        Object.assign(c, { description: line.description, urgency: line.urgency, categoryId: line.categoryId });
      else c.steps.push({ note: line.note, kind: line.action, toStatus: line.status });
    }
    return cases;
  }

  /** The call begun and not reported done when the kill landed, if any. */
  function inFlight(lines: ChildLine[]): CaseCallLine | undefined {
    const last = lines.findLast((l): l is CaseCallLine => l.event === 'begin');
    const done = last && lines.some((l) => l.event === 'done' && l.op === last.op);
    return done ? undefined : last;
  }

  /**
   * Every reported call is in the file with what it wrote: each case's version, status and details, its timeline
   * entries (one per step, found by the step's note) and audit rows. The call in flight is there whole or not at all;
   * answers whether it is there.
   */
  function expectCommittedCalls(dir: string, lines: ChildLine[]): boolean {
    const expected = expectedCases(lines);
    const pending = inFlight(lines);
    return reopened(dir, (sqlite) => {
      const stored = (id: number) => {
        const row = sqlite
          .prepare('select version, status, description, urgency, category_id as categoryId from cases where id = ?')
          .get(id) as Omit<Expected, 'events' | 'audits' | 'steps'>;
        const events = sqlite.prepare('select count(*) from case_events where case_id = ?').pluck().get(id) as number;
        const audits = Object.fromEntries(
          (
            sqlite
              .prepare(
                `select action, count(*) as n from audit_log
                  where entity = 'cases' and entity_id = ? and action in ('cases.create', 'cases.update', 'cases.transition')
                  group by action`,
              )
              .all(id) as { action: string; n: number }[]
          ).map((a) => [a.action, a.n]),
        );
        return { ...row, events, audits };
      };
      const stepsNoted = (id: number, note: string) =>
        sqlite
          .prepare('select kind, to_status as toStatus from case_events where case_id = ? and note = ?')
          .all(id, note);

      let pendingKept = false;
      for (const [id, c] of expected) {
        const { steps, ...want } = c;
        const got = stored(id);
        if (pending?.id === id && got.version !== c.version) {
          // The call in flight committed before the kill: all of it is there.
          pendingKept = true;
          const call = pending.kind === 'edit' ? 'cases.update' : 'cases.transition';
          expect({ version: got.version, events: got.events, audits: got.audits }, `seed ${seed}`).toEqual({
            version: c.version + 1,
            events: c.events + 1,
            audits: { ...c.audits, [call]: (c.audits[call] ?? 0) + 1 },
          });
          if (pending.kind === 'edit') expect(got.description).toBe(pending.description);
          else expect(stepsNoted(id, pending.note as string)).toMatchObject([{ kind: pending.action }]);
        } else {
          expect(got, `case ${id}, seed ${seed}`).toEqual(want);
          if (pending?.id === id && pending.kind === 'transition') {
            expect(stepsNoted(id, pending.note as string)).toEqual([]);
          }
        }
        for (const { note, ...step } of steps) expect(stepsNoted(id, note), `case ${id}, seed ${seed}`).toEqual([step]);
      }
      const caseCount = sqlite.prepare('select count(*) from cases').pluck().get() as number;
      if (pending?.kind === 'create') {
        const made = sqlite.prepare('select id from cases where description = ?').pluck().all(pending.description);
        expect(made.length, `seed ${seed}`).toBeLessThanOrEqual(1);
        pendingKept = made.length === 1;
        if (pendingKept) {
          const [id] = made as number[];
          const audited = sqlite
            .prepare("select count(*) from audit_log where action = 'cases.create' and entity_id = ?")
            .pluck()
            .get(id);
          const registered = sqlite
            .prepare("select count(*) from case_events where case_id = ? and kind = 'register'")
            .pluck()
            .get(id);
          expect([audited, registered], `seed ${seed}`).toEqual([1, 1]);
        }
      }
      expect(caseCount, `seed ${seed}`).toBe(expected.size + (pending?.kind === 'create' && pendingKept ? 1 : 0));
      return pendingKept;
    });
  }

  it.each([1, 2])(
    'inside a call’s transaction (%i), finds every call reported before it and nothing of it',
    async () => {
      const dir = copyOfTemplate();
      const plan = casesPlan(dir, random.int(5, 60));
      const run = await runUntilKilled(plan, (line, kill) => {
        if (line.event === 'paused') kill();
      });
      expect(run.lines.at(-1)?.event, `child seed ${plan.seed}`).toBe('paused');
      const pending = inFlight(run.lines);
      expect(pending, `child seed ${plan.seed}`).toBeDefined();
      expect(expectCommittedCalls(dir, run.lines), `child seed ${plan.seed}, ${pending?.kind}`).toBe(false);
      expectWorkingApp(dir);
    },
    120_000,
  );

  it.each([1, 2])(
    'a few milliseconds into a random call (%i), finds every call reported, and the one in flight whole or none',
    async () => {
      const dir = copyOfTemplate();
      const plan = casesPlan(dir);
      const killAt = random.int(5, 80);
      const delayMs = random.int(0, 5);
      // Killed as a call begins, or a few milliseconds into it: the call is in flight, or has just finished.
      const run = await runUntilKilled(plan, (line, kill) => {
        if (line.event === 'begin' && line.op >= killAt) setTimeout(kill, delayMs);
      });
      const kept = expectCommittedCalls(dir, run.lines);
      const reportedCalls = run.lines.filter((l) => l.event === 'done').length;
      console.log(
        `crash safety: case updates (child seed ${plan.seed}) killed after ${reportedCalls} reported calls; ` +
          `the call in flight ${inFlight(run.lines) ? (kept ? 'kept' : 'not kept') : 'none'}`,
      );
      expectWorkingApp(dir);
    },
    120_000,
  );
});
