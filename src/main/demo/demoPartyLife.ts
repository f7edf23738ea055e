// A year of organisational life in each demo branch: every month a committee meeting, a group meeting and a themed
// party day, each quarter a branch assembly and a party lecture, with a missed meeting here and there and, this
// month, only what has been held so far (孙桂兰's committee meeting still owed), so the calendar shows what is due.
import type Database from 'better-sqlite3';
import type { AbsenceReason } from '../../shared/domain/party';
import { type MeetingType, meetingFrequencies, quarterMonths } from '../../shared/domain/partyLife';
import { type CommitteeSeat, secretaryBranchCode } from './demoPartyBranches';
import { ageOn, dayOf, instantOn } from './demoPartyDates';
import type { DemoBranch, DemoMember } from './demoPartyRoster';
import { absenceNotes, topicFor } from './demoPartyTexts';
import type { Random } from './random';

/** When in the month each kind of meeting usually falls (first and last day). */
const usualDays: Record<MeetingType, [number, number]> = {
  committee_meeting: [2, 10],
  group_meeting: [8, 20],
  themed_party_day: [18, 28],
  branch_assembly: [10, 25],
  party_lecture: [12, 26],
};

/** How often a branch let a monthly meeting (or a quarter's lecture) slip in the past year. */
const missedShare: Record<MeetingType, number> = {
  committee_meeting: 0.03,
  group_meeting: 0.1,
  themed_party_day: 0.04,
  branch_assembly: 0,
  party_lecture: 0.06,
};

const streetCadre = '陈志刚（街道党工委委员）';

/** On the roster that day: arrived by then and not gone by then. */
export function activeOn(m: DemoMember, date: string): boolean {
  return m.arrivedOn <= date && (m.statusDate === null || m.statusDate > date);
}

function absenceFor(random: Random, m: DemoMember, heldOn: string): AbsenceReason {
  if (m.kind === 'mobile') return random.next() < 0.85 ? 'away' : 'work';
  const roll = random.next();
  if (ageOn(m.birthDate, heldOn) >= 70) return roll < 0.6 ? 'illness' : roll < 0.8 ? 'away' : 'other';
  if (m.incomeCategory === 'employed') return roll < 0.6 ? 'work' : roll < 0.85 ? 'away' : 'illness';
  return roll < 0.4 ? 'illness' : roll < 0.8 ? 'away' : 'other';
}

export function writeOrganisationalLife(
  sqlite: Database.Database,
  random: Random,
  branches: DemoBranch[],
  members: DemoMember[],
  committees: Map<number, CommitteeSeat[]>,
  months: string[],
  today: string,
  now: number,
): number {
  const insertMeeting = sqlite.prepare(
    `insert into party_meetings (branch_id, type, held_on, month, topic, presenter, location, notes, created_at,
       updated_at)
     values (?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const insertAttendance = sqlite.prepare(
    `insert into party_attendance (meeting_id, member_id, present, absence_reason, absence_note)
     values (?, ?, ?, ?, ?)`,
  );
  const current = today.slice(0, 7);
  let meetings = 0;
  for (const branch of branches) {
    const roster = members.filter((m) => m.branch === branch);
    const seats = committees.get(branch.id) ?? [];
    const secretary = seats.find((s) => s.post === 'secretary')?.member.name ?? branch.actor.name;
    const others = seats.filter((s) => s.post !== 'secretary').map((s) => s.member.name);
    const hall = `${branch.community}党群服务中心`;
    /** The month of its quarter each quarterly meeting is held in, drawn once per quarter. */
    const quarterPlan = new Map<string, string>();

    const presenterOf = (type: MeetingType): string => {
      if (type === 'group_meeting') return random.pick(others.length > 0 ? others : [secretary]);
      if (type === 'themed_party_day' && random.next() < 0.3 && others.length > 0) return random.pick(others);
      if (type === 'party_lecture') {
        const roll = random.next();
        if (roll < 0.25) return streetCadre;
        if (roll < 0.5) return `${branch.cadreName}（社区党委书记）`;
      }
      return secretary;
    };

    const expectedAt = (type: MeetingType, heldOn: string, monthIndex: number): DemoMember[] => {
      if (type === 'committee_meeting') return seats.map((s) => s.member).filter((m) => activeOn(m, heldOn));
      // Group meetings take the 党小组s in turn, one a month.
      if (type === 'group_meeting') return roster.filter((m) => m.group === monthIndex % 3 && activeOn(m, heldOn));
      return roster.filter((m) => activeOn(m, heldOn));
    };

    months.forEach((month, monthIndex) => {
      for (const type of Object.keys(usualDays) as MeetingType[]) {
        if (meetingFrequencies[type] === 'quarterly') {
          const key = `${type}:${quarterMonths(month)[0]}`;
          if (!quarterPlan.has(key)) quarterPlan.set(key, random.pick(quarterMonths(month)));
          if (quarterPlan.get(key) !== month) continue;
        }
        const [first, last] = usualDays[type];
        const heldOn = dayOf(month, random.int(first, last));
        if (month < current && random.next() < missedShare[type]) continue;
        if (month === current) {
          // This month: only what has already taken place, and 孙桂兰's committee meeting is still to be held.
          if (heldOn > today || random.next() < 0.3) continue;
          if (type === 'committee_meeting' && branch.code === secretaryBranchCode) continue;
        }
        const at = instantOn(random, heldOn, now);
        const meetingId = Number(
          insertMeeting.run(
            branch.id,
            type,
            heldOn,
            month,
            topicFor(random, type, month),
            presenterOf(type),
            type === 'committee_meeting' ? `${hall}会议室` : hall,
            at,
            at,
          ).lastInsertRowid,
        );
        meetings++;
        const turnout = 0.83 + random.next() * 0.14;
        for (const m of expectedAt(type, heldOn, monthIndex)) {
          const present = m.kind === 'mobile' ? random.next() < 0.15 : random.next() < turnout;
          if (present) {
            insertAttendance.run(meetingId, m.id, 1, null, null);
            continue;
          }
          const reason = absenceFor(random, m, heldOn);
          insertAttendance.run(
            meetingId,
            m.id,
            0,
            reason,
            random.next() < 0.6 ? random.pick(absenceNotes[reason]) : null,
          );
        }
      }
    });
  }
  return meetings;
}
