// The floor of `summaries.month` for the street: every section's figures (the month, the one before, the same month
// a year before), chart values and table rows in one hand-written SELECT, with what the services work out in code
// (sums over sub-grids, dues by income bracket, 三会一课 owed, the assessment's scores and ranks) written as SQL.
import type Database from 'better-sqlite3';
import type { MonthlySummary } from '../../src/shared/contract/stats';
import { defaultAssessmentPlan } from '../../src/shared/domain/assessment';
import { caseSources, openCaseStatuses } from '../../src/shared/domain/cases';
import { startOfLocalDate } from '../../src/shared/domain/dates';
import { placeKinds } from '../../src/shared/domain/gridTeam';
import { summarySections } from '../../src/shared/domain/monthlySummary';
import { addMonths } from '../../src/shared/domain/months';
import { meetingFrequencies, meetingTypes } from '../../src/shared/domain/partyLife';
import { inList } from './floorSql';

/** A section as the floor gives it: per month (value, previous, last year) its figures, the chart's values, the table. */
export interface SectionFigures {
  months: (number | null)[][];
  chart: (number | null)[];
  rows: (number | null)[][];
}

/** Each section's numbers from the answer, shaped as the floor gives them. */
export function answerFigures(summary: MonthlySummary): Record<string, SectionFigures> {
  const monthKeys = ['value', 'previous', 'lastYear'] as const;
  return Object.fromEntries(
    summary.sections.map((s) => [
      s.key,
      {
        months: monthKeys.map((m) => s.figures.map((f) => f[m])),
        chart: s.chart.points.map((p) => p.value),
        rows: s.table.rows.map((r) => r.values),
      },
    ]),
  );
}

/** The fields where the two differ: to a relative 1e-9, for sums of fractions added in another order (counts exact). */
export function differingFields(
  answer: Record<string, SectionFigures>,
  floor: Record<string, SectionFigures>,
): string[] {
  const same = (a: unknown, b: unknown): boolean => {
    if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
    return a === b;
  };
  const differing: string[] = [];
  for (const key of new Set([...Object.keys(answer), ...Object.keys(floor)])) {
    for (const part of ['months', 'chart', 'rows'] as const) {
      if (!same(answer[key]?.[part], floor[key]?.[part])) differing.push(`${key}.${part}`);
    }
  }
  return differing;
}

/** The statement's parameters for a month of the street: its three months with their bounds. */
export function summaryFloorParams(streetId: number, month: string, now: number) {
  const months = [month, addMonths(month, -1), addMonths(month, -12)].map((m) => [
    m,
    startOfLocalDate(`${m}-01`),
    startOfLocalDate(`${addMonths(m, 1)}-01`),
  ]);
  return { street: streetId, months: JSON.stringify(months), now, defaultPlan: JSON.stringify(defaultAssessmentPlan) };
}

export function parseSummaryFloor(row: Record<string, string>): Record<string, SectionFigures> {
  return Object.fromEntries(summarySections.map((key) => [key, JSON.parse(row[key] ?? 'null') as SectionFigures]));
}

const meetingsOf = (frequency: 'monthly' | 'quarterly') =>
  inList(meetingTypes.filter((type) => meetingFrequencies[type] === frequency));
const monthlyMeetings = meetingsOf('monthly');
const quarterlyMeetings = meetingsOf('quarterly');

/** shared/domain/partyDues.monthlyDuesFen: the bracket's basis points of the whole income, rounded half up. */
const duesFenSql = `case p.income_category
  when 'employed' then (p.income_fen * case when p.income_fen <= 300000 then 50 when p.income_fen <= 500000 then 100
    when p.income_fen <= 1000000 then 150 else 200 end + 5000) / 10000
  when 'retired' then (p.income_fen * case when p.income_fen <= 500000 then 50 else 100 end + 5000) / 10000
  else 20 end`;

/** A section's JSON from its per-month, chart and row queries (each a subquery giving a JSON array per row). */
const sectionJson = (months: string, chart: string, rows: string) =>
  `json_object('months', (select json_group_array(json(v)) from (${months})),
               'chart', (select json_group_array(v) from (${chart})),
               'rows', (select json_group_array(json(v)) from (${rows})))`;

/**
 * The statement. Parts that several columns read are `materialized`: inlined, SQLite would compute them again for
 * each use (the assessment took 150 ms instead of 8 on the demo street).
 */
