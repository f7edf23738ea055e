// The one path every call takes, whatever the transport: find → authenticate → authorize → validate →
// run (a mutation in one transaction, with its audit rows) → check the output → answer an envelope.
import { SqliteError } from 'better-sqlite3';
import { toJSONSchema, type z } from 'zod';
import { contract, isProcedureName, type ProcedureName } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/contract/errors';
import type { Access, Procedure } from '../../shared/contract/procedure';
import { roleHasPermission } from '../../shared/domain/roles';
import type { Language } from '../../shared/i18n/validation';
import { localizedIssues, zodErrorMap } from '../../shared/i18n/zodMessages';
import { inImmediateTransaction } from '../db/immediateTransaction';
import type { OpenedDatabase } from '../db/open';
import { handlers } from '../services';
import { appendAuditRows } from '../services/auditChain';
import { openSession } from '../services/auth';
import type { BackupManager } from '../services/backups/backupManager';
import type { Actor, AuditChange, Clock, Ctx } from '../services/context';
import { LoginThrottle } from '../services/loginThrottle';

export interface CallMeta {
  token?: string | null;
  lang: Language;
}

export interface RouterDeps {
  database: OpenedDatabase;
  clock: Clock;
  dataDir: string;
  backups: BackupManager;
  /** Where unexpected failures are reported; the caller only ever sees a plain INTERNAL error. */
  logError?: (error: unknown, procedure: string) => void;
}

const zodErrorMaps = { 'zh-CN': zodErrorMap('zh-CN'), en: zodErrorMap('en') };

export type Router = ReturnType<typeof createRouter>;

