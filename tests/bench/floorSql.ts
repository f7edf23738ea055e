// Pieces of the floors' hand-written SQL: what the services work out in code (grid paths, masking, deadline states),
// written as SQL so that a floor returns the same columns as the procedure it is beside, in one statement.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * 社区 / 综合网格 / 微网格 of the grid `g1` (street left out, as scope.gridPaths leaves it): the grid tree has four
 * fixed levels, so three joins up (`g2`, `g3`, `g4`, left joined by `gridJoins`) reach the street from anywhere.
 */
export const gridPathSql = `case
  when g1.level = 'street' then ''
  when g2.level = 'street' then g1.name
  when g3.level = 'street' or g3.id is null then g2.name || ' / ' || g1.name
  else g3.name || ' / ' || g2.name || ' / ' || g1.name end`;

export const gridJoins = (gridColumn: string) => `cross join grids g1 on g1.id = ${gridColumn}
  left join grids g2 on g2.id = g1.parent_id left join grids g3 on g3.id = g2.parent_id`;

/** shared/domain/masking.maskIdNumber: the first four and last four characters. */
export const maskedIdNumberSql = (column: string) => `case when ${column} is null then null
  when length(${column}) <= 8 then substr('********', 1, length(${column}))
  else substr(${column}, 1, 4) || substr('**************************', 1, length(${column}) - 8) || substr(${column}, -4) end`;

/** shared/domain/masking.maskPhone: a mobile as 180****1999, a landline keeping its area code and last four. */
export const maskedPhoneSql = (column: string) => `case when ${column} is null then null
  when length(${column}) = 11 and ${column} glob '1[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'
    then substr(${column}, 1, 3) || '****' || substr(${column}, -4)
  when instr(${column}, '-') > 1 then substr(${column}, 1, instr(${column}, '-'))
    || substr('*************', 1, max(length(${column}) - instr(${column}, '-') - 4, 1)) || substr(${column}, -4)
  else substr(${column}, 1, 3) || substr('*************', 1, max(length(${column}) - 7, 1)) || substr(${column}, -4) end`;

/** shared/domain/caseDeadlines.deadlineState, a voided case on time (caseRows.toCaseRows). */
export const deadlineStateSql = (now: string, dueSoonMs: number) => `case
  when c.status = 'voided' then 'onTime'
  when c.resolved_at is not null then case when c.resolved_at <= c.resolve_by then 'onTime' else 'overdue' end
  when ${now} > c.resolve_by then 'overdue'
  when c.resolve_by - ${now} <= ${dueSoonMs} then 'dueSoon' else 'onTime' end`;

/** Whether two answers hold the same records: the same ids in the same order. */
export function sameIds(label: string, answer: readonly number[], floor: readonly number[]): void {
  if (answer.length !== floor.length || answer.some((id, i) => id !== floor[i])) {
    console.log(
      `  ! ${label}: the floor's rows differ from the answer's (${floor.slice(0, 5).join(',')}… / ${answer.slice(0, 5).join(',')}…)`,
    );
  }
}

/**
 * A floor's row with its JSON columns parsed, in place. A statement that answers many rows in one JSON column (a
 * timeline, a month's rollup) has not fetched them until they are values the caller can use, as the app's are.
 */
export function withJsonParsed<T extends Record<string, unknown>>(row: T, columns: readonly (keyof T)[]): T {
  for (const column of columns) {
    const text = row[column];
    (row as Record<keyof T, unknown>)[column] = typeof text === 'string' ? JSON.parse(text) : text;
  }
  return row;
}

/** A list of strings as an SQL `in` list: ('a', 'b'). */
export const inList = (values: readonly string[]) =>
  `(${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')})`;

/**
 * A table shaped and indexed as audit_log, for a floor's audit rows: the log itself is append-only and its hash chain
 * must stay whole, so a floor writes where it can be dropped afterwards.
 */
export function scratchAuditTable(sqlite: Database.Database): { name: string; drop(): void } {
  const name = 'bench_floor_audit';
  const indexes = sqlite
    .prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = 'audit_log' and sql is not null")
    .all() as { name: string; sql: string }[];
  sqlite.exec(`drop table if exists ${name}; create table ${name} as select * from audit_log where 0;`);
  for (const index of indexes) {
    sqlite.exec(
      index.sql.replace(index.name, `${name}_${index.name}`).replace(/\bON\s+[`"]?audit_log[`"]?/i, `ON ${name}`),
    );
  }
  return { name, drop: () => sqlite.exec(`drop table if exists ${name}`) };
}

/**
 * An audit row's link in a hash chain, by hand: sha-256 over the previous row's hash and the row's stored fields, as
 * every row the app writes carries one (services/auditChain.ts). A floor's audit rows are linked too.
 */
export function chainLink(prevHash: string, fields: readonly unknown[]): string {
  return createHash('sha256').update(prevHash).update(JSON.stringify(fields)).digest('hex');
}
