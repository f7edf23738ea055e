// Training as the screens read it: the session row with its present and absent counts, one session with its
// attendance, and the attendance rows over a period that training hours are summed from.
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import type { TrainingRow } from '../../../shared/contract/team';
import type { TrainingAttendance } from '../../../shared/domain/gridTeam';
import { staff } from '../../db/schema/grids';
import { trainingAttendance, trainingSessions } from '../../db/schema/team';
import type { Ctx } from '../context';

export const trainingRowColumns = {
  id: trainingSessions.id,
  heldOn: trainingSessions.heldOn,
  topic: trainingSessions.topic,
  organiser: trainingSessions.organiser,
  hours: trainingSessions.hours,
  location: trainingSessions.location,
  present: sql<number>`(select count(*) from training_attendance a where a.session_id = ${trainingSessions.id} and a.present = 1)`,
  absent: sql<number>`(select count(*) from training_attendance a where a.session_id = ${trainingSessions.id} and a.present = 0)`,
  version: trainingSessions.version,
};

function findSessionRow(ctx: Ctx, id: number): TrainingRow {
  const row = ctx.db.select(trainingRowColumns).from(trainingSessions).where(eq(trainingSessions.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `No training session ${id}.`, { reason: 'trainingNotFound' });
  return row;
}

/** One session with everyone expected, present first, then by name. */
export function trainingDetailOf(ctx: Ctx, id: number) {
  const row = findSessionRow(ctx, id);
  const attendance = ctx.db
    .select({ staffId: trainingAttendance.staffId, name: staff.name, present: trainingAttendance.present })
    .from(trainingAttendance)
    .innerJoin(staff, eq(staff.id, trainingAttendance.staffId))
    .where(eq(trainingAttendance.sessionId, id))
    .orderBy(sql`${trainingAttendance.present} desc`, staff.name, staff.id)
    .all();
  return { ...row, attendance };
}

/** Every attendance row of the sessions held from `from` to `to` (both included), present or not. */
export function attendanceBetween(
  ctx: Ctx,
  from: string,
  to: string,
  staffId?: number,
): (TrainingAttendance & { present: boolean })[] {
  return ctx.db
    .select({
      staffId: trainingAttendance.staffId,
      date: trainingSessions.heldOn,
      hours: trainingSessions.hours,
      present: trainingAttendance.present,
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(
      and(
        gte(trainingSessions.heldOn, from),
        lte(trainingSessions.heldOn, to),
        staffId === undefined ? undefined : eq(trainingAttendance.staffId, staffId),
      ),
    )
    .all();
}
