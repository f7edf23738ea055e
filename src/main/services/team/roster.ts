// The team roster (队伍名册): full- and part-time grid workers with their grids, history and training hours; putting
// someone on it (a person already serving on grids, or a new one), editing their details, and status changes.
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/errors';
import type { StaffRow } from '../../../shared/contract/team';
import { trainingHours } from '../../../shared/domain/gridTeam';
import { staff } from '../../db/schema/grids';
import type { Ctx, Handlers } from '../context';
import { requireCurrentVersion } from '../households';
import { IssueList, today } from '../party/serviceIssues';
import { currentGrids, findWorker, staffEventsOf, staffRowOf, staffRowsWhere } from './rosterRows';
import { changeStaff, recordStaffEvent } from './staffChanges';
import { attendanceBetween } from './trainingRows';

/** The columns team.addStaff sets on the person, whoever they are. */
function teamColumns(input: ParsedInputOf<'team.addStaff'>) {
  return {
    employment: input.employment,
    position: input.position || null,
    startedOn: input.startedOn,
    status: 'active' as const,
    statusDate: null,
  };
}

/** The person named by staffId, not yet on the roster (a worker who left comes back as a new roster entry). */
function existingCandidate(ctx: Ctx, staffId: number) {
  const person = ctx.db.select().from(staff).where(eq(staff.id, staffId)).get();
  if (!person) throw new AppError('NOT_FOUND', `No staff person ${staffId}.`, { reason: 'staffNotFound' });
  if (person.employment !== null) {
    throw new AppError('CONFLICT', `${person.name} is already on the team roster.`, {
      reason: 'alreadyOnTeam',
      params: { name: person.name },
    });
  }
  return person;
}

function addStaff(ctx: Ctx, input: ParsedInputOf<'team.addStaff'>): StaffRow {
  const issues = new IssueList(ctx);
  if (input.staffId === undefined && input.name === undefined) issues.add(['name'], 'staffOrNameRequired');
  issues.notInFuture(['startedOn'], input.startedOn).throwIfAny();
  const now = ctx.clock.now();
  let staffId: number;
  if (input.staffId !== undefined) {
    const person = existingCandidate(ctx, input.staffId);
    ctx.db
      .update(staff)
      .set({
        ...teamColumns(input),
        phone: input.phone ?? person.phone,
        updatedAt: now,
        version: person.version + 1,
      })
      .where(eq(staff.id, person.id))
      .run();
    staffId = person.id;
  } else {
    staffId = ctx.db
      .insert(staff)
      .values({
        name: input.name ?? '',
        phone: input.phone ?? null,
        ...teamColumns(input),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: staff.id })
      .get().id;
  }
  recordStaffEvent(ctx, findWorker(ctx, staffId), 'joined', input.startedOn, '');
  const after = staffRowOf(ctx, staffId);
  ctx.audit.record({ entity: 'staff', entityId: staffId, after });
  return after;
}

function updateStaff(ctx: Ctx, input: ParsedInputOf<'team.updateStaff'>): StaffRow {
  const worker = findWorker(ctx, input.id);
  requireCurrentVersion(worker, input.version);
  const before = staffRowOf(ctx, worker.id);
  ctx.db
    .update(staff)
    .set({
      phone: input.phone ?? null,
      employment: input.employment,
      position: input.position || null,
      updatedAt: ctx.clock.now(),
      version: worker.version + 1,
    })
    .where(eq(staff.id, worker.id))
    .run();
  const after = staffRowOf(ctx, worker.id);
  ctx.audit.record({ entity: 'staff', entityId: worker.id, before, after });
  return after;
}

/** A grid duty still running for the person in the outer query. */
const servingNow = sql`exists (select 1 from grid_staff gs where gs.staff_id = ${staff.id} and gs.until is null)`;

export const rosterHandlers: Handlers<
  'team.staff' | 'team.staffMember' | 'team.candidates' | 'team.addStaff' | 'team.updateStaff' | 'team.changeStaff'
> = {
  'team.staff': (ctx, input) => {
    const q = input.q || undefined;
    const rows = staffRowsWhere(
      ctx,
      and(
        input.status === undefined ? undefined : eq(staff.status, input.status),
        input.employment === undefined ? undefined : eq(staff.employment, input.employment),
        q === undefined ? undefined : or(sql`instr(${staff.name}, ${q}) > 0`, sql`instr(${staff.phone}, ${q}) > 0`),
      ),
    );
    return { rows };
  },

  'team.staffMember': (ctx, input) => {
    const row = staffRowOf(ctx, input.id);
    const year = today(ctx).slice(0, 4);
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const attended = attendanceBetween(ctx, from, to, row.id).filter((a) => a.present);
    return {
      ...row,
      events: staffEventsOf(ctx, row.id),
      trainingHoursThisYear: trainingHours(attended, row.id, from, to),
    };
  },

  'team.candidates': (ctx) => {
    const people = ctx.db
      .select({ id: staff.id, name: staff.name })
      .from(staff)
      .where(and(isNull(staff.employment), servingNow))
      .orderBy(asc(staff.name), asc(staff.id))
      .all();
    const grids = currentGrids(
      ctx,
      people.map((p) => p.id),
    );
    return { rows: people.map((p) => ({ ...p, grids: grids.get(p.id) ?? [] })) };
  },

  'team.addStaff': addStaff,
  'team.updateStaff': updateStaff,
  'team.changeStaff': changeStaff,
};
