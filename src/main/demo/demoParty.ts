// The demo street's party area: a branch on each comprehensive grid with the register's party members on its
// roster, a year of organisational life, dues, service and wishes claimed, and the monthly reports with their
// review, so a newcomer finds believable branches. Deterministic for a seed and a clock; one transaction.
import { localDate } from '../../shared/domain/dates';
import { addMonths, monthsFromTo } from '../../shared/domain/months';
import type { AppDb } from '../db/open';
import { makeSecretaryMember, writeBranches, writeCommittees, writeMembers } from './demoPartyBranches';
import { addYears, later } from './demoPartyDates';
import { linkClaimedWishes, writeDues, writeService } from './demoPartyDues';
import { writeOrganisationalLife } from './demoPartyLife';
import { writeReports } from './demoPartyReports';
import { couldHaveJoined, type DemoMember, loadPartyResidents, planMember } from './demoPartyRoster';
import { seededRandom } from './random';

export interface PartySummary {
  branches: number;
  members: number;
  memberEvents: number;
  meetings: number;
  duesPayments: number;
  serviceRecords: number;
  wishesLinked: number;
  reports: number;
}

/** 邵晓东 of the showcase family reports to his community from the city hospital. */
const showcaseOnTheJob: Partial<DemoMember> = {
  kind: 'on_the_job',
  employer: '泰州市人民医院',
  servicePost: '助老服务岗',
  incomeCategory: 'employed',
  incomeFen: 8_600_00,
};

export function generateParty(db: AppDb, options: { now: number; seed: number }): PartySummary {
  const sqlite = db.$client;
  const { now } = options;
  const random = seededRandom(options.seed);
  const today = localDate(now);
  const current = today.slice(0, 7);
  // A year back and this month: the organisational life, dues and service the screens and reports show.
  const months = monthsFromTo(addMonths(current, -12), current);
  const manager = sqlite.prepare("select id, display_name as name from users where username = 'manager'").get() as {
    id: number;
    name: string;
  };

  return sqlite.transaction((): PartySummary => {
    const branches = writeBranches(sqlite, today, now);
    const byGrid = new Map(branches.map((b) => [b.gridId, b]));
    const members: DemoMember[] = [];
    for (const resident of loadPartyResidents(sqlite, today)) {
      const branch = byGrid.get(resident.gridId);
      if (!branch || !couldHaveJoined(resident, resident.lifeStatusDate ?? today)) continue;
      members.push(planMember(random, resident, branch, today));
    }
    const secretary = makeSecretaryMember(sqlite, members, today, now);
    const showcase = members.find((m) => m.name === '邵晓东' && m.status === 'active');
    if (showcase)
      Object.assign(showcase, { ...showcaseOnTheJob, reportedOn: later(showcase.arrivedOn, addYears(today, -2)) });
    const memberEvents = writeMembers(sqlite, random, members, today, now);
    const committees = writeCommittees(sqlite, random, branches, members, secretary, today);
    const meetings = writeOrganisationalLife(sqlite, random, branches, members, committees, months, today, now);
    const duesPayments = writeDues(sqlite, random, members, months, today, now);
    const serviceRecords = writeService(sqlite, random, members, months, today, now);
    const wishesLinked = linkClaimedWishes(sqlite, members);
    // Last: the reports freeze figures counted from everything above.
    const reports = writeReports(db, random, branches, manager, now);
    return {
      branches: branches.length,
      members: members.length,
      memberEvents,
      meetings,
      duesPayments,
      serviceRecords,
      wishesLinked,
      reports,
    };
  })();
}
