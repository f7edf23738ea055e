// Recording a training session: held today or before, and an attendance list of workers on the roster and at work
// that day, each named once; nothing is written when any of it is wrong.
import { eq } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import { staff } from '../../db/schema/grids';
import { trainingAttendance, trainingSessions } from '../../db/schema/team';
import type { Ctx } from '../context';
import { IssueList } from '../party/serviceIssues';
import { trainingDetailOf } from './trainingRows';

type TrainingInput = ParsedInputOf<'team.recordTraining'>;

/** On the roster and at work on `date`: started by then, and still active or gone only on or after that day. */
function atWorkOn(person: typeof staff.$inferSelect, date: string): boolean {
  if (person.employment === null || person.startedOn === null || person.startedOn > date) return false;
  return person.status === 'active' || (person.statusDate !== null && person.statusDate >= date);
}

function checkAttendance(ctx: Ctx, input: TrainingInput, issues: IssueList): void {
  const seen = new Set<number>();
  input.attendance.forEach((entry, i) => {
    const path = ['attendance', i, 'staffId'];
    if (seen.has(entry.staffId)) {
      issues.add(path, 'trainingAttendeeRepeated');
      return;
    }
    seen.add(entry.staffId);
    const person = ctx.db.select().from(staff).where(eq(staff.id, entry.staffId)).get();
    if (!person || !atWorkOn(person, input.heldOn)) {
      issues.add(path, 'attendeeNotOnRoster', { name: person?.name ?? `#${entry.staffId}` });
    }
  });
}

export function recordTraining(ctx: Ctx, input: TrainingInput) {
  const issues = new IssueList(ctx);
  issues.notInFuture(['heldOn'], input.heldOn);
  checkAttendance(ctx, input, issues);
  issues.throwIfAny();
  const now = ctx.clock.now();
  const session = ctx.db
    .insert(trainingSessions)
    .values({
      heldOn: input.heldOn,
      month: input.heldOn.slice(0, 7),
      topic: input.topic,
      organiser: input.organiser,
      hours: input.hours,
      location: input.location || null,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: trainingSessions.id })
    .get();
  ctx.db
    .insert(trainingAttendance)
    .values(input.attendance.map((a) => ({ sessionId: session.id, staffId: a.staffId, present: a.present })))
    .run();
  const after = trainingDetailOf(ctx, session.id);
  ctx.audit.record({ entity: 'training_sessions', entityId: session.id, after });
  return after;
}
