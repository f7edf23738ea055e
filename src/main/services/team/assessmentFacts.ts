// Each worker's month as the assessment counts it (MonthlyFacts), gathered for every worker of the month at once:
// one set-based query per kind of record (households and visits, cases, training, inspections), never one per worker.
import type { Fraction, MonthlyFacts } from '../../../shared/domain/assessment';
import { openCaseStatuses } from '../../../shared/domain/cases';
import { startOfLocalDate } from '../../../shared/domain/dates';
import type { EmploymentKind, StaffStatus } from '../../../shared/domain/gridTeam';
import { addMonths } from '../../../shared/domain/months';
import type { Ctx } from '../context';

/** The month's first and last dates, and its bounds as instants [from, to). */
export interface MonthSpan {
  month: string;
  first: string;
  last: string;
  from: number;
  to: number;
}

export function monthSpan(month: string): MonthSpan {
  const first = `${month}-01`;
  const next = `${addMonths(month, 1)}-01`;
  const from = startOfLocalDate(first);
  const to = startOfLocalDate(next);
  // The day before the next month's first, read in the same zone as the bounds.
  const last = `${month}-${String(Math.round((to - from) / 86_400_000)).padStart(2, '0')}`;
  return { month, first, last, from, to };
}

export interface MonthWorker {
  staffId: number;
  name: string;
  userId: number | null;
  employment: EmploymentKind;
  status: StaffStatus;
}

/** Workers on the roster during the month: started by its end, and active or changed no earlier than its start. */
export function monthRoster(ctx: Ctx, span: MonthSpan): MonthWorker[] {
  return ctx.sqlite
    .prepare(
      `select id as staffId, name, user_id as userId, employment, status from staff
        where employment is not null and started_on <= ? and (status = 'active' or status_date >= ?)
        order by id`,
    )
    .all(span.last, span.first) as MonthWorker[];
}

/** The grids (not their subtrees) each worker served at some time during the month. */
export function monthGrids(ctx: Ctx, span: MonthSpan, staffIds: readonly number[]): Map<number, number[]> {
  const rows = ctx.sqlite
    .prepare(
      `select distinct staff_id as staffId, grid_id as gridId from grid_staff
        where staff_id in (select value from json_each(?)) and since <= ? and (until is null or until >= ?)
        order by staff_id, grid_id`,
    )
    .all(JSON.stringify(staffIds), span.last, span.first) as { staffId: number; gridId: number }[];
  const byStaff = new Map<number, number[]>();
  for (const row of rows) byStaff.set(row.staffId, [...(byStaff.get(row.staffId) ?? []), row.gridId]);
  return byStaff;
}

type Counts = Record<string, number>;

/** Rows keyed by staffId, for the fractions built below. */
function byStaff(rows: ({ staffId: number } & Counts)[]): Map<number, Counts> {
  return new Map(rows.map((row) => [row.staffId, row]));
}

/**
 * Households in each worker's grids and those visited in the month, from the register's and the visits' monthly
 * rollups (migration 0009): the same figures the visits' coverage table shows, a few rows per grid instead of every
 * household of a district. A visit counts for the grid the household was on that day, as coverage counts it.
 */
function households(ctx: Ctx, span: MonthSpan, staffIds: string): Map<number, Counts> {
  return byStaff(
    ctx.sqlite
      .prepare(
        `with recursive served(staff_id, grid_id) as (
           select staff_id, grid_id from grid_staff
            where staff_id in (select value from json_each(?)) and since <= ? and (until is null or until >= ?)
           union
           select s.staff_id, g.id from grids g join served s on g.parent_id = s.grid_id
         ),
         per_staff as (
           select s.staff_id,
                  total((select total(r.households_added - r.households_archived) from register_monthly_counts r
                          where r.grid_id = s.grid_id)) as households,
                  total((select v.households_visited from visit_monthly_counts v
                          where v.grid_id = s.grid_id and v.month = ?)) as visited
             from served s group by s.staff_id
         )
         select staff_id as staffId, households, min(visited, households) as visited from per_staff`,
      )
      .all(staffIds, span.last, span.first, span.month) as ({ staffId: number } & Counts)[],
  );
}

/**
 * Cases by their handler's account. A case still open past its deadline when the month ended (or now, for the
 * current month) counts as late, so holding a case back never helps. Each kind is counted from the one index that
 * holds it with every column it needs (resolved in the month, followed up in the month, open or resolved late),
 * never from every case a handler ever had: a district's grid worker has handled tens of thousands.
 */
