// The contract under attack: a GridDesk on the demo street with a signed-in caller per role, and the promise every
// call keeps whatever it is sent (inputs and callers: contractInputs.ts): an answer, never a crash; a valid result
// or a stable error code; and, when it fails, a database exactly as it was.
import { createHash, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { receiveAttachment } from '../../src/main/rpc/attachmentFiles';
import { sessionLifetimeMs } from '../../src/main/services/auth';
import { en } from '../../src/renderer/src/i18n/en';
import { zhCN } from '../../src/renderer/src/i18n/zh-CN';
import { contract, type ProcedureName, procedureNames } from '../../src/shared/contract';
import { errorCodes } from '../../src/shared/contract/errors';
import type { Procedure } from '../../src/shared/contract/procedure';
import { type Role, roles } from '../../src/shared/domain/roles';
import type { Language } from '../../src/shared/i18n/validation';
import { type Caller, callersFor, inputsFor, samplePools } from './contractInputs';
import { DatabaseWatch, type TableChange } from './databaseWatch';
import { hostileText } from './hostileInput';
import { csvText, registerHeader, registerRow, upload } from './importFiles';
import { demoUsernameOf, startDemoGridDesk, type TestGridDesk } from './testGridDesk';

/** The fixed seed of every run, unless FC_SEED asks for another; a failure prints the seed to replay. */
export const baseSeed = Number(process.env.FC_SEED ?? 20261128);
/** FC_RUNS multiplies every procedure's number of runs, for a longer exploration. */
const runFactor = Number(process.env.FC_RUNS ?? 1);
/** How long one procedure's property may take: generous, for a loaded machine, and longer for more runs. */
export const propertyTimeout = 120_000 * Math.max(1, runFactor);

export function startContractAttack() {
  const desk: TestGridDesk = startDemoGridDesk();
  const sqlite = () => desk.app.router.database().sqlite;
  const userIds = {} as Record<Role, number>;
  const passwordHashes = {} as Record<Role, string>;
  const tokens = {} as Record<Role, string>;
  for (const role of roles) {
    tokens[role] = desk.login(demoUsernameOf[role]);
    const row = sqlite()
      .prepare('select id, password_hash as hash from users where username = ?')
      .get(demoUsernameOf[role]) as {
      id: number;
      hash: string;
    };
    userIds[role] = row.id;
    passwordHashes[role] = row.hash;
  }

  /** What the router reports as an unexpected failure, so an INTERNAL answer can say what broke. */
  const logged: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });

  const pools = samplePools(sqlite());

  const attack = {
    desk,
    tokens,
    pools,
    logged,
    /** How each call of the current property ended (ok, or code:reason), for FC_STATS. */
    outcomes: [] as string[],
    watch: new DatabaseWatch(sqlite, ['audit_log']),
    /** A caller's bearer token, or null for none. */
    tokenOf(caller: Caller): string | null {
      if (caller.kind === 'none') return null;
      return caller.kind === 'forged' ? caller.token : tokens[caller.role];
    },
    /**
     * Puts every role's caller back when a successful call took them away: a logout ends the session, a password
     * change or reset ends it too, an account may be disabled or given another role. The account is restored and a
     * session opened directly in the database, not by signing in: the property's own wrong passwords may have
     * locked signing in for the rest of the run (the clock does not move).
     */
    restoreCallers(): void {
      for (const role of roles) {
        const me = desk.raw('auth.me', {}, tokens[role]);
        if (me.ok && (me.data as { role: Role }).role === role) continue;
        const now = desk.app.router.clock.now();
        const token = randomBytes(32).toString('base64url');
        const hash = createHash('sha256').update(token).digest('hex');
        const db = sqlite();
        db.prepare('update users set role = ?, active = 1, password_hash = ? where id = ?').run(
          role,
          passwordHashes[role],
          userIds[role],
        );
        db.prepare(
          'insert into sessions (token_hash, user_id, created_at, expires_at, last_active_at) values (?, ?, ?, ?, ?)',
        ).run(hash, userIds[role], now, now + sessionLifetimeMs, now);
        tokens[role] = token;
      }
      attack.watch.rebase();
    },
  };
  return attack;
}

export type ContractAttack = ReturnType<typeof startContractAttack>;

