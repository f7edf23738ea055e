// Who may inspect a place or walk a patrol as a grid worker: someone on the team roster who was at work that day.
import { eq } from 'drizzle-orm';
import { staff } from '../../db/schema';
import type { Ctx } from '../context';

export interface RosterWorker {
  id: number;
  name: string;
}

/**
 * The worker with this staff id when they are on the roster and active on `date` (YYYY-MM-DD): started by then and
 * still at work, or eliminated or gone only after that day; otherwise null. `name` is set whenever the person exists.
 */
export function rosterWorkerOn(ctx: Ctx, staffId: number, date: string): { worker: RosterWorker | null; name: string } {
  const person = ctx.db
    .select({
      id: staff.id,
      name: staff.name,
      employment: staff.employment,
      startedOn: staff.startedOn,
      status: staff.status,
      statusDate: staff.statusDate,
    })
    .from(staff)
    .where(eq(staff.id, staffId))
    .get();
  if (!person) return { worker: null, name: `#${staffId}` };
  const onRoster =
    person.employment !== null &&
    person.startedOn !== null &&
    person.startedOn <= date &&
    (person.status === 'active' || (person.statusDate !== null && person.statusDate >= date));
  return { worker: onRoster ? { id: person.id, name: person.name } : null, name: person.name };
}
