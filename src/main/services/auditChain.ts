// The audit log's hash chain: each row's hash covers the previous row's hash and the row's own fields as stored, so
// a row edited, removed or slipped in between shows when the chain is verified. The one definition of a row's hash,
// the one way rows are appended, the sealing of rows written before the chain existed, and the verification.
import { hash as oneShotHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AuditBreak, AuditVerification } from '../../shared/contract/audit';

/** The `prev_hash` of the first row: there is no row before it. */
export const genesisHash = '0'.repeat(64);

/** Names the encoding inside what is hashed, so a later change of encoding cannot be mistaken for this one. */
const encodingVersion = 'griddesk-audit-1|';

/** A row's fields exactly as SQLite stores them: integers, text (before and after are JSON text) and nulls. */
export interface StoredAuditRow {
  id: number;
  at: number;
  actorId: number | null;
  action: string;
  entity: string | null;
  entityId: number | null;
  before: string | null;
  after: string | null;
}
// A file edited by hand may hold any type in any column: the hash takes each value as SQLite hands it back.

/**
 * sha-256 (hex) over the previous hash and the stored fields, each encoded with its type and, for text, its length:
 * `n` for null, `d<number>;` for a number, `s<length>:<text>` for text, `b<length>:<hex>` for a blob. Text "1" and
 * integer 1 differ, null and "null" differ, and no text can run into the next field, so no two rows encode alike.
 */
export function auditRowHash(prevHash: string, row: StoredAuditRow): string {
  const encoded =
    encodingVersion +
    field(prevHash) +
    field(row.id) +
    field(row.at) +
    field(row.actorId) +
    field(row.action) +
    field(row.entity) +
    field(row.entityId) +
    field(row.before) +
    field(row.after);
  return sha256Hex(encoded);
}

/** crypto.hash: one call, no Hash object per row (an import appends a row per resident). */
const sha256Hex = (text: string): string => oneShotHash('sha256', text, 'hex');

/** One stored value, typed and delimited. Written by the app: null, integers and text; a blob only by tampering. */
function field(value: unknown): string {
  if (value === null || value === undefined) return 'n';
  if (typeof value === 'number' || typeof value === 'bigint') return `d${value};`;
  if (typeof value === 'string') return `s${value.length}:${value}`;
  const bytes = Buffer.isBuffer(value) ? value : Buffer.from(String(value));
  return `b${bytes.length}:${bytes.toString('hex')}`;
}

