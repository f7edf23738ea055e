// The demo street's grid team (队伍建设): the roster of its grid workers with two years of 末位淘汰 and departures,
// a year of training, places and inspections, patrols, and a few discipline deductions; the assessment plan is the
// default (none saved), which has no manual items. Deterministic for a seed and a clock; one transaction.

import { deductionProblem } from '../../shared/domain/assessment';
import { localDate } from '../../shared/domain/dates';
import { addMonths, monthsFromTo } from '../../shared/domain/months';
import type { AppDb } from '../db/open';
import { dayOf, instantOn } from './demoPartyDates';
import { writePatrols } from './demoTeamPatrols';
import { writeInspections, writePlaces } from './demoTeamPlaces';
import { type Actor, type DemoWorker, writeRoster } from './demoTeamRoster';
import { deductionReasons } from './demoTeamTexts';
import { writeTraining } from './demoTeamTraining';
import { type Random, seededRandom } from './random';

export interface TeamSummary {
  roster: number;
  eliminated: number;
  left: number;
  staffEvents: number;
  trainingSessions: number;
  trainingAttendance: number;
  places: number;
  inspections: number;
  hazards: number;
  patrols: number;
  patrolParticipants: number;
  deductions: number;
}

export function generateTeam(db: AppDb, options: { now: number; seed: number }): TeamSummary {
  const sqlite = db.$client;
  const { now } = options;
  const random = seededRandom(options.seed + 6);
  const today = localDate(now);
  const current = today.slice(0, 7);
  // A year up to today: eleven months back and this one.
  const months = monthsFromTo(addMonths(current, -11), current);
  const firstDay = `${months[0]}-01`;
  const manager = sqlite
    .prepare("select id, display_name as name from users where username = 'manager'")
    .get() as Actor;
  const grids = sqlite
    .prepare(
      `select g.id, g.name, c.name as community from grids g join grids c on c.id = g.parent_id
       where g.level = 'grid' and g.archived_at is null order by g.id`,
    )
    .all() as { id: number; name: string; community: string }[];

  return sqlite.transaction((): TeamSummary => {
    const roster = writeRoster(sqlite, random, manager, today, now);
    const { workers } = roster;
    const training = writeTraining(sqlite, random, workers, months, today, now);
    const places = writePlaces(sqlite, random, grids, firstDay, now);
    const inspections = writeInspections(sqlite, random, workers, places, months, today, now);
    const patrols = writePatrols(sqlite, random, grids, workers, firstDay, now);
    const deductions = writeDeductions(db, random, workers, months.slice(0, -1), manager, now);
    return {
      roster: workers.length,
      eliminated: roster.eliminated,
      left: roster.left,
      staffEvents: roster.events,
      trainingSessions: training.sessions,
      trainingAttendance: training.attendance,
      places: [...places.values()].reduce((sum, p) => sum + p.length, 0),
      inspections: inspections.inspections,
      hazards: inspections.hazards,
      patrols: patrols.patrols,
      patrolParticipants: patrols.participants,
      deductions,
    };
  })();
}

/** A late monthly report or a working day away from the grid, on a few workers in past months. */
function writeDeductions(
  db: AppDb,
  random: Random,
  workers: readonly DemoWorker[],
  months: string[],
  manager: Actor,
  now: number,
): number {
  const insert = db.$client.prepare(
    `insert into assessment_deductions (month, staff_id, reason, points_tenths, created_by, created_at)
     values (?, ?, ?, ?, ?, ?)`,
  );
  let count = 0;
  for (const month of months) {
    const monthEnd = dayOf(month, 31);
    const onDuty = workers.filter((w) => w.startedOn <= monthEnd && (w.statusDate ?? monthEnd) >= `${month}-01`);
    for (let i = random.int(0, 3); i > 0; i--) {
      const worker = random.pick(onDuty);
      const deduction = random.next() < 0.7 ? deductionReasons[0] : deductionReasons[1];
      if (!worker || !deduction || deductionProblem(deduction.pointsTenths / 10) !== null) continue;
      // Recorded when the month's assessment is drawn up, early the next month.
      const recordedOn = dayOf(addMonths(month, 1), random.int(1, 5));
      insert.run(
        month,
        worker.staffId,
        deduction.reason,
        deduction.pointsTenths,
        manager.id,
        instantOn(random, recordedOn, now),
      );
      count++;
    }
  }
  return count;
}
