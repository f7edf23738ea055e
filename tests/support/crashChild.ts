// Run by tests/integration/crashSafety.test.ts in a Node process of its own (`node --import tsx`), which the test
// kills with SIGKILL: GridDesk opened on a data folder, writing through the real procedures, and one line of JSON on
// stdout for each call that committed. The lines are written synchronously, so a line the test has read is a call
// that had returned. Asked to, the child waits inside a write transaction, so the kill lands there for certain.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { databaseFileName } from '../../src/main/app';
import { seededRandom } from '../../src/main/demo/random';
import type { InputOf } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/contract/errors';
import { type CaseAction, isFinished } from '../../src/shared/domain/caseFlow';
import {
  type CaseSource,
  caseUrgencies,
  escalationLevels,
  satisfactions,
  supervisionLevels,
} from '../../src/shared/domain/cases';
import type { Step } from './caseFactory';
import type { CaseUpdatesPlan, ChildLine, ChildPlan, ImportPlan } from './crashRun';
import { password } from './registerFactory';
import { startTestGridDesk, type TestGridDesk } from './testGridDesk';

const plan = JSON.parse(process.argv[2] ?? '{}') as ChildPlan;

function report(line: ChildLine): void {
  fs.writeSync(1, `${JSON.stringify(line)}\n`);
}

/** Waits here, inside whatever transaction is open, for the test's kill; a child left alive says so and stops. */
function waitForKill(): never {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  report({ event: 'notKilled' });
  process.exit(3);
}

function fail(message: string): never {
  fs.writeSync(2, `${message}\n`);
  process.exit(2);
}

/** Waits for the kill from inside the transaction that inserts a row into `table`, once `when` says so. */
function pauseOnInsert(desk: TestGridDesk, table: string, when: () => boolean): void {
  const { sqlite } = desk.app.database;
  sqlite.function('crash_child_insert', () => {
    if (when()) waitForKill();
    return null;
  });
  // A TEMP trigger lives on this connection only: the file the test reopens never sees it.
  sqlite.exec(
    `create temp trigger crash_child_insert after insert on main.${table} begin select crash_child_insert(); end`,
  );
}

/** The size of the database's WAL file: it grows inside a transaction only when pages spill from the cache. */
function walBytes(): number {
  const wal = path.join(plan.dataDir, `${databaseFileName}-wal`);
  return fs.existsSync(wal) ? fs.statSync(wal).size : 0;
}

function runImport(p: ImportPlan): void {
  const desk = startTestGridDesk({ dataDir: plan.dataDir, now: plan.now });
  const token = desk.login('desk', password);
  // A page cache of 256 KiB: the import's pages spill into the WAL before it commits, as a district-size import's do
  // past the cache the commit gives itself (imports.ts), so the kill leaves uncommitted frames for recovery to ignore.
  // The commit's own widening of the cache is held back for that.
  if (p.smallCache) {
    const { sqlite } = desk.app.database;
    sqlite.pragma('cache_size = -256');
    const pragma = sqlite.pragma.bind(sqlite);
    sqlite.pragma = ((source: string, options?: Database.PragmaOptions) =>
      /^\s*cache_size\s*=/i.test(source) ? [] : pragma(source, options)) as typeof sqlite.pragma;
  }
  let rows = 0;
  if (p.pauseAtRow !== undefined) {
    pauseOnInsert(desk, 'residents', () => {
      rows += 1;
      if (rows !== p.pauseAtRow) return false;
      report({ event: 'paused', at: rows, walBytes: walBytes() });
      return true;
    });
  }
  // An empty WAL to start from: whatever it holds at the pause, the import's open transaction put there.
  desk.app.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  report({ event: 'commitStart', walBytes: walBytes() });
  const started = performance.now();
  const envelope = desk.raw('imports.commit', { uploadId: p.uploadId, mapping: p.mapping }, token);
  if (!envelope.ok) fail(`imports.commit failed: ${JSON.stringify(envelope.error)}`);
  report({ event: 'committed', result: envelope.data, ms: Math.round(performance.now() - started) });
  waitForKill();
}

