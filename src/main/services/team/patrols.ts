// Patrols (警网融合巡逻): the list, newest first, with who was out; and recording one: its times, and participants
// who are grid workers on the roster (named from it) or police and volunteers by name.
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import type { PatrolRow } from '../../../shared/contract/team';
import { localDate } from '../../../shared/domain/dates';
import { patrolTimeProblem } from '../../../shared/domain/gridTeam';
import { patrolParticipants, patrols } from '../../db/schema';
import type { Ctx, Handlers } from '../context';
import { keysetPage } from '../paging';
import { IssueList } from '../party/serviceIssues';
import { rosterWorkerOn } from './patrolWorkers';
import { checkActiveGrid } from './placeRows';

type PatrolInput = ParsedInputOf<'team.recordPatrol'>;
type Participant = PatrolRow['participants'][number];

const patrolColumns = {
  id: patrols.id,
  team: patrols.team,
  area: patrols.area,
  gridId: patrols.gridId,
  startedAt: patrols.startedAt,
  endedAt: patrols.endedAt,
  findings: patrols.findings,
};

/** The patrols with their participants, in the order they were entered. */
function withParticipants(ctx: Ctx, rows: Omit<PatrolRow, 'participants'>[]): PatrolRow[] {
  const ids = rows.map((r) => r.id);
  const byPatrol = new Map<number, Participant[]>();
  if (ids.length > 0) {
    const people = ctx.db
      .select({
        patrolId: patrolParticipants.patrolId,
        kind: patrolParticipants.kind,
        staffId: patrolParticipants.staffId,
        name: patrolParticipants.name,
      })
      .from(patrolParticipants)
      .where(inArray(patrolParticipants.patrolId, ids))
      .orderBy(asc(patrolParticipants.id))
      .all();
    for (const { patrolId, ...person } of people) {
      const list = byPatrol.get(patrolId) ?? [];
      list.push(person);
      byPatrol.set(patrolId, list);
    }
  }
  return rows.map((r) => ({ ...r, participants: byPatrol.get(r.id) ?? [] }));
}

/** Each participant as stored, or the problems found: grid workers from the roster that day, others by name. */
function participantsOf(ctx: Ctx, input: PatrolInput, issues: IssueList): Participant[] {
  const day = localDate(input.startedAt);
  return input.participants.map((p, i) => {
    if (p.kind !== 'grid_worker') {
      // Police and volunteers are recorded by name; the staff ids are for grid workers on the roster.
      if (!p.name) issues.add(['participants', i, 'name'], 'patrolParticipantName');
      if (p.staffId !== undefined) issues.add(['participants', i, 'staffId'], 'patrolParticipantName');
      return { kind: p.kind, staffId: null, name: p.name ?? '' };
    }
    if (p.staffId === undefined) {
      issues.add(['participants', i, 'staffId'], 'patrolParticipantName');
      return { kind: p.kind, staffId: null, name: '' };
    }
    const { worker, name } = rosterWorkerOn(ctx, p.staffId, day);
    if (worker === null) issues.add(['participants', i, 'staffId'], 'attendeeNotOnRoster', { name });
    return { kind: p.kind, staffId: p.staffId, name };
  });
}

export const patrolsHandlers: Handlers<'team.patrols' | 'team.recordPatrol'> = {
  'team.patrols': (ctx, input) => {
    const filter = input.month === undefined ? undefined : eq(patrols.month, input.month);
    const total = ctx.db.select({ n: count() }).from(patrols).where(filter).get()?.n ?? 0;
    // Newest first by start; the cursor is the last patrol's id, its start read back for the (start, id) key.
    const after =
      input.cursor === undefined
        ? undefined
        : sql`(${patrols.startedAt}, ${patrols.id}) < ((select started_at from patrols where id = ${input.cursor}), ${input.cursor})`;
    const rows = ctx.db
      .select(patrolColumns)
      .from(patrols)
      .where(and(filter, after))
      .orderBy(desc(patrols.startedAt), desc(patrols.id))
      .limit(input.limit + 1)
      .all();
    const { page, nextCursor } = keysetPage(rows, input.limit, (r) => r.id);
    return { rows: withParticipants(ctx, page), total, nextCursor };
  },

  'team.recordPatrol': (ctx, input) => {
    const issues = new IssueList(ctx);
    if (input.startedAt > ctx.clock.now()) issues.add(['startedAt'], 'dateInFuture');
    const timeProblem = patrolTimeProblem(input.startedAt, input.endedAt);
    if (timeProblem !== null) issues.add(['endedAt'], timeProblem);
    if (input.gridId !== undefined) checkActiveGrid(ctx, input.gridId, issues);
    const participants = participantsOf(ctx, input, issues);
    issues.throwIfAny();
    const now = ctx.clock.now();
    const { id } = ctx.db
      .insert(patrols)
      .values({
        team: input.team,
        area: input.area,
        gridId: input.gridId ?? null,
        startedAt: input.startedAt,
        endedAt: input.endedAt,
        // The month of the start at the centre, as a case's registered month is of its registration.
        month: localDate(input.startedAt).slice(0, 7),
        findings: input.findings,
        createdAt: now,
      })
      .returning({ id: patrols.id })
      .get();
    ctx.db
      .insert(patrolParticipants)
      .values(participants.map((p) => ({ patrolId: id, ...p })))
      .run();
    const [after] = withParticipants(ctx, ctx.db.select(patrolColumns).from(patrols).where(eq(patrols.id, id)).all());
    if (!after) throw new Error(`Patrol ${id} vanished while it was being recorded.`);
    ctx.audit.record({ entity: 'patrols', entityId: id, after });
    return after;
  },
};