/** One row to append: what a procedure recorded, its snapshots not yet turned into text. */
export interface NewAuditRow {
  at: number;
  actorId: number | null;
  action: string;
  entity: string | null;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

const sealBatch = 10_000;

const columns = 'id, at, actor_id as actorId, action, entity, entity_id as entityId, before, after';

function lastRow(sqlite: Database.Database): { id: number; hash: string | null } | undefined {
  // The primary key's last entry: one step down the table's b-tree, whatever the log's length.
  return sqlite.prepare('select id, hash from audit_log order by id desc limit 1').get() as
    | { id: number; hash: string | null }
    | undefined;
}

const snapshotText = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

/**
 * Appends rows to the chain: the last row's hash is read once, then each row gets the next id and its hash. Runs
 * inside the caller's transaction (immediate: nobody appends between the read and the writes).
 */
export function appendAuditRows(sqlite: Database.Database, rows: readonly NewAuditRow[]): void {
  if (rows.length === 0) return;
  const last = lastRow(sqlite);
  let id = last?.id ?? 0;
  // A last row without a hash is a row nobody sealed (written behind the app's back): verify names it; the chain
  // goes on from what is there rather than refusing every change.
  let prevHash = last ? (last.hash ?? '') : genesisHash;
  const insert = sqlite.prepare(
    `insert into audit_log (id, at, actor_id, action, entity, entity_id, before, after, prev_hash, hash)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of rows) {
    id += 1;
    const stored: StoredAuditRow = {
      id,
      at: row.at,
      actorId: row.actorId,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      before: snapshotText(row.before),
      after: snapshotText(row.after),
    };
    const hash = auditRowHash(prevHash, stored);
    insert.run(
      stored.id,
      stored.at,
      stored.actorId,
      stored.action,
      stored.entity,
      stored.entityId,
      stored.before,
      stored.after,
      prevHash,
      hash,
    );
    prevHash = hash;
  }
}

/**
 * Seals the rows written before the chain existed (a file from before migration 0011), in id order, each chained to
 * the one before. On every other start the last row already has its hash: one read and nothing to do. Answers how
 * many rows were sealed.
 */
export function sealAuditChain(sqlite: Database.Database): number {
  const last = lastRow(sqlite);
  if (!last || last.hash !== null) return 0;
  return sqlite
    .transaction(() => {
      // The unsealed rows are the tail after the last sealed one (all rows, the first time).
      const sealedBefore = sqlite
        .prepare('select id, hash from audit_log where hash is not null order by id desc limit 1')
        .get() as { id: number; hash: string } | undefined;
      let prevHash = sealedBefore?.hash ?? genesisHash;
      const seal = sqlite.prepare('update audit_log set prev_hash = ?, hash = ? where id = ?');
      // In batches: a district's old log is never read into memory at once, and better-sqlite3 runs no update while
      // a read is still being stepped through.
      const batch = sqlite.prepare(`select ${columns} from audit_log where id > ? order by id limit ${sealBatch}`);
      let after = sealedBefore?.id ?? Number.MIN_SAFE_INTEGER;
      let sealed = 0;
      for (;;) {
        const rows = batch.all(after) as StoredAuditRow[];
        for (const row of rows) {
          const hash = auditRowHash(prevHash, row);
          seal.run(prevHash, hash, row.id);
          prevHash = hash;
          after = row.id;
        }
        sealed += rows.length;
        if (rows.length < sealBatch) return sealed;
      }
    })
    .immediate();
}

/**
 * Walks the whole log in id order, one row at a time (a district's log never sits in memory at once), and answers
 * how many rows it checked, the first break if any, and the last row's id and hash (the head of the chain).
 */
export function verifyAuditChain(sqlite: Database.Database): AuditVerification {
  const rows = sqlite
    .prepare(`select ${columns}, prev_hash as prevHash, hash from audit_log order by id`)
    .iterate() as IterableIterator<StoredAuditRow & { prevHash: string | null; hash: string | null }>;
  let checked = 0;
  let previous: { id: number; hash: string } | null = null;
  // The hash before the previous row: when a row links to it, the previous row is one that does not belong.
  let beforePrevious: string | null = null;
  let firstBreak: AuditBreak | null = null;
  for (const row of rows) {
    checked += 1;
    const expectedPrev = previous?.hash ?? genesisHash;
    if (row.hash === null) {
      firstBreak = { id: row.id, cause: 'unsealed', previousId: previous?.id ?? null };
    } else if (row.prevHash !== expectedPrev) {
      firstBreak =
        previous && row.prevHash === beforePrevious
          ? { id: previous.id, cause: 'inserted', previousId: null }
          : { id: row.id, cause: 'linkBroken', previousId: previous?.id ?? null };
    } else if (auditRowHash(row.prevHash, row) !== row.hash) {
      firstBreak = { id: row.id, cause: 'edited', previousId: previous?.id ?? null };
    }
    // Stop at the first break: the rest is counted without hashing, so the answer still says how long the log is.
    if (firstBreak) break;
    beforePrevious = previous?.hash ?? genesisHash;
    previous = { id: row.id, hash: row.hash as string };
  }
  const total = firstBreak ? (sqlite.prepare('select count(*) as n from audit_log').get() as { n: number }).n : checked;
  const head = lastRow(sqlite);
  return {
    total,
    checked,
    intact: firstBreak === null,
    firstBreak,
    head: head ? { id: head.id, hash: head.hash } : null,
  };
}
