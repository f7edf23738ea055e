// The dashboard at district scale: what the screen asks for when a manager opens it (today's numbers and the trend
// charts of 12 or 24 months) for the street and for a community. Two calls, so the floor is two hand-written
// statements, one for each answer: every figure of it from the same rollups and tables, in one SELECT each.

import type Database from 'better-sqlite3';
import type { GridDesk } from '../../src/main/app';
import { dueSoonMs } from '../../src/shared/domain/caseDeadlines';
import { localDate } from '../../src/shared/domain/dates';
import { monthsEnding } from '../../src/shared/domain/months';
import { withJsonParsed } from './floorSql';
import { type BenchRow, timeBeside } from './measure';

/**
 * dashboard.today and dashboard.trends by hand: the open, overdue and due-soon counts, the month's rates from the
 * cases' rollup, the visits coverage from the register's rollup and the visits, the party's branches, members and
 * hours; then the trend months' rollup rows (the charts' sums are made of them), the coverage of each area and the
 * service records by month. `scoped`: limited to the grids bound as @grids (a JSON list).
 */
function dashboardFloor(sqlite: Database.Database, scoped: boolean) {
  const inScope = (column: string) => (scoped ? `and ${column} in (select value from json_each(@grids))` : '');
  // Each grid's visits of the month from the (grid, month, household) index: one seek per grid, read from the index.
  const visitGrids = scoped ? 'grid_id in (select value from json_each(@grids))' : 'grid_id in (select id from grids)';
  const open = `resolved_at is null and status <> 'voided'
    and status in ('registered', 'accepted', 'assigned', 'claimed', 'in_progress', 'escalated') ${inScope('grid_id')}`;
  const branches = `select id from party_branches where archived_at is null ${inScope('grid_id')}`;
  const today = sqlite.prepare(
    `select (select count(*) from cases where ${open}) as open,
            (select count(*) from cases where ${open} and resolve_by < @now) as overdue,
            (select count(*) from cases where ${open} and resolve_by >= @now and resolve_by <= @now + @dueSoon) as dueSoon,
            (select json_array(sum(registered), sum(hotline), sum(resolved), sum(first_contact_resolved),
                    sum(resolved_on_time), sum(followed_up), sum(satisfied))
               from case_monthly_stats where month = @month ${inScope('grid_id')}) as rates,
            (select sum(households_added - households_archived) from register_monthly_counts
              where true ${inScope('grid_id')}) as households,
            (select sum(n) from (select count(distinct household_id) as n from visits
              where ${visitGrids} and month = @month group by grid_id)) as visited,
            (select count(*) from (${branches})) as branches,
            (select count(*) from party_members where status = 'active' and branch_id in (${branches})) as members,
            (select coalesce(sum(hours), 0) from party_service_records where month = @month
                and branch_id in (${branches})) as hours`,
  );
  const area = `case @areaLevel when g1.level then g1.id when g2.level then g2.id when g3.level then g3.id end`;
  const trends = sqlite.prepare(
    `select (select json_group_array(json_array(month, grid_id, top_category_id, registered, hotline, resolved,
                    resolved_on_time, first_contact_resolved, followed_up, satisfied))
               from case_monthly_stats where month between @from and @to ${inScope('grid_id')}) as rollup,
            (select json_group_array(json_array(id, name)) from case_categories where parent_id is null) as categories,
            (select json_group_array(json_array(area, households, visited)) from (
               select ${area} as area, sum(households) as households, sum(visited) as visited
                 from (select grid_id, sum(households_added - households_archived) as households, 0 as visited
                         from register_monthly_counts where true ${inScope('grid_id')} group by grid_id
                       union all
                       select grid_id, 0, count(distinct household_id) from visits
                        where ${visitGrids} and month = @month group by grid_id) as counts
                 join grids g1 on g1.id = counts.grid_id left join grids g2 on g2.id = g1.parent_id
                 left join grids g3 on g3.id = g2.parent_id
                group by area)) as coverage,
            (select json_group_array(json_array(month, records, hours, onTheJob)) from (
               select s.month, count(*) as records, coalesce(sum(s.hours), 0) as hours,
                      coalesce(sum(case when m.kind = 'on_the_job' then s.hours end), 0) as onTheJob
                 from party_service_records s join party_members m on m.id = s.member_id
                where s.month between @from and @to and s.branch_id in (${branches}) group by s.month)) as service`,
  );
  return { today, trends };
}

function call(desk: GridDesk, token: string, procedure: string, input: unknown): unknown {
  const answer = desk.router.call(procedure, input, { token, lang: 'zh-CN' });
  if (!answer.ok) throw new Error(`${procedure}: ${answer.error.message}`);
  return answer.data;
}

/** The token passed in is the desk's: the dashboard with every section is the manager's, who signs in here. */
export function dashboardBenchmarks(desk: GridDesk, _token: string, now: number, repetitions = 50): BenchRow[] {
  const login = desk.router.call('auth.login', { username: 'manager', password: 'demo1234' }, { lang: 'zh-CN' });
  if (!login.ok) throw new Error(login.error.message);
  const { token } = login.data as { token: string };
  const { sqlite } = desk.database;
  const community = sqlite
    .prepare("select id from grids where level = 'community' and archived_at is null order by id limit 1")
    .pluck()
    .get() as number;
  const below = JSON.stringify(
    sqlite
      .prepare(
        `with recursive below(id) as (select ? union all select g.id from grids g join below b on g.parent_id = b.id)
         select id from below`,
      )
      .pluck()
      .all(community),
  );
  const endMonth = localDate(now).slice(0, 7);
  const dashboard = (months: 12 | 24, gridId?: number) => () => {
    call(desk, token, 'dashboard.today', { gridId });
    call(desk, token, 'dashboard.trends', { gridId, endMonth, months });
  };
  const floorOf = (grids: string | null) => dashboardFloor(sqlite, grids !== null);
  const street = floorOf(null);
  const inCommunity = floorOf(below);
  const floor =
    (months: number, grids: string | null = null) =>
    () => {
      const { today, trends } = grids === null ? street : inCommunity;
      const params = {
        now,
        month: endMonth,
        from: monthsEnding(endMonth, months)[0],
        to: endMonth,
        areaLevel: grids === null ? 'community' : 'grid',
        ...(grids === null ? {} : { grids }),
      };
      return [
        withJsonParsed(today.get({ ...params, dueSoon: dueSoonMs }) as Record<string, unknown>, ['rates']),
        withJsonParsed(trends.get(params) as Record<string, unknown>, ['rollup', 'categories', 'coverage', 'service']),
      ];
    };
  return [
    {
      operation: 'dashboard: today + 12-month trends, the street',
      ...timeBeside(dashboard(12), floor(12), repetitions),
      targetMs: 150,
    },
    {
      operation: 'dashboard: today + 24-month trends, the street',
      ...timeBeside(dashboard(24), floor(24), repetitions),
      targetMs: 150,
    },
    {
      operation: 'dashboard: today + 12-month trends, a community',
      ...timeBeside(dashboard(12, community), floor(12, below), repetitions),
      targetMs: 150,
    },
  ];
}