/** What the child knows of a case it registered: how it is linked, for cases.update. */
interface Tracked {
  id: number;
  link: { residentId: number } | { gridId: number };
}

function runCaseUpdates(p: CaseUpdatesPlan): void {
  const desk = startTestGridDesk({ dataDir: plan.dataDir, now: plan.now });
  const random = seededRandom(plan.seed);
  const { sqlite } = desk.app.database;
  const tokens = { desk: desk.login('desk', password), manager: desk.login('manager', password) };

  /** A call as `who`; a session that lapsed while the clock ran on (expiry, idle lock) is opened again. */
  function callAs<T>(who: 'desk' | 'manager', procedure: string, input: unknown): T {
    let envelope = desk.raw(procedure, input, tokens[who]) as Envelope<T>;
    if (!envelope.ok && envelope.error.code === 'UNAUTHENTICATED') {
      tokens[who] = desk.login(who, password);
      envelope = desk.raw(procedure, input, tokens[who]) as Envelope<T>;
    }
    if (!envelope.ok) fail(`${procedure} ${JSON.stringify(input)} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.data;
  }

  const tree = callAs<{ rows: { id: number; parentId: number | null; archived: boolean }[] }>(
    'desk',
    'cases.categoryTree',
    {},
  ).rows;
  const leafCategories = tree.filter((c) => !c.archived && !tree.some((child) => child.parentId === c.id));
  const categoryIds = leafCategories.map((c) => c.id);
  const sources: CaseSource[] = ['walk_in', 'phone', 'hotline', 'home_visit', 'online'];
  const texts = [
    '楼道堆放杂物影响通行',
    '小区路灯不亮',
    '邻居装修噪声扰民',
    '垃圾分类点无人清运',
    '高龄老人申请上门服务',
  ];
  const tracked: Tracked[] = [];

  let pauseArmed = false;
  /** Called just before each call that writes: the first from `pauseInOp` on waits inside its transaction. */
  const armPause = (op: number) => {
    if (p.pauseInOp === undefined || op < p.pauseInOp || pauseArmed) return;
    pauseArmed = true;
    // The router writes a call's audit rows last, inside its transaction: everything else of the call is written.
    pauseOnInsert(desk, 'audit_log', () => {
      report({ event: 'paused', at: op });
      return true;
    });
  };

  function create(op: number): void {
    const source = random.pick(sources);
    const link = random.next() < 0.4 ? { residentId: p.residentId } : { gridId: random.pick(p.gridIds) };
    const next = random.pick(['register', 'accept', 'accept'] as const);
    const input: InputOf<'cases.create'> = {
      kind: random.pick(['demand', 'complaint', 'consultation', 'suggestion'] as const),
      source,
      categoryId: random.pick(categoryIds),
      urgency: random.pick(caseUrgencies),
      description: `第${op}步登记：${random.pick(texts)}`,
      ...link,
      ...(source === 'hotline'
        ? { hotlineOrderNo: `12345-${op}`, hotlineDeadline: desk.app.router.clock.now() + 5 * 86_400_000 }
        : {}),
      next,
    };
    report({ event: 'begin', op, kind: 'create', description: input.description });
    armPause(op);
    const out = callAs<{ id: number; status: string; version: number }>('desk', 'cases.create', input);
    tracked.push({ id: out.id, link });
    report({
      event: 'done',
      op,
      kind: 'create',
      id: out.id,
      status: out.status,
      version: out.version,
      description: input.description,
      urgency: input.urgency ?? 'ordinary',
      categoryId: input.categoryId,
      events: next === 'register' ? 1 : 2,
    });
  }

  function stepOf(action: CaseAction, note: string): Step {
    switch (action) {
      case 'assign':
        return { action, note, handlerDepartment: '城管执法中队' };
      case 'resolve':
        return { action, note, resolution: `${note}办结：已上门协调处理` };
      case 'escalate':
        return { action, note, escalationLevel: random.pick(escalationLevels) };
      case 'requestExtension':
        return { action, note, extensionDays: random.int(1, 10) };
      case 'decideExtension':
        return { action, note, approved: random.next() < 0.5 };
      case 'supervise':
        return { action, note, supervisionLevel: random.pick(supervisionLevels) };
      case 'followUp':
        return { action, note, satisfaction: random.pick(satisfactions) };
      case 'void':
        return { action, note, voidReason: random.pick(['invalid', 'other'] as const) };
      default:
        return { action, note } as Step;
    }
  }

  interface Detail {
    id: number;
    status: string;
    version: number;
    kind: string;
    source: string;
    categoryId: number;
    urgency: (typeof caseUrgencies)[number];
    description: string;
    hotlineOrderNo: string | null;
    hotlineDeadline: number | null;
    allowedActions: CaseAction[];
  }

  function transition(op: number, c: Tracked): void {
    const who = random.next() < 0.2 ? 'manager' : 'desk';
    const detail = callAs<Detail>(who, 'cases.get', { id: c.id });
    const allowed = detail.allowedActions.filter((a) => a !== 'claim');
    if (allowed.length === 0) return;
    let action = random.pick(allowed);
    // Voiding ends a case's story early; let most cases go on.
    if (action === 'void' && random.next() < 0.7) action = random.pick(allowed);
    const note = `第${op}步`;
    report({ event: 'begin', op, kind: 'transition', id: c.id, action, note });
    armPause(op);
    const out = callAs<{ status: string; version: number }>(who, 'cases.transition', {
      ...stepOf(action, note),
      id: c.id,
      version: detail.version,
    });
    report({ event: 'done', op, kind: 'transition', id: c.id, action, note, status: out.status, version: out.version });
  }

  function edit(op: number, c: Tracked): void {
    const detail = callAs<Detail>('desk', 'cases.get', { id: c.id });
    if (isFinished(detail.status as Parameters<typeof isFinished>[0])) return;
    const description = `第${op}步更正：${random.pick(texts)}`;
    const urgency = random.next() < 0.5 ? detail.urgency : random.pick(caseUrgencies);
    const categoryId = random.next() < 0.3 ? random.pick(categoryIds) : detail.categoryId;
    report({ event: 'begin', op, kind: 'edit', id: c.id, description });
    armPause(op);
    const out = callAs<{ status: string; version: number }>('desk', 'cases.update', {
      id: c.id,
      version: detail.version,
      kind: detail.kind,
      source: detail.source,
      categoryId,
      urgency,
      description,
      ...c.link,
      ...(detail.hotlineOrderNo ? { hotlineOrderNo: detail.hotlineOrderNo } : {}),
      ...(detail.hotlineDeadline !== null ? { hotlineDeadline: detail.hotlineDeadline } : {}),
    });
    report({
      event: 'done',
      op,
      kind: 'edit',
      id: c.id,
      status: out.status,
      version: out.version,
      description,
      urgency,
      categoryId,
    });
  }

  const openCases = () =>
    tracked.filter((c) => {
      const status = sqlite.prepare('select status from cases where id = ?').pluck().get(c.id) as string;
      return !isFinished(status as Parameters<typeof isFinished>[0]);
    });

  for (let op = 1; op <= p.maxOps; op++) {
    desk.advance(p.stepMs);
    const open = openCases();
    const roll = random.next();
    if (open.length < 3 || roll < 0.25) create(op);
    else if (roll < 0.85) transition(op, random.pick(open));
    else edit(op, random.pick(open));
  }
  report({ event: 'finished' });
  waitForKill();
}

if (plan.mode === 'import') runImport(plan.import);
else runCaseUpdates(plan.cases);