/** Files for the upload-based procedures: a small register to import, a photo to attach. */
export async function storeFiles(attack: ContractAttack): Promise<void> {
  const rows = [
    [...registerHeader],
    registerRow(),
    registerRow({ 姓名: "O'Brien%_", 公民身份号码: '110105198503071234', 所属网格: 'nowhere' }),
    registerRow({ 姓名: '王%_\\', 住址: '"; drop table residents; --' }),
  ];
  for (const role of ['admin', 'manager', 'desk'] as const) {
    attack.pools.uploadIds.push(
      await upload(attack.desk, attack.tokens[role], 'register.csv', Buffer.from(csvText(rows), 'utf8')),
    );
  }
  const photo = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  const stored = receiveAttachment(attack.desk.app.router, {
    token: attack.tokens.desk,
    fileName: 'photo.png',
    bytes: photo,
  });
  if (stored.ok) attack.pools.attachmentHashes.push(stored.data.sha256);
  // A finished backup, so backups.inspect and backups.restore can name one that exists and go as far as a restore.
  if (attack.desk.raw('backups.create', {}, attack.tokens.admin).ok) {
    await backgroundWorkDone(attack);
    const listed = attack.desk.raw('backups.list', {}, attack.tokens.admin);
    if (listed.ok)
      attack.pools.backupNames.push(...(listed.data as { files: { name: string }[] }).files.map((f) => f.name));
  }
  attack.watch.rebase();
}

/**
 * Waits until no backup runs. backups.create starts one in the background, which a property (synchronous: the event
 * loop never turns between its calls) leaves running; the next property waits for it, so that a restore meets a
 * finished backup rather than always refusing with CONFLICT (backupRunning).
 */
export async function backgroundWorkDone(attack: ContractAttack): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 20) {
    const listed = attack.desk.raw('backups.list', {}, attack.tokens.admin);
    if (!listed.ok || (listed.data as { status: { running: unknown } }).status.running === null) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  attack.restoreCallers();
}

const stableCodes = errorCodes.filter((code) => code !== 'INTERNAL');
const reasonsWithWords = (reason: string) => reason in en.errors.reason && reason in zhCN.errors.reason;
/** What a leaked stack trace or source location looks like. */
const stackLike =
  /\n\s+at |\bat .+:\d+:\d+|\.(ts|js|mjs|cjs):\d+|node_modules|\/work\/|SqliteError|TypeError|RangeError/;

/** Rows a call may leave behind even when it fails: none, but a session's last activity (not user data). */
function onlySessionActivity(change: TableChange): boolean {
  if (change.table !== 'sessions' || change.added.length !== change.removed.length) return false;
  const without = (row: Record<string, unknown>) => JSON.stringify({ ...row, last_active_at: null });
  const removed = new Set(change.removed.map(without));
  return change.added.every((row) => removed.has(without(row)));
}

/**
 * One call and the promise it keeps. `router.call` never throws; the envelope is `{ ok: true, data }` with data
 * valid against the output schema (and fit to travel as JSON), or `{ ok: false, error }` with a stable code that is
 * never INTERNAL, a message without a stack trace, a reason the screens have words for. A failed call leaves the
 * database as it was; a successful query adds, at most, its own audit rows (a logged read of sensitive data).
 */
export function attackOnce(
  attack: ContractAttack,
  procedure: ProcedureName,
  caller: Caller,
  input: unknown,
  lang: Language,
): void {
  const spec = contract[procedure] as Procedure;
  attack.logged.length = 0;
  let answer: ReturnType<TestGridDesk['raw']>;
  try {
    answer = attack.desk.raw(procedure, input, attack.tokenOf(caller), lang);
  } catch (error) {
    throw new Error(`router.call threw instead of answering: ${inspect(error)}`);
  }
  // A mutation that succeeded was meant to change the database: take its state as the new baseline, unexamined.
  const succeededMutation = answer?.ok === true && spec.kind === 'mutation';
  // A query that succeeded may have logged a read of sensitive data: its appended audit rows are all it may write.
  const appended = answer?.ok === true && !succeededMutation ? attack.watch.appendedTo('audit_log') : null;
  const changes = succeededMutation || appended ? [] : attack.watch.changes();
  expect(answer, 'an envelope').toBeTypeOf('object');
  if (answer.ok) {
    attack.outcomes.push('ok');
    const output = spec.output.safeParse(answer.data);
    expect(output.success, `data matches the output schema: ${output.error?.message}`).toBe(true);
    expect(() => JSON.stringify(answer.data), 'data travels as JSON').not.toThrow();
    if (spec.kind === 'mutation') {
      attack.restoreCallers();
      return;
    }
    expect(
      (appended ?? []).filter((row) => row.action !== procedure),
      'a query appends audit rows of its own only',
    ).toEqual([]);
    const foreign = changes.filter(
      (change) =>
        !onlySessionActivity(change) &&
        !(
          change.table === 'audit_log' &&
          change.removed.length === 0 &&
          change.added.every((row) => row.action === procedure)
        ),
    );
    expect(foreign, 'a query changes nothing but its own audit rows').toEqual([]);
    return;
  }
  const { error } = answer;
  attack.outcomes.push(
    `${error.code}:${error.reason ?? ''}${error.issues?.[0] ? `@${error.issues[0].path.join('.')}` : ''}`,
  );
  if (error.code === 'INTERNAL') {
    throw new Error(`INTERNAL (a crash) for ${procedure}: ${inspect(attack.logged, { depth: 4 })}`);
  }
  expect(stableCodes, 'a stable error code').toContain(error.code);
  expect(error.message, 'a message').toBeTypeOf('string');
  expect(error.message, 'no stack trace in the message').not.toMatch(stackLike);
  if (error.reason !== undefined) expect(reasonsWithWords(error.reason), `words for reason ${error.reason}`).toBe(true);
  if (error.issues !== undefined) {
    for (const issue of error.issues) {
      expect(Array.isArray(issue.path) && typeof issue.message === 'string', 'a field issue').toBe(true);
    }
  }
  expect(
    changes.filter((change) => !onlySessionActivity(change)),
    'a failed call changes nothing',
  ).toEqual([]);
}

