// The team roster as the screens read it: a worker's row with the paths of the grids they serve now, their history,
// and the one lookup every roster procedure starts from (a staff row on the roster, else teamMemberNotFound).
import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import type { StaffDetail, StaffRow } from '../../../shared/contract/team';
import type { EmploymentKind } from '../../../shared/domain/gridTeam';
import { gridStaff, staff } from '../../db/schema/grids';
import { staffEvents } from '../../db/schema/team';
import type { Ctx } from '../context';
import { gridPaths } from '../scope';

export type StaffRecord = typeof staff.$inferSelect;
export type WorkerRecord = StaffRecord & { employment: EmploymentKind; startedOn: string };

/** A worker on the roster (employment set), or NOT_FOUND teamMemberNotFound. */
export function findWorker(ctx: Ctx, id: number): WorkerRecord {
  const row = ctx.db.select().from(staff).where(eq(staff.id, id)).get();
  if (!row || row.employment === null || row.startedOn === null) {
    throw new AppError('NOT_FOUND', `No worker ${id} on the team roster.`, { reason: 'teamMemberNotFound' });
  }
  return row as WorkerRecord;
}

/** The paths of the grids each person serves now (grid_staff rows without an end date), sorted. */
export function currentGrids(ctx: Ctx, staffIds: readonly number[]): Map<number, string[]> {
  const byStaff = new Map<number, string[]>();
  if (staffIds.length === 0) return byStaff;
  const duties = ctx.db
    .select({ staffId: gridStaff.staffId, gridId: gridStaff.gridId })
    .from(gridStaff)
    .where(and(inArray(gridStaff.staffId, [...staffIds]), isNull(gridStaff.until)))
    .all();
  const paths = gridPaths(
    ctx,
    duties.map((d) => d.gridId),
  );
  for (const d of duties) {
    const path = paths.get(d.gridId);
    if (path === undefined) continue;
    const list = byStaff.get(d.staffId) ?? [];
    if (!list.includes(path)) list.push(path);
    byStaff.set(d.staffId, list);
  }
  for (const list of byStaff.values()) list.sort();
  return byStaff;
}

function rowOf(record: WorkerRecord, grids: string[]): StaffRow {
  return {
    id: record.id,
    name: record.name,
    phone: record.phone,
    employment: record.employment,
    position: record.position,
    startedOn: record.startedOn,
    status: record.status,
    statusDate: record.statusDate,
    grids,
    userId: record.userId,
    version: record.version,
  };
}

/** Roster rows matching `where`: those at work first, then by name. */
export function staffRowsWhere(ctx: Ctx, where: SQL | undefined): StaffRow[] {
  const records = ctx.db
    .select()
    .from(staff)
    .where(and(isNotNull(staff.employment), where))
    .orderBy(sql`case ${staff.status} when 'active' then 0 else 1 end`, asc(staff.name), asc(staff.id))
    .all() as WorkerRecord[];
  const grids = currentGrids(
    ctx,
    records.map((r) => r.id),
  );
  return records.map((r) => rowOf(r, grids.get(r.id) ?? []));
}

/** One worker's roster row, as mutations answer it. */
export function staffRowOf(ctx: Ctx, id: number): StaffRow {
  const record = findWorker(ctx, id);
  return rowOf(record, currentGrids(ctx, [id]).get(id) ?? []);
}

/** A worker's status history, newest first. */
export function staffEventsOf(ctx: Ctx, staffId: number): StaffDetail['events'] {
  return ctx.db
    .select({
      id: staffEvents.id,
      kind: staffEvents.kind,
      date: staffEvents.date,
      reason: staffEvents.reason,
      employment: staffEvents.employment,
      actorName: staffEvents.actorName,
      at: staffEvents.createdAt,
    })
    .from(staffEvents)
    .where(eq(staffEvents.staffId, staffId))
    .orderBy(desc(staffEvents.date), desc(staffEvents.id))
    .all();
}