export function createRouter({ database, clock, dataDir, backups, logError = defaultLogError }: RouterDeps) {
  const loginThrottle = new LoginThrottle();
  // The open database; a restore from a backup replaces it while the app runs, so every call reads it afresh.
  let current = database;

  function call(procedure: string, rawInput: unknown, meta: CallMeta): Envelope<unknown> {
    try {
      return { ok: true, data: run(procedure, rawInput, meta) };
    } catch (error) {
      return { ok: false, error: toAppError(error, procedure).toBody() };
    }
  }

  function run(procedure: string, rawInput: unknown, meta: CallMeta): unknown {
    if (!isProcedureName(procedure)) {
      throw new AppError('NOT_FOUND', `There is no procedure named ${String(procedure).slice(0, 80)}.`, {
        reason: 'unknownProcedure',
      });
    }
    const spec: Procedure = contract[procedure];
    const actor = authorize(meta.token, spec.access, procedure);
    const input = parseInput(spec.input, rawInput ?? {}, meta.lang);
    const changes: AuditChange[] = [];
    const { db, sqlite } = current;
    const ctx: Ctx = {
      db,
      sqlite,
      actor,
      clock,
      dataDir,
      lang: meta.lang,
      loginThrottle,
      backups,
      audit: { record: (change) => changes.push(change) },
    };
    const output = runHandler(procedure, ctx, input, changes);
    // A query's audit rows are reads of sensitive data, written before the answer leaves: no unlogged read is ever
    // answered. A procedure that manages the database itself (a restore) logs into the database open after it.
    if (spec.kind === 'query' ? changes.length > 0 : spec.ownTransaction) {
      inImmediateTransaction(current.sqlite, () => writeAudit(procedure, actor?.userId ?? null, changes));
    }
    const checked = spec.output.safeParse(output);
    if (!checked.success) {
      throw new Error(`Output of ${procedure} does not match its contract: ${checked.error.message}`);
    }
    return checked.data;
  }

  /** Runs a handler: a query as it is, a mutation in one immediate transaction with its audit rows. */
  function runHandler(name: ProcedureName, ctx: Ctx, input: unknown, changes: AuditChange[]): unknown {
    const spec = contract[name] as Procedure;
    const handler = handlers[name] as (ctx: Ctx, input: unknown) => unknown;
    if (spec.kind === 'query' || spec.ownTransaction) return handler(ctx, input);
    return inImmediateTransaction(ctx.sqlite, () => {
      const result = handler(ctx, input);
      writeAudit(name, ctx.actor?.userId ?? null, changes);
      return result;
    });
  }

  /**
   * The actor behind a token if it may have `access` (null for a public call without one), else throws
   * UNAUTHENTICATED or FORBIDDEN. The file transports (upload, download) ask here too, so the rule is one.
   * A locked session may only make the calls that end or re-open it (`procedure` says which call this is);
   * a session idle for longer than the limit is locked here, and the lock is audited.
   */
  function authorize(token: string | null | undefined, access: Access, procedure?: string): Actor | null {
    const openWhileLocked = procedure !== undefined && callsOfALockedSession.has(procedure);
    const touch = access !== 'public' && !openWhileLocked;
    const session = token ? openSession(current.db, token, clock.now(), touch) : null;
    if (session?.lockedNow) {
      const { userId } = session.actor;
      const lock = [{ entity: 'users', entityId: userId, after: { locked: 'idleAtServer' } }];
      inImmediateTransaction(current.sqlite, () => writeAudit('auth.lock', userId, lock));
    }
    if (access === 'public') return session?.actor ?? null;
    if (!session) {
      throw token
        ? new AppError('UNAUTHENTICATED', 'Your session has expired; please sign in again.', {
            reason: 'sessionExpired',
          })
        : new AppError('UNAUTHENTICATED', 'Please sign in.', { reason: 'signInRequired' });
    }
    if (session.locked && !openWhileLocked) {
      throw new AppError('UNAUTHENTICATED', 'This session is locked; unlock it with your password.', {
        reason: 'sessionLocked',
      });
    }
    const { actor } = session;
    if (access !== 'signedIn' && !roleHasPermission(actor.role, access)) {
      throw new AppError('FORBIDDEN', 'Your role may not do this.', { reason: 'forbidden' });
    }
    return actor;
  }

  function writeAudit(action: ProcedureName, actorId: number | null, changes: AuditChange[]): void {
    const at = clock.now();
    const rows = changes.length > 0 ? changes : [{ entity: null, entityId: null } as const];
    // Chained by hash to the row before (services/auditChain.ts): one read of the last hash, then the inserts.
    appendAuditRows(
      current.sqlite,
      rows.map((change) => ({
        at,
        actorId: 'actorId' in change && change.actorId !== undefined ? change.actorId : actorId,
        action,
        entity: change.entity,
        entityId: change.entityId,
        before: 'before' in change ? (change.before ?? null) : null,
        after: 'after' in change ? (change.after ?? null) : null,
      })),
    );
  }

  function toAppError(error: unknown, procedure: string): AppError {
    if (error instanceof AppError) return error;
    if (error instanceof SqliteError && error.code.startsWith('SQLITE_CONSTRAINT')) {
      return new AppError('CONFLICT', 'This would duplicate or orphan a record.', { reason: 'constraint' });
    }
    logError(error, procedure);
    return new AppError('INTERNAL', 'Something went wrong inside GridDesk; nothing was changed.', {
      reason: 'internal',
    });
  }

  function listing() {
    return {
      procedures: Object.values(contract).map((spec) => ({
        name: spec.name,
        kind: spec.kind,
        permission: spec.access,
        summary: spec.summary,
        input: toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
      })),
    };
  }

  /** Puts another open database in place of the current one (after a restore); the caller closes the old one. */
  function replaceDatabase(next: OpenedDatabase): void {
    current = next;
  }

  return { call, listing, authorize, toAppError, dataDir, clock, replaceDatabase, database: () => current };
}

/** What a locked session may still do: re-open itself, end itself, and read the sign-in page's facts. */
const callsOfALockedSession = new Set<string>(['auth.unlock', 'auth.logout', 'auth.status']);

function parseInput(schema: z.ZodType, rawInput: unknown, lang: Language): unknown {
  // Parsed again with the user's language only when it fails: an error map on every parse cost a call 1 to 5 µs.
  const parsed = schema.safeParse(rawInput);
  if (parsed.success) return parsed.data;
  const localized = schema.safeParse(rawInput, { error: zodErrorMaps[lang] });
  if (localized.success) return localized.data;
  const issues = localizedIssues(localized.error, lang);
  throw new AppError('VALIDATION', issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '), {
    reason: 'invalidInput',
    issues,
  });
}

function defaultLogError(error: unknown, procedure: string): void {
  console.error(`[griddesk] ${procedure} failed:`, error);
}
