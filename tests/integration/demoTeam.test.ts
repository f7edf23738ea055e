// The demo's grid team as a newcomer finds it: the demo's grid workers on the roster, two years of 末位淘汰 with a
// replacement on each grid, and a year of training, inspections and patrols that obey the rules the services enforce.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deductionProblem } from '../../src/shared/domain/assessment';
import { localDate } from '../../src/shared/domain/dates';
import { patrolTimeProblem, trainingHoursProblem } from '../../src/shared/domain/gridTeam';
import { defaultNow, startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let demo: TestGridDesk;
beforeAll(() => {
  demo = startDemoGridDesk();
});
afterAll(() => demo.close());

const all = <T>(sql: string, ...params: unknown[]) => demo.app.database.sqlite.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => all<T>(sql, ...params)[0] as T;

const today = localDate(defaultNow);
const twoYearsAgo = `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`;
/** Active on a day, as the services judge it: started by then and not gone before it. */
const activeOnDay = `s.employment is not null and s.started_on <= %d and (s.status = 'active' or s.status_date >= %d)`;
const active = (day: string) => activeOnDay.replaceAll('%d', day);

interface Worker {
  id: number;
  name: string;
  employment: string;
  position: string;
  startedOn: string;
  status: string;
  statusDate: string | null;
}
const roster = () =>
  all<Worker>(
    `select id, name, employment, position, started_on as startedOn, status, status_date as statusDate
     from staff where employment is not null order by id`,
  );

describe('the demo team roster', () => {
  it('holds every full-time grid worker and every 信息员, with 刘建华 at work', () => {
    const workers = roster();
    const assignedFullTime = one<{ n: number }>(
      "select count(distinct staff_id) as n from grid_staff where duty = 'full_time'",
    ).n;
    const assignedInfo = one<{ n: number }>(
      "select count(distinct staff_id) as n from grid_staff where duty = 'info_officer'",
    ).n;
    expect(assignedFullTime).toBe(6);
    expect(assignedInfo).toBe(52 + 5);
    expect(workers.filter((w) => w.employment === 'full_time')).toHaveLength(assignedFullTime);
    expect(workers.filter((w) => w.employment === 'part_time')).toHaveLength(assignedInfo);
    expect(new Set(workers.map((w) => w.position))).toEqual(new Set(['专职网格员', '兼职网格信息员']));
    const liu = one<Worker & { username: string }>(
      `select s.name, s.employment, s.status, s.started_on as startedOn, u.username from staff s
       join users u on u.id = s.user_id where u.username = 'grid'`,
    );
    expect(liu).toMatchObject({ name: '刘建华', employment: 'full_time', status: 'active' });
    expect(liu.startedOn < twoYearsAgo).toBe(true);
    // Police and volunteers serve on grids but are not on the roster.
    expect(
      one<{ n: number }>(
        `select count(*) as n from staff s join grid_staff gs on gs.staff_id = s.id
         where gs.duty in ('police', 'volunteer', 'cadre') and s.employment is not null`,
      ).n,
    ).toBe(0);
    for (const w of workers) {
      const joined = all<{ date: string }>(
        "select date from staff_events where staff_id = ? and kind = 'joined'",
        w.id,
      );
      expect(joined).toEqual([{ date: w.startedOn }]);
    }
  });

  it('records 末位淘汰 and departures with history, no grid duty left, and a replacement on the grid', () => {
    const gone = roster().filter((w) => w.status !== 'active');
    expect(gone.filter((w) => w.status === 'eliminated').length).toBeGreaterThanOrEqual(2);
    expect(gone.filter((w) => w.status === 'eliminated').length).toBeLessThanOrEqual(3);
    expect(gone.filter((w) => w.status === 'left').length).toBeGreaterThanOrEqual(1);
    for (const w of gone) {
      const date = w.statusDate as string;
      expect(date >= twoYearsAgo && date <= today && date >= w.startedOn).toBe(true);
      const kind = w.status === 'eliminated' ? 'eliminated' : 'left';
      const event = one<{ date: string; reason: string }>(
        'select date, reason from staff_events where staff_id = ? and kind = ?',
        w.id,
        kind,
      );
      expect(event.date).toBe(date);
      expect(event.reason).not.toBe('');
      if (kind === 'eliminated') expect(event.reason).toMatch(/末位/);
      const duties = all<{ gridId: number; until: string | null }>(
        'select grid_id as gridId, until from grid_staff where staff_id = ?',
        w.id,
      );
      expect(duties.length).toBeGreaterThan(0);
      expect(duties.every((d) => d.until === date)).toBe(true);
      const replacement = one<Worker & { since: string }>(
        `select s.id, s.employment, s.status, s.started_on as startedOn, gs.since from grid_staff gs
         join staff s on s.id = gs.staff_id
         where gs.grid_id = ? and gs.until is null and gs.duty = 'info_officer'`,
        duties[0]?.gridId,
      );
      expect(replacement).toMatchObject({ employment: w.employment, status: 'active', startedOn: date, since: date });
      expect(
        one<{ n: number }>(
          "select count(*) as n from staff_events where staff_id = ? and kind = 'joined' and date = ?",
          replacement.id,
          date,
        ).n,
      ).toBe(1);
    }
  });
});

describe('the demo training, inspections and patrols', () => {
  it('hold the street’s monthly training, each attendance row a worker at work that day', () => {
    const sessions = all<{ id: number; heldOn: string; organiser: string; hours: number }>(
      'select id, held_on as heldOn, organiser, hours from training_sessions order by held_on',
    );
    expect(sessions.filter((s) => s.organiser === 'street').length).toBeGreaterThanOrEqual(11);
    expect(sessions.some((s) => s.organiser !== 'street')).toBe(true);
    for (const s of sessions) {
      expect(trainingHoursProblem(s.hours)).toBeNull();
      expect(s.heldOn <= today).toBe(true);
    }
    const strays = one<{ n: number }>(
      `select count(*) as n from training_attendance a join training_sessions t on t.id = a.session_id
       join staff s on s.id = a.staff_id where not (${active('t.held_on')})`,
    ).n;
    expect(strays).toBe(0);
    // Everyone at work that day was expected.
    const missing = one<{ n: number }>(
      `select count(*) as n from training_sessions t join staff s on ${active('t.held_on')}
       where not exists (select 1 from training_attendance a where a.session_id = t.id and a.staff_id = s.id)`,
    ).n;
    expect(missing).toBe(0);
    const rate = one<{ r: number }>('select avg(present) as r from training_attendance').r;
    expect(rate).toBeGreaterThan(0.85);
    expect(rate).toBeLessThan(0.95);
  });

  it('list 15–30 places on each comprehensive grid and inspections by workers at work on the roster', () => {
    const perGrid = all<{ n: number; kinds: number }>(
      `select count(*) as n, count(distinct p.kind) as kinds from grids g left join places p on p.grid_id = g.id
       where g.level = 'grid' group by g.id`,
    );
    expect(perGrid).toHaveLength(6);
    for (const g of perGrid) {
      expect(g.n).toBeGreaterThanOrEqual(15);
      expect(g.n).toBeLessThanOrEqual(30);
      expect(g.kinds).toBe(4);
    }
    const strays = one<{ n: number }>(
      `select count(*) as n from inspections i join staff s on s.id = i.inspector_staff_id
       join places p on p.id = i.place_id
       where not (${active('i.inspected_on')}) or i.grid_id <> p.grid_id or i.inspected_on > '${today}'
         or i.month <> substr(i.inspected_on, 1, 7)`,
    ).n;
    expect(strays).toBe(0);
    expect(one<{ n: number }>('select count(*) as n from inspections').n).toBeGreaterThan(2_000);
    const hazards = all<{ caseId: number | null; inspectedOn: string; gridId: number; at: number; caseGrid: number }>(
      `select i.case_id as caseId, i.inspected_on as inspectedOn, i.grid_id as gridId, c.registered_at as at,
         case when g.level = 'grid' then g.id else g.parent_id end as caseGrid
       from inspections i left join cases c on c.id = i.case_id left join grids g on g.id = c.grid_id
       where i.hazard_found = 1 or i.case_id is not null`,
    );
    expect(hazards.length).toBeGreaterThan(0);
    for (const h of hazards) {
      expect(h.caseId).not.toBeNull();
      expect(localDate(h.at)).toBe(h.inspectedOn);
      expect(h.caseGrid).toBe(h.gridId);
    }
  });

  it('record patrols that end after they start, with roster workers at work that day', () => {
    const patrols = all<{ id: number; startedAt: number; endedAt: number; month: string }>(
      'select id, started_at as startedAt, ended_at as endedAt, month from patrols',
    );
    expect(patrols.length).toBeGreaterThan(100);
    for (const p of patrols) {
      expect(patrolTimeProblem(p.startedAt, p.endedAt)).toBeNull();
      expect(p.endedAt).toBeGreaterThan(p.startedAt);
      expect(p.endedAt).toBeLessThanOrEqual(defaultNow);
      expect(p.month).toBe(localDate(p.startedAt).slice(0, 7));
    }
    const participants = all<{ kind: string; staffId: number | null; name: string; startedAt: number }>(
      `select pp.kind, pp.staff_id as staffId, pp.name, p.started_at as startedAt from patrol_participants pp
       join patrols p on p.id = pp.patrol_id`,
    );
    for (const kind of ['police', 'grid_worker', 'volunteer'])
      expect(participants.some((p) => p.kind === kind)).toBe(true);
    const workers = new Map(roster().map((w) => [w.id, w]));
    for (const p of participants) {
      expect(p.name).not.toBe('');
      if (p.kind !== 'grid_worker') continue;
      const worker = workers.get(p.staffId as number) as Worker;
      const day = localDate(p.startedAt);
      expect(worker.name).toBe(p.name);
      expect(worker.startedOn <= day && (worker.status === 'active' || (worker.statusDate as string) >= day)).toBe(
        true,
      );
    }
  });

  it('keep the default assessment plan with a few valid deductions on workers at work in the month', () => {
    expect(one<{ n: number }>('select count(*) as n from assessment_plans').n).toBe(0);
    expect(one<{ n: number }>('select count(*) as n from assessment_manual_points').n).toBe(0);
    const deductions = all<{ month: string; points: number; reason: string; startedOn: string; gone: string | null }>(
      `select d.month, d.points_tenths as points, d.reason, s.started_on as startedOn, s.status_date as gone
       from assessment_deductions d join staff s on s.id = d.staff_id`,
    );
    expect(deductions.length).toBeGreaterThan(0);
    for (const d of deductions) {
      expect(deductionProblem(d.points / 10)).toBeNull();
      expect(['迟交月报', '工作日脱岗']).toContain(d.reason);
      expect(d.month < today.slice(0, 7)).toBe(true);
      expect(d.startedOn <= `${d.month}-31` && (d.gone === null || d.gone >= `${d.month}-01`)).toBe(true);
    }
  });

  it('come out the same on every build', () => {
    const again = startDemoGridDesk();
    const tables = [
      'staff',
      'grid_staff',
      'staff_events',
      'training_sessions',
      'training_attendance',
      'places',
      'inspections',
      'patrols',
      'patrol_participants',
      'assessment_deductions',
    ];
    const digest = (desk: TestGridDesk) => tables.map((table) => desk.rowsOf(table));
    expect(digest(again)).toEqual(digest(demo));
    again.close();
  });
});