export function summaryFloor(sqlite: Database.Database): Database.Statement {
  return sqlite.prepare(`with recursive
  months(idx, month, fromMs, toMs, first, last, q1, q3) as materialized (
    select key, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
           json_extract(value, '$[0]') || '-01', date(json_extract(value, '$[0]') || '-01', '+1 month', '-1 day'),
           substr(json_extract(value, '$[0]'), 1, 5) || printf('%02d', (cast(substr(json_extract(value, '$[0]'), 6, 2) as integer) - 1) / 3 * 3 + 1),
           substr(json_extract(value, '$[0]'), 1, 5) || printf('%02d', (cast(substr(json_extract(value, '$[0]'), 6, 2) as integer) - 1) / 3 * 3 + 3)
      from json_each(@months)),
  scope(id) as materialized (select @street union all select g.id from grids g join scope s on g.parent_id = s.id),
  row_grids(pos, id) as (
    select row_number() over (order by coalesce(code, name), name), id from grids
     where parent_id = @street and archived_at is null),
  row_members(pos, id) as materialized (select pos, id from row_grids union all
    select r.pos, g.id from grids g join row_members r on g.parent_id = r.id),
  -- households: totals up to each month and its changes, per grid, from the register's rollup
  reg_grid(idx, grid_id, households, residents, added, archived, residentsAdded, movedOut, deceased) as materialized (
    select m.idx, r.grid_id, sum(r.households_added - r.households_archived),
           sum(r.residents_added - r.moved_out - r.deceased), sum(iif(r.month = m.month, r.households_added, 0)),
           sum(iif(r.month = m.month, r.households_archived, 0)), sum(iif(r.month = m.month, r.residents_added, 0)),
           sum(iif(r.month = m.month, r.moved_out, 0)), sum(iif(r.month = m.month, r.deceased, 0))
      from months m join register_monthly_counts r on r.month <= m.month
     where r.grid_id in (select id from scope) group by m.idx, r.grid_id),
  reg_known(idx, known) as (
    select idx, (select min(month) from register_monthly_counts) <= month from months),
  -- visits: households each grid has now, and the three months' visits
  homes_now(grid_id, n) as materialized (
    select grid_id, total(households_added - households_archived) from register_monthly_counts
     where grid_id in (select id from scope) group by grid_id),
  visit_grid(idx, grid_id, visits, visited) as materialized (
    select m.idx, v.grid_id, v.visits, v.households_visited from months m
      join visit_monthly_counts v on v.month = m.month where v.grid_id in (select id from scope)),
  -- cases: the rollup's months per top category, and the month's intake by source
  case_cat(idx, category, registered, hotline, resolved, onTime, firstContact, followedUp, satisfied) as materialized (
    select m.idx, s.top_category_id, sum(s.registered), sum(s.hotline), sum(s.resolved), sum(s.resolved_on_time),
           sum(s.first_contact_resolved), sum(s.followed_up), sum(s.satisfied)
      from months m join case_monthly_stats s on s.month = m.month
     where s.grid_id in (select id from scope) group by m.idx, s.top_category_id),
  case_month(idx, registered, hotline, resolved, onTime, firstContact, followedUp, satisfied) as materialized (
    select m.idx, coalesce(sum(c.registered), 0), coalesce(sum(c.hotline), 0), coalesce(sum(c.resolved), 0),
           coalesce(sum(c.onTime), 0), coalesce(sum(c.firstContact), 0), coalesce(sum(c.followedUp), 0),
           coalesce(sum(c.satisfied), 0)
      from months m left join case_cat c on c.idx = m.idx
     where (select min(month) from case_monthly_stats) <= m.month group by m.idx),
  intake(source, n) as materialized (
    select c.source, count(*) from cases c indexed by cases_registered_idx
     where c.registered_at >= (select fromMs from months where idx = 0)
       and c.registered_at < (select toMs from months where idx = 0)
       and c.status <> 'voided' and c.grid_id in (select id from scope) group by c.source),
  -- wishes posted, claimed and fulfilled, per grid
  wish_grid(idx, grid_id, posted, claimed, fulfilled) as materialized (
    select idx, grid_id, sum(what = 0), sum(what = 1), sum(what = 2) from (
      select m.idx, c.grid_id, 0 as what from months m join cases c indexed by cases_registered_idx
          on c.registered_at >= m.fromMs and c.registered_at < m.toMs where c.kind = 'wish' and c.status <> 'voided'
      union all
      select m.idx, c.grid_id, 1 from months m join cases c indexed by cases_wish_claimed_idx
          on c.claimed_at >= m.fromMs and c.claimed_at < m.toMs where c.kind = 'wish' and c.status <> 'voided'
      union all
      select m.idx, c.grid_id, 2 from months m join cases c indexed by cases_wish_resolved_idx
          on c.resolved_at >= m.fromMs and c.resolved_at < m.toMs where c.kind = 'wish' and c.status <> 'voided')
     where grid_id in (select id from scope) group by idx, grid_id),
  -- inspections by place kind
  insp(idx, kind, inspections, found, fixed) as materialized (
    select m.idx, p.kind, count(*), count(i.case_id), total(c.resolved_at is not null and c.status <> 'voided')
      from months m join inspections i on i.month = m.month join places p on p.id = i.place_id
      left join cases c on c.id = i.case_id
     where i.grid_id in (select id from scope) group by m.idx, p.kind),
  -- patrols by team (the street's also those kept without a grid)
  patrol_team(idx, team, patrols, hours, participants) as materialized (
    select m.idx, p.team, count(*), total(p.ended_at - p.started_at) / 3600000.0,
           total((select count(*) from patrol_participants pp where pp.patrol_id = p.id))
      from months m join patrols p on p.month = m.month
     where p.grid_id in (select id from scope) or p.grid_id is null group by m.idx, p.team),
  -- training: the street's sessions with everyone expected
  session(idx, id, heldOn, hours, expected, attended) as materialized (
    select m.idx, s.id, s.held_on, s.hours, count(a.staff_id), coalesce(sum(a.present), 0)
      from months m join training_sessions s on s.month = m.month
      left join training_attendance a on a.session_id = s.id group by m.idx, s.id),
  -- party: each branch's month
  branch(pos, id) as (
    select row_number() over (order by name, id), id from party_branches
     where archived_at is null and grid_id in (select id from scope)),
  branch_month(idx, pos, members, held, required, requiredHeld, dueFen, paidFen, hours, onTheJob) as materialized (
    select m.idx, b.pos,
      (select count(*) from party_members p where p.branch_id = b.id and p.arrived_on <= m.last
          and (p.status = 'active' or p.status_date > m.last)),
      (select count(*) from party_meetings g where g.branch_id = b.id and g.month = m.month),
      3 + 2 * (m.month = m.q3),
      (select count(distinct g.type) from party_meetings g
        where g.branch_id = b.id and g.month between m.q1 and m.q3
          and ((g.type in ${monthlyMeetings} and substr(g.held_on, 1, 7) = m.month)
            or (m.month = m.q3 and g.type in ${quarterlyMeetings} and substr(g.held_on, 1, 7) between m.q1 and m.q3))),
      (select coalesce(sum(coalesce(d.due_fen, ${duesFenSql})), 0) from party_members p
         left join party_dues_payments d on d.member_id = p.id and d.month = m.month
        where p.branch_id = b.id and p.arrived_on <= m.month || '-31'
          and (p.status = 'active' or p.status_date >= m.first)),
      (select coalesce(sum(d.paid_fen), 0) from party_members p
         join party_dues_payments d on d.member_id = p.id and d.month = m.month
        where p.branch_id = b.id and p.arrived_on <= m.month || '-31'
          and (p.status = 'active' or p.status_date >= m.first)),
      (select total(s.hours) from party_service_records s where s.branch_id = b.id and s.month = m.month),
      (select total(s.hours) from party_service_records s join party_members p on p.id = s.member_id
        where s.branch_id = b.id and s.month = m.month and p.kind = 'on_the_job')
      from months m cross join branch b),
  -- assessment: every worker of each month scored under the plan in force and ranked within their employment
  plan(items, bottomCount) as (
    select json_extract(p, '$.items'), json_extract(p, '$.bottomCount')
      from (select coalesce((select plan from assessment_plans order by id desc limit 1), @defaultPlan) as p)),
  item(key, weight, source, metric, target) as materialized (
    select json_extract(value, '$.key'), json_extract(value, '$.weight'), json_extract(value, '$.source'),
           json_extract(value, '$.metric'), json_extract(value, '$.inspectionTarget') from plan, json_each(plan.items)),
  worker(idx, staff_id, user_id, employment) as materialized (
    select m.idx, s.id, s.user_id, s.employment from months m join staff s
        on s.employment is not null and s.started_on <= m.last and (s.status = 'active' or s.status_date >= m.first)),
  served(idx, staff_id, grid_id) as (
    select w.idx, gs.staff_id, gs.grid_id from worker w join months m on m.idx = w.idx
      join grid_staff gs on gs.staff_id = w.staff_id and gs.since <= m.last and (gs.until is null or gs.until >= m.first)
    union
    select s.idx, s.staff_id, g.id from grids g join served s on g.parent_id = s.grid_id),
  worker_homes(idx, staff_id, households, visited) as materialized (
    select s.idx, s.staff_id,
           total((select total(r.households_added - r.households_archived) from register_monthly_counts r
                   where r.grid_id = s.grid_id)),
           total((select v.households_visited from visit_monthly_counts v join months m on m.idx = s.idx
                   where v.grid_id = s.grid_id and v.month = m.month))
      from served s group by s.idx, s.staff_id),
  handled_resolved(idx, user_id, resolved, onTime, firstContact) as materialized (
    select m.idx, c.handler_user_id, count(*), sum(c.resolved_at <= c.resolve_by), sum(c.first_handling_resolved)
      from months m join cases c indexed by cases_resolved_idx on c.resolved_at >= m.fromMs and c.resolved_at < m.toMs
     where c.status <> 'voided' and c.handler_user_id in (select user_id from worker)
     group by m.idx, c.handler_user_id),
  handled_followed(idx, user_id, followedUp, satisfied) as materialized (
    select m.idx, c.handler_user_id, count(*), sum(c.satisfaction in ('satisfied', 'basically_satisfied'))
      from months m join cases c indexed by cases_followed_up_idx
        on c.followed_up_at >= m.fromMs and c.followed_up_at < m.toMs
     where c.satisfaction is not null and c.status <> 'voided'
       and c.handler_user_id in (select user_id from worker)
     group by m.idx, c.handler_user_id),
  handled_late(idx, user_id, lateOpen) as materialized (
    select m.idx, c.handler_user_id, count(*)
      from months m join cases c indexed by cases_late_idx
        on (c.resolved_at is null or c.resolved_at > c.resolve_by) and c.resolve_by < min(m.toMs, @now)
       and c.registered_at < min(m.toMs, @now)
     where ((c.resolved_at is null and c.status in ${inList(openCaseStatuses)}) or c.resolved_at >= min(m.toMs, @now))
       and c.status <> 'voided' and c.handler_user_id in (select user_id from worker)
     group by m.idx, c.handler_user_id),
  worker_training(idx, staff_id, expected, attended) as materialized (
    select m.idx, a.staff_id, count(*), sum(a.present) from months m join training_sessions s on s.month = m.month
      join training_attendance a on a.session_id = s.id group by m.idx, a.staff_id),
  worker_inspections(idx, staff_id, made) as materialized (
    select m.idx, i.inspector_staff_id, count(*) from months m join inspections i on i.month = m.month
     group by m.idx, i.inspector_staff_id),
  worker_fact(idx, staff_id, employment, visited, households, onTime, due, firstContact, resolved, attended, expected,
              satisfied, followedUp, made) as materialized (
    select w.idx, w.staff_id, w.employment, cast(min(coalesce(h.visited, 0), coalesce(h.households, 0)) as integer),
           cast(coalesce(h.households, 0) as integer), coalesce(r.onTime, 0),
           coalesce(r.resolved, 0) + coalesce(l.lateOpen, 0), coalesce(r.firstContact, 0), coalesce(r.resolved, 0),
           coalesce(t.attended, 0), coalesce(t.expected, 0), coalesce(u.satisfied, 0), coalesce(u.followedUp, 0),
           coalesce(i.made, 0)
      from worker w
      left join worker_homes h on h.idx = w.idx and h.staff_id = w.staff_id
      left join handled_resolved r on r.idx = w.idx and r.user_id = w.user_id
      left join handled_followed u on u.idx = w.idx and u.user_id = w.user_id
      left join handled_late l on l.idx = w.idx and l.user_id = w.user_id
      left join worker_training t on t.idx = w.idx and t.staff_id = w.staff_id
      left join worker_inspections i on i.idx = w.idx and i.staff_id = w.staff_id),
  item_fact(idx, staff_id, employment, source, key, weight, num, den) as (
    select f.idx, f.staff_id, f.employment, it.source, it.key, it.weight,
           case it.metric when 'visitCoverage' then f.visited when 'caseOnTime' then f.onTime
             when 'firstContact' then f.firstContact when 'trainingAttendance' then f.attended
             when 'satisfaction' then f.satisfied when 'inspections' then f.made end,
           case it.metric when 'visitCoverage' then f.households when 'caseOnTime' then f.due
             when 'firstContact' then f.resolved when 'trainingAttendance' then f.expected
             when 'satisfaction' then f.followedUp when 'inspections' then it.target end
      from worker_fact f cross join item it),
  -- shared/domain/assessment.itemScore in tenths: weight × part / whole rounded half up; nothing to do, full points
  earned(idx, staff_id, employment, tenths) as (
    select x.idx, x.staff_id, x.employment, sum(case
             when x.source = 'manual' then coalesce((select mp.points_tenths from assessment_manual_points mp
               join months m on m.idx = x.idx where mp.month = m.month and mp.staff_id = x.staff_id
                and mp.item_key = x.key), 0)
             when x.den = 0 then x.weight * 10
             else (2 * x.weight * 10 * min(x.num, x.den) + x.den) / (2 * x.den) end)
      from item_fact x group by x.idx, x.staff_id),
  score(idx, staff_id, employment, tenths) as materialized (
    select e.idx, e.staff_id, e.employment,
           e.tenths - min(e.tenths, coalesce((select sum(d.points_tenths) from assessment_deductions d join months m
               on m.idx = e.idx and d.month = m.month where d.staff_id = e.staff_id), 0))
      from earned e),
  ranked(idx, employment, tenths, rank, bottom) as (
    select idx, employment, tenths, rank() over (partition by idx, employment order by tenths desc),
           rank() over (partition by idx, employment order by tenths) - 1 < (select bottomCount from plan) from score)
  select
    ${sectionJson(
      `select json_array(iif(k.known, coalesce(sum(g.households), 0), null), iif(k.known, coalesce(sum(g.residents), 0), null),
              iif(k.known, coalesce(sum(g.added), 0), null), iif(k.known, coalesce(sum(g.archived), 0), null),
              iif(k.known, coalesce(sum(g.residentsAdded), 0), null), iif(k.known, coalesce(sum(g.movedOut), 0), null),
              iif(k.known, coalesce(sum(g.deceased), 0), null)) as v
         from reg_known k left join reg_grid g on g.idx = k.idx group by k.idx order by k.idx`,
      `select coalesce(sum(g.residents), 0) as v from row_grids r join row_members rm on rm.pos = r.pos
         left join reg_grid g on g.idx = 0 and g.grid_id = rm.id group by r.pos order by r.pos`,
      `select json_array(coalesce(sum(g.households), 0), coalesce(sum(g.residents), 0),
              coalesce(sum(g.residentsAdded), 0), coalesce(sum(g.movedOut), 0), coalesce(sum(g.deceased), 0)) as v
         from row_grids r join row_members rm on rm.pos = r.pos
         left join reg_grid g on g.idx = 0 and g.grid_id = rm.id group by r.pos order by r.pos`,
    )} as households,
    ${sectionJson(
      `select json_array(visits, visited, toVisit, iif(toVisit > 0, min(1.0, 1.0 * visited / toVisit), null)) as v from (
         select m.idx, coalesce(sum(v.visits), 0) as visits, coalesce(sum(v.visited), 0) as visited,
                (select total(n) from homes_now) as toVisit
           from months m left join visit_grid v on v.idx = m.idx group by m.idx order by m.idx)`,
      `select iif(toVisit > 0, min(1.0, 1.0 * visited / toVisit), null) as v from (${rowVisits})`,
      `select json_array(toVisit, visited, iif(toVisit > 0, min(1.0, 1.0 * visited / toVisit), null)) as v
         from (${rowVisits})`,
    )} as visits,
    ${sectionJson(
      `select json_array(c.registered, c.hotline, c.resolved, c.onTime, c.resolved - c.onTime, c.firstContact,
              c.followedUp, c.satisfied, 1.0 * c.firstContact / nullif(c.resolved, 0),
              1.0 * c.onTime / nullif(c.resolved, 0), 1.0 * c.satisfied / nullif(c.followedUp, 0)) as v
         from months m left join case_month c on c.idx = m.idx order by m.idx`,
      'select registered as v from case_cat where idx = 0 and registered > 0 order by registered desc, category',
      `select json_array(i.n, 1.0 * i.n / nullif((select registered from case_month where idx = 0), 0)) as v
         from json_each('${JSON.stringify(caseSources)}') s join intake i on i.source = s.value where i.n > 0 order by s.key`,
    )} as cases,
    ${sectionJson(
      `select json_array(coalesce(sum(w.posted), 0), coalesce(sum(w.claimed), 0), coalesce(sum(w.fulfilled), 0)) as v
         from months m left join wish_grid w on w.idx = m.idx group by m.idx order by m.idx`,
      `select value as v from json_each((select json_array(coalesce(sum(posted), 0), coalesce(sum(claimed), 0),
              coalesce(sum(fulfilled), 0)) from wish_grid where idx = 0)) order by key`,
      `select json_array(coalesce(sum(w.posted), 0), coalesce(sum(w.claimed), 0), coalesce(sum(w.fulfilled), 0)) as v
         from row_grids r join row_members rm on rm.pos = r.pos
         left join wish_grid w on w.idx = 0 and w.grid_id = rm.id group by r.pos order by r.pos`,
    )} as wishes,
    ${sectionJson(
      `select json_array(coalesce(sum(i.inspections), 0), coalesce(sum(i.found), 0), coalesce(sum(i.fixed), 0)) as v
         from months m left join insp i on i.idx = m.idx group by m.idx order by m.idx`,
      `select coalesce(i.inspections, 0) as v from json_each('${JSON.stringify(placeKinds)}') k
         left join insp i on i.idx = 0 and i.kind = k.value order by k.key`,
      `select json_array(coalesce(i.inspections, 0), coalesce(i.found, 0), coalesce(i.fixed, 0)) as v
         from json_each('${JSON.stringify(placeKinds)}') k left join insp i on i.idx = 0 and i.kind = k.value order by k.key`,
    )} as inspections,
    ${sectionJson(
      `select json_array(coalesce(sum(p.patrols), 0), coalesce(sum(p.hours), 0), coalesce(sum(p.participants), 0)) as v
         from months m left join patrol_team p on p.idx = m.idx group by m.idx order by m.idx`,
      `select count(*) as v from patrol_participants pp join patrols p on p.id = pp.patrol_id
        where p.month = (select month from months where idx = 0)
          and (p.grid_id in (select id from scope) or p.grid_id is null) group by pp.kind order by pp.kind`,
      'select json_array(patrols, hours, participants) as v from patrol_team where idx = 0 order by team',
    )} as patrols,
    ${sectionJson(
      `select json_array(count(s.id), coalesce(sum(s.hours), 0), coalesce(sum(s.expected), 0), coalesce(sum(s.attended), 0),
              1.0 * sum(s.attended) / nullif(sum(s.expected), 0)) as v
         from months m left join session s on s.idx = m.idx group by m.idx order by m.idx`,
      'select attended as v from session where idx = 0 order by heldOn, id',
      `select json_array(hours, expected, attended, 1.0 * attended / nullif(expected, 0)) as v
         from session where idx = 0 order by heldOn, id`,
    )} as training,
    ${sectionJson(
      `select json_array((select count(*) from branch), coalesce(sum(members), 0), coalesce(sum(held), 0),
              coalesce(sum(required), 0), coalesce(sum(requiredHeld), 0), coalesce(sum(dueFen), 0),
              coalesce(sum(paidFen), 0), coalesce(sum(hours), 0), coalesce(sum(onTheJob), 0)) as v
         from months m left join branch_month b on b.idx = m.idx group by m.idx order by m.idx`,
      'select hours as v from branch_month where idx = 0 order by pos',
      `select json_array(members, held, required, requiredHeld, dueFen, paidFen, hours, onTheJob) as v
         from branch_month where idx = 0 order by pos`,
    )} as party,
    ${sectionJson(
      `select json_array(count(r.tenths), sum(r.tenths) / 10.0 / nullif(count(r.tenths), 0), coalesce(sum(r.bottom), 0)) as v
         from months m left join ranked r on r.idx = m.idx group by m.idx order by m.idx`,
      // Workers tied on a rank share its total and flag, so the order among them (by name) changes no number.
      'select tenths / 10.0 as v from ranked where idx = 0 order by employment, rank',
      'select json_array(rank, tenths / 10.0, bottom) as v from ranked where idx = 0 order by employment, rank',
    )} as assessment`);
}

/** Each row grid's households now and those visited in the month. */
const rowVisits = `select r.pos, (select total(h.n) from row_members rm join homes_now h on h.grid_id = rm.id
                                   where rm.pos = r.pos) as toVisit,
                          (select coalesce(sum(v.visited), 0) from row_members rm join visit_grid v
                             on v.idx = 0 and v.grid_id = rm.id where rm.pos = r.pos) as visited
                     from row_grids r order by r.pos`;
