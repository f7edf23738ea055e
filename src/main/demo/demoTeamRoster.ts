// The demo team's roster: the demo's grid workers (full-time workers of the comprehensive grids, part-time 信息员 of
// the micro grids) with their start dates and 'joined' history, then two years of 末位淘汰 and departures, each
// worker's grid duty ended on the day and a replacement engaged on the same grid that day.
import type Database from 'better-sqlite3';
import type { EmploymentKind, StaffEventKind } from '../../shared/domain/gridTeam';
import { staffChangeDateProblem } from '../../shared/domain/gridTeam';
import { addDays, addYears, dateBetween, instantOn } from './demoPartyDates';
import { eliminationReasons, fullTimePosition, leavingReasons, partTimePosition } from './demoTeamTexts';
import { chineseName, mobileNumber } from './names';
import type { Random } from './random';

export interface DemoWorker {
  staffId: number;
  name: string;
  /** The grid the worker is assigned to (a comprehensive grid or a micro grid). */
  gridId: number;
  /** The comprehensive grid that grid belongs to: its places are theirs to inspect. */
  comprehensiveGridId: number;
  employment: EmploymentKind;
  startedOn: string;
  /** The day they were eliminated or left; null while at work. */
  statusDate: string | null;
}

export interface Actor {
  id: number;
  name: string;
}

/** A worker is on duty on a day from their start up to and including the day they were eliminated or left. */
export function activeOn(worker: DemoWorker, date: string): boolean {
  return worker.startedOn <= date && (worker.statusDate === null || worker.statusDate >= date);
}

// The article's street eliminated 7 in two years; this smaller street, 3, and 2 left of their own accord. The
// changes fall on the 信息员 of the micro grids: the comprehensive grids' full-time workers sign in and handle the
// demo's cases, and a departure there would leave those cases with someone no longer at work.
const eliminations = 3;
const departures = 2;

export function writeRoster(
  sqlite: Database.Database,
  random: Random,
  manager: Actor,
  today: string,
  now: number,
): { workers: DemoWorker[]; events: number; eliminated: number; left: number } {
  const assigned = sqlite
    .prepare(
      `select s.id as staffId, s.name, gs.grid_id as gridId, gs.duty, g.level, g.parent_id as parentId
       from grid_staff gs join staff s on s.id = gs.staff_id join grids g on g.id = gs.grid_id
       where gs.until is null and gs.duty in ('full_time', 'info_officer') order by s.id`,
    )
    .all() as { staffId: number; name: string; gridId: number; duty: string; level: string; parentId: number }[];
  const setTeam = sqlite.prepare(
    'update staff set employment = ?, position = ?, started_on = ?, updated_at = ? where id = ?',
  );
  const insertEvent = sqlite.prepare(
    `insert into staff_events (staff_id, kind, date, reason, employment, actor_id, actor_name, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let events = 0;
  const event = (worker: DemoWorker, kind: StaffEventKind, date: string, reason: string) => {
    insertEvent.run(
      worker.staffId,
      kind,
      date,
      reason,
      worker.employment,
      manager.id,
      manager.name,
      instantOn(random, date, now),
    );
    events++;
  };

  const workers: DemoWorker[] = assigned.map((row) => {
    const fullTime = row.duty === 'full_time';
    // Full-time workers were recruited three to eight years ago, the part-time 信息员 two to six.
    const startedOn = fullTime
      ? dateBetween(random, addYears(today, -8), addYears(today, -3))
      : dateBetween(random, addYears(today, -6), addYears(today, -2));
    const worker: DemoWorker = {
      staffId: row.staffId,
      name: row.name,
      gridId: row.gridId,
      comprehensiveGridId: row.level === 'grid' ? row.gridId : row.parentId,
      employment: fullTime ? 'full_time' : 'part_time',
      startedOn,
      statusDate: null,
    };
    setTeam.run(worker.employment, fullTime ? fullTimePosition : partTimePosition, startedOn, now, worker.staffId);
    event(worker, 'joined', startedOn, '');
    return worker;
  });

  // Each change on a different micro grid, spread over the past two years, the latest a few weeks back.
  const candidates = workers.filter((w) => w.employment === 'part_time');
  const changed = new Set<number>();
  const replacements: DemoWorker[] = [];
  const changeWindow = { from: addYears(today, -2), to: addDays(today, -21) };
  const setStatus = sqlite.prepare('update staff set status = ?, status_date = ?, updated_at = ? where id = ?');
  const endDuty = sqlite.prepare('update grid_staff set until = ? where staff_id = ? and until is null');
  const insertStaff = sqlite.prepare(
    `insert into staff (name, phone, employment, position, started_on, status, created_at, updated_at)
     values (?, ?, 'part_time', ?, ?, 'active', ?, ?)`,
  );
  const assign = sqlite.prepare(
    `insert into grid_staff (grid_id, staff_id, duty, since, created_at) values (?, ?, 'info_officer', ?, ?)`,
  );
  for (let i = 0; i < eliminations + departures; i++) {
    let worker = random.pick(candidates);
    while (changed.has(worker.gridId)) worker = random.pick(candidates);
    changed.add(worker.gridId);
    const date = dateBetween(random, changeWindow.from, changeWindow.to);
    if (staffChangeDateProblem(worker.startedOn, date) !== null) throw new Error('A demo change before the start.');
    const eliminated = i < eliminations;
    worker.statusDate = date;
    setStatus.run(eliminated ? 'eliminated' : 'left', date, now, worker.staffId);
    event(
      worker,
      eliminated ? 'eliminated' : 'left',
      date,
      random.pick(eliminated ? eliminationReasons : leavingReasons),
    );
    endDuty.run(date, worker.staffId);

    const name = chineseName(random);
    const staffId = Number(
      insertStaff.run(name, mobileNumber(random), partTimePosition, date, now, now).lastInsertRowid,
    );
    assign.run(worker.gridId, staffId, date, now);
    const replacement: DemoWorker = { ...worker, staffId, name, startedOn: date, statusDate: null };
    event(replacement, 'joined', date, '');
    replacements.push(replacement);
  }
  return { workers: [...workers, ...replacements], events, eliminated: eliminations, left: departures };
}
