// The demo team's police-grid patrols (警网融合巡逻): two to four evenings a week across the street, each a community
// team with the grid's police, its grid workers on duty that day and volunteers, out for two to three hours.
import type Database from 'better-sqlite3';
import { localDate } from '../../shared/domain/dates';
import { patrolTimeProblem } from '../../shared/domain/gridTeam';
import { hourMs } from './demoCaseCalendar';
import { addDays } from './demoPartyDates';
import { type DemoGrid, shuffled } from './demoTeamPlaces';
import { activeOn, type DemoWorker } from './demoTeamRoster';
import { patrolFindings, patrolTeams } from './demoTeamTexts';
import { chineseName } from './names';
import type { Random } from './random';

const halfHourMs = hourMs / 2;

export function writePatrols(
  sqlite: Database.Database,
  random: Random,
  grids: readonly (DemoGrid & { name: string })[],
  workers: readonly DemoWorker[],
  firstDay: string,
  now: number,
): { patrols: number; participants: number } {
  const dutyNames = sqlite.prepare(
    `select s.name from grid_staff gs join staff s on s.id = gs.staff_id
     where gs.grid_id = ? and gs.duty = ? and gs.until is null order by s.id`,
  );
  const estates = sqlite.prepare(
    `select distinct h.estate from households h join grids g on g.id = h.grid_id
     where g.id = ? or g.parent_id = ? order by h.estate`,
  );
  const people = new Map(
    grids.map((g) => [
      g.id,
      {
        police: (dutyNames.all(g.id, 'police') as { name: string }[]).map((r) => r.name),
        volunteers: (dutyNames.all(g.id, 'volunteer') as { name: string }[]).map((r) => r.name),
        estates: (estates.all(g.id, g.id) as { estate: string }[]).map((r) => r.estate),
      },
    ]),
  );
  const insertPatrol = sqlite.prepare(
    `insert into patrols (team, area, grid_id, started_at, ended_at, month, findings, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertParticipant = sqlite.prepare(
    'insert into patrol_participants (patrol_id, kind, staff_id, name) values (?, ?, ?, ?)',
  );
  let patrols = 0;
  let participants = 0;
  const today = localDate(now);
  for (let week = firstDay; week <= today; week = addDays(week, 7)) {
    const days = shuffled(random, [0, 1, 2, 3, 4, 5, 6]).slice(0, random.int(2, 4));
    for (const offset of days.sort((a, b) => a - b)) {
      const date = addDays(week, offset);
      const grid = random.pick(grids);
      const startedAt = Date.parse(`${date}T19:00:00+08:00`) + random.int(0, 3) * halfHourMs;
      const endedAt = startedAt + random.int(4, 6) * halfHourMs;
      if (date > today || endedAt > now || patrolTimeProblem(startedAt, endedAt) !== null) continue;
      const local = people.get(grid.id) ?? { police: [], volunteers: [], estates: [] };
      const area = local.estates.length
        ? `${[...new Set([random.pick(local.estates), random.pick(local.estates)])].join('、')}及周边`
        : `${grid.community}${grid.name}`;
      const patrolId = insertPatrol.run(
        patrolTeams[grid.community] ?? `${grid.community}巡逻队`,
        area,
        grid.id,
        startedAt,
        endedAt,
        localDate(startedAt).slice(0, 7),
        random.pick(patrolFindings),
        endedAt,
      ).lastInsertRowid;
      patrols++;
      const add = (kind: 'police' | 'grid_worker' | 'volunteer', name: string, staffId: number | null = null) => {
        insertParticipant.run(patrolId, kind, staffId, name);
        participants++;
      };
      add('police', local.police.length ? random.pick(local.police) : chineseName(random));
      if (random.next() < 0.4) add('police', chineseName(random));
      const onDuty = workers.filter((w) => w.comprehensiveGridId === grid.id && activeOn(w, date));
      const walking = new Set([random.pick(onDuty), random.pick(onDuty)].filter((w) => w !== undefined));
      for (const worker of walking) add('grid_worker', worker.name, worker.staffId);
      const volunteers = new Set(local.volunteers.filter(() => random.next() < 0.6));
      for (let i = random.int(0, 2); i > 0; i--) volunteers.add(chineseName(random));
      for (const name of volunteers) add('volunteer', name);
    }
  }
  return { patrols, participants };
}
