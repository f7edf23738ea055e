// The demo team's training: the street's monthly business training over the past year and a few district and
// city sessions, each with the attendance of every worker on duty that day (about nine in ten present).
import type Database from 'better-sqlite3';
import { trainingHoursProblem } from '../../shared/domain/gridTeam';
import { dayOf, instantOn } from './demoPartyDates';
import { activeOn, type DemoWorker } from './demoTeamRoster';
import { higherSessions, streetLocation, streetTopics } from './demoTeamTexts';
import type { Random } from './random';

interface Session {
  heldOn: string;
  topic: string;
  organiser: 'city' | 'district' | 'street';
  hours: number;
  location: string;
}

function planSessions(random: Random, months: string[], today: string): Session[] {
  const sessions: Session[] = [];
  const topicStart = random.int(0, streetTopics.length - 1);
  months.forEach((month, i) => {
    sessions.push({
      heldOn: weekday(dayOf(month, random.int(8, 24))),
      topic: streetTopics[(topicStart + i) % streetTopics.length] as string,
      organiser: 'street',
      hours: random.int(4, 8) / 2,
      location: streetLocation,
    });
  });
  // The district and the city hold a session every few months.
  higherSessions.forEach((session, i) => {
    const month = months[Math.min(months.length - 1, 1 + i * 3)] as string;
    sessions.push({ ...session, heldOn: weekday(dayOf(month, random.int(3, 27))), hours: random.int(3, 6) });
  });
  return sessions
    .filter((s) => s.heldOn <= today)
    .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.organiser.localeCompare(b.organiser)));
}

/** Training is held on working days: a Saturday or Sunday moves to the Friday before. */
function weekday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  const back = day === 6 ? 1 : day === 0 ? 2 : 0;
  return new Date(Date.parse(`${date}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
}

export function writeTraining(
  sqlite: Database.Database,
  random: Random,
  workers: readonly DemoWorker[],
  months: string[],
  today: string,
  now: number,
): { sessions: number; attendance: number } {
  const insertSession = sqlite.prepare(
    `insert into training_sessions (held_on, month, topic, organiser, hours, location, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAttendance = sqlite.prepare(
    'insert into training_attendance (session_id, staff_id, present) values (?, ?, ?)',
  );
  const sessions = planSessions(random, months, today);
  let attendance = 0;
  for (const session of sessions) {
    if (trainingHoursProblem(session.hours) !== null) throw new Error(`Not demo training hours: ${session.hours}`);
    const at = instantOn(random, session.heldOn, now);
    const sessionId = insertSession.run(
      session.heldOn,
      session.heldOn.slice(0, 7),
      session.topic,
      session.organiser,
      session.hours,
      session.location,
      at,
      at,
    ).lastInsertRowid;
    for (const worker of workers) {
      if (!activeOn(worker, session.heldOn)) continue;
      insertAttendance.run(sessionId, worker.staffId, random.next() < 0.9 ? 1 : 0);
      attendance++;
    }
  }
  return { sessions: sessions.length, attendance };
}