/** A seed per procedure from the run's seed, so each explores its own values and a replay finds them again. */
export function seedOf(procedure: string): number {
  return (baseSeed ^ createHash('sha256').update(procedure).digest().readInt32BE(0)) | 0;
}

/** How many calls each procedure gets: fewer where one call costs much (scrypt, a whole export, a summary). */
export function runsOf(procedure: ProcedureName, base: number): number {
  const costly =
    /^(auth\.(login|setup|changePassword)|users\.(create|resetPassword)|exports\.|imports\.|summaries\.|backups\.(create|restore))/;
  return Math.max(1, Math.round((costly.test(procedure) ? base / 3 : base) * runFactor));
}

/**
 * The property files and the areas each attacks, so they run side by side; `rest` takes every procedure of any
 * area not named here (auth, users, grids, audit, backups, and whatever area comes next), so none is left out.
 */
export const shards = {
  register: ['households', 'residents', 'visits', 'imports', 'exports'],
  cases: ['cases', 'wishes'],
  party: ['party'],
  team: ['team', 'dashboard', 'summaries'],
  rest: [],
} as const satisfies Record<string, readonly string[]>;

const areaOf = (name: string) => name.split('.')[0] ?? '';

export function proceduresOf(shard: keyof typeof shards): ProcedureName[] {
  if (shard !== 'rest')
    return procedureNames.filter((name) => (shards[shard] as readonly string[]).includes(areaOf(name)));
  const named = Object.values(shards).flat() as string[];
  return procedureNames.filter((name) => !named.includes(areaOf(name)));
}

/** Runs the property for one procedure; a failure names the seed that replays it. */
export function assertProcedureHolds(attack: ContractAttack, procedure: ProcedureName, numRuns: number): void {
  const seed = seedOf(procedure);
  const langs = fc.constantFrom<Language>('zh-CN', 'en');
  attack.outcomes.length = 0;
  // Work the app did in the background while the test runner awaited (a backup finishing) is no call's doing.
  attack.watch.rebase();
  try {
    fc.assert(
      fc.property(callersFor(procedure), inputsFor(procedure, attack.pools), langs, (caller, input, lang) =>
        attackOnce(attack, procedure, caller, input, lang),
      ),
      { seed, numRuns, endOnFailure: true, includeErrorInReport: true },
    );
  } catch (error) {
    throw new Error(
      `${procedure} broke its contract (FC_SEED=${baseSeed}, procedure seed ${seed}):\n${(error as Error).message}`,
    );
  } finally {
    // FC_STATS=1 prints how the calls ended, to see that drawn inputs get past validation into the service.
    if (process.env.FC_STATS) console.log(procedure, summarise(attack.outcomes));
  }
}

function summarise(outcomes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts].map(([outcome, n]) => `${outcome}×${n}`).join(' ');
}

/** Procedure names outside the contract, hostile ones included: every one answers NOT_FOUND. */
export const strangeNames = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'users.dropAll',
    '',
    '.',
    'auth.',
    'AUTH.LOGIN',
  ),
  hostileText,
  fc.string(),
);

/**
 * A shard's property file: a demo under attack (built once for the file), and each of the shard's procedures attacked
 * in turn. `beforeEachProcedure` runs before each; the answer gives the file the attack for tests of its own.
 */
export function attackShard(
  shard: keyof typeof shards,
  title: string,
  beforeEachProcedure?: (attack: ContractAttack) => unknown,
): () => ContractAttack {
  let attack: ContractAttack;
  beforeAll(async () => {
    attack = startContractAttack();
    await storeFiles(attack);
  }, 120_000);
  afterAll(() => attack.desk.close());

  describe(title, () => {
    if (beforeEachProcedure) beforeEach(() => beforeEachProcedure(attack));
    it.each(proceduresOf(shard))(
      '%s answers every input with a valid result or a stable error, and a refusal changes nothing',
      (procedure) => assertProcedureHolds(attack, procedure, runsOf(procedure, 40)),
      propertyTimeout,
    );
  });
  return () => attack;
}
