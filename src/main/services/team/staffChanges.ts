// A worker's status change: eliminated (末位淘汰) or left. Refused for someone already gone, dated before they
// started or in the future; written as a history event, and their grid duties end on that day.
import { and, eq, isNull } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/errors';
import type { StaffRow } from '../../../shared/contract/team';
import { staffChangeDateProblem, staffEventOf, staffTransition } from '../../../shared/domain/gridTeam';
import { gridStaff, staff } from '../../db/schema/grids';
import { staffEvents } from '../../db/schema/team';
import type { Ctx } from '../context';
import { requireCurrentVersion } from '../households';
import { IssueList } from '../party/serviceIssues';
import { findWorker, staffRowOf, type WorkerRecord } from './rosterRows';

/** A staff_events row for the worker, dated and signed by the actor. */
export function recordStaffEvent(
  ctx: Ctx,
  worker: WorkerRecord,
  kind: (typeof staffEvents.$inferInsert)['kind'],
  date: string,
  reason: string,
): void {
  ctx.db
    .insert(staffEvents)
    .values({
      staffId: worker.id,
      kind,
      date,
      reason,
      employment: worker.employment,
      actorId: ctx.actor?.userId ?? null,
      actorName: ctx.actor?.displayName ?? '',
      createdAt: ctx.clock.now(),
    })
    .run();
}

/** Ends the person's grid duties still running on `date` (never before a duty began), each audited. */
function endGridDuties(ctx: Ctx, staffId: number, date: string): void {
  const running = ctx.db
    .select()
    .from(gridStaff)
    .where(and(eq(gridStaff.staffId, staffId), isNull(gridStaff.until)))
    .all();
  for (const before of running) {
    const until = date < before.since ? before.since : date;
    const after = ctx.db.update(gridStaff).set({ until }).where(eq(gridStaff.id, before.id)).returning().get();
    ctx.audit.record({ entity: 'grid_staff', entityId: before.id, before, after });
  }
}

export function changeStaff(ctx: Ctx, input: ParsedInputOf<'team.changeStaff'>): StaffRow {
  const worker = findWorker(ctx, input.id);
  requireCurrentVersion(worker, input.version);
  const status = staffTransition(worker.status, input.change);
  if (status === null) {
    throw new AppError('INVALID_TRANSITION', `${worker.name} is no longer at work.`, {
      reason: 'staffNotActive',
      params: { name: worker.name },
    });
  }
  const issues = new IssueList(ctx);
  const dateProblem = staffChangeDateProblem(worker.startedOn, input.date);
  if (dateProblem !== null) issues.add(['date'], dateProblem);
  issues.notInFuture(['date'], input.date).throwIfAny();

  const before = staffRowOf(ctx, worker.id);
  ctx.db
    .update(staff)
    .set({ status, statusDate: input.date, updatedAt: ctx.clock.now(), version: worker.version + 1 })
    .where(eq(staff.id, worker.id))
    .run();
  recordStaffEvent(ctx, worker, staffEventOf(input.change), input.date, input.reason);
  endGridDuties(ctx, worker.id, input.date);
  const after = staffRowOf(ctx, worker.id);
  ctx.audit.record({ entity: 'staff', entityId: worker.id, before, after });
  return after;
}
