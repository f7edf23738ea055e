// What every service function gets: the database, the signed-in actor, the clock and the audit recorder.
import type Database from 'better-sqlite3';
import type { OutputOf, ParsedInputOf, ProcedureName } from '../../shared/contract';
import type { Role } from '../../shared/domain/roles';
import type { Language } from '../../shared/i18n/validation';
import type { AppDb } from '../db/open';
import type { BackupManager } from './backups/backupManager';
import type { LoginThrottle } from './loginThrottle';

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  sessionId: number;
}

export interface Clock {
  now(): number;
}

export interface AuditChange {
  entity: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
  /**
   * For sign-in, where the actor is not known until the service has checked the password; and for a restore, whose
   * row lands in the restored database (null: the actor has no account there).
   */
  actorId?: number | null;
}

export interface Ctx {
  db: AppDb;
  sqlite: Database.Database;
  actor: Actor | null;
  clock: Clock;
  dataDir: string;
  lang: Language;
  loginThrottle: LoginThrottle;
  /** Backups of the database file and restoring one (services/backups). */
  backups: BackupManager;
  audit: { record(change: AuditChange): void };
}

export type SignedInCtx = Ctx & { actor: Actor };

export type Handler<N extends ProcedureName> = (ctx: Ctx, input: ParsedInputOf<N>) => OutputOf<N>;
export type Handlers<N extends ProcedureName> = { [K in N]: Handler<K> };