function cases(ctx: Ctx, span: MonthSpan, users: string): Map<number, Counts> {
  const cutoff = Math.min(span.to, ctx.clock.now());
  const params = { users, from: span.from, to: span.to, cutoff, open: JSON.stringify(openCaseStatuses) };
  const handledBy = `handler_user_id in (select json_extract(value, '$[1]') from json_each(:users))`;
  const counted = [
    `select handler_user_id as userId, count(*) as resolved, total(resolved_at <= resolve_by) as onTime,
            total(first_handling_resolved) as firstContact
       from cases indexed by cases_resolved_idx
      where resolved_at >= :from and resolved_at < :to and status <> 'voided' and ${handledBy}
      group by handler_user_id`,
    `select handler_user_id as userId, count(*) as followedUp,
            total(satisfaction in ('satisfied', 'basically_satisfied')) as satisfied
       from cases indexed by cases_followed_up_idx
      where followed_up_at >= :from and followed_up_at < :to and satisfaction is not null and status <> 'voided'
        and ${handledBy}
      group by handler_user_id`,
    `select handler_user_id as userId, count(*) as lateOpen
       from cases indexed by cases_late_idx
      where (resolved_at is null or resolved_at > resolve_by) and resolve_by < :cutoff and registered_at < :cutoff
        and ((resolved_at is null and status in (select value from json_each(:open))) or resolved_at >= :cutoff)
        and status <> 'voided' and ${handledBy}
      group by handler_user_id`,
  ];
  const staffOf = new Map((JSON.parse(users) as [number, number][]).map(([staffId, userId]) => [userId, staffId]));
  const byStaffId = new Map<number, Counts>();
  for (const query of counted) {
    for (const { userId, ...counts } of ctx.sqlite.prepare(query).all(params) as ({ userId: number } & Counts)[]) {
      const staffId = staffOf.get(userId);
      if (staffId !== undefined) byStaffId.set(staffId, { ...byStaffId.get(staffId), ...counts });
    }
  }
  return byStaffId;
}

function training(ctx: Ctx, span: MonthSpan, staffIds: string): Map<number, Counts> {
  return byStaff(
    ctx.sqlite
      .prepare(
        `select a.staff_id as staffId, count(*) as expected, total(a.present) as attended
           from training_attendance a join training_sessions s on s.id = a.session_id
          where s.month = ? and a.staff_id in (select value from json_each(?))
          group by a.staff_id`,
      )
      .all(span.month, staffIds) as ({ staffId: number } & Counts)[],
  );
}

function inspections(ctx: Ctx, span: MonthSpan, staffIds: string): Map<number, Counts> {
  return byStaff(
    ctx.sqlite
      .prepare(
        `select inspector_staff_id as staffId, count(*) as made from inspections
          where month = ? and inspector_staff_id in (select value from json_each(?))
          group by inspector_staff_id`,
      )
      .all(span.month, staffIds) as ({ staffId: number } & Counts)[],
  );
}

const fraction = (numerator: number | undefined, denominator: number | undefined): Fraction => ({
  numerator: numerator ?? 0,
  denominator: denominator ?? 0,
});

/** Every worker's MonthlyFacts, in a handful of queries whatever the number of workers. */
export function monthlyFacts(ctx: Ctx, span: MonthSpan, workers: readonly MonthWorker[]): Map<number, MonthlyFacts> {
  const staffIds = JSON.stringify(workers.map((w) => w.staffId));
  const users = JSON.stringify(workers.filter((w) => w.userId !== null).map((w) => [w.staffId, w.userId]));
  const homes = households(ctx, span, staffIds);
  const handled = cases(ctx, span, users);
  const sessions = training(ctx, span, staffIds);
  const made = inspections(ctx, span, staffIds);
  const facts = new Map<number, MonthlyFacts>();
  for (const { staffId } of workers) {
    const h = homes.get(staffId);
    const c = handled.get(staffId);
    const t = sessions.get(staffId);
    facts.set(staffId, {
      visitCoverage: fraction(h?.visited, h?.households),
      caseOnTime: fraction(c?.onTime, (c?.resolved ?? 0) + (c?.lateOpen ?? 0)),
      firstContact: fraction(c?.firstContact, c?.resolved),
      trainingAttendance: fraction(t?.attended, t?.expected),
      satisfaction: fraction(c?.satisfied, c?.followedUp),
      inspections: made.get(staffId)?.made ?? 0,
    });
  }
  return facts;
}
