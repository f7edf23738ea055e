// The dashboard at district scale: what the screen asks for when a manager opens it (today's numbers and the trend
// charts of 12 or 24 months) for the street and for a community. The floor reads the same months of the cases'
// monthly rollup by one hand-written prepared statement.
import type { GridDesk } from '../../src/main/app';
import { localDate } from '../../src/shared/domain/dates';
import { monthsEnding } from '../../src/shared/domain/months';
import { type BenchRow, time } from './measure';

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
  const rollup = sqlite.prepare(
    `select month, grid_id, top_category_id, registered, hotline, resolved, resolved_on_time, first_contact_resolved,
            followed_up, satisfied
       from case_monthly_stats where month between @from and @to
        and (@grids is null or grid_id in (select value from json_each(@grids)))`,
  );
  const dashboard = (months: 12 | 24, gridId?: number) => () => {
    call(desk, token, 'dashboard.today', { gridId });
    call(desk, token, 'dashboard.trends', { gridId, endMonth, months });
  };
  const floor =
    (months: number, grids: string | null = null) =>
    () =>
      rollup.all({ from: monthsEnding(endMonth, months)[0], to: endMonth, grids });
  return [
    {
      operation: 'dashboard: today + 12-month trends, the street',
      timing: time(dashboard(12), repetitions),
      floor: time(floor(12), repetitions),
      targetMs: 150,
    },
    {
      operation: 'dashboard: today + 24-month trends, the street',
      timing: time(dashboard(24), repetitions),
      floor: time(floor(24), repetitions),
      targetMs: 150,
    },
    {
      operation: 'dashboard: today + 12-month trends, a community',
      timing: time(dashboard(12, community), repetitions),
      floor: time(floor(12, below), repetitions),
      targetMs: 150,
    },
  ];
}
