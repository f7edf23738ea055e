// Who is on the demo branches' rosters: every party member and probationary member of the register, in the branch
// of the grid they live on, with believable dates (joined as adults, full a year later), kinds (在职, 流动), income
// by age, and the members who died or moved away in the last two years kept with their status.
import type Database from 'better-sqlite3';
import type { MemberArrival, MemberKind, MemberStatus } from '../../shared/domain/party';
import type { IncomeCategory } from '../../shared/domain/partyDues';
import type { Gender } from '../../shared/domain/residents';
import { addDays, addYears, ageOn, dateBetween, earlier, later } from './demoPartyDates';
import { employers, mobilePlaces, servicePostNames } from './demoPartyTexts';
import { mobileNumber } from './names';
import type { Random } from './random';

export interface DemoBranch {
  id: number;
  gridId: number;
  code: string;
  name: string;
  community: string;
  foundedOn: string;
  secretaryUserId: number | null;
  /** Who records the branch's changes: its secretary account, or the manager who keeps it. */
  actor: { id: number; name: string };
  microGridIds: number[];
  /** The community's cadre, who gives a party lecture now and then. */
  cadreName: string;
}

export interface DemoMember {
  id: number;
  branch: DemoBranch;
  residentId: number;
  name: string;
  gender: Gender;
  birthDate: string;
  idNumber: string | null;
  phone: string | null;
  /** The 党小组 the member meets with: by micro-grid. */
  group: number;
  joinedOn: string;
  fullOn: string | null;
  arrival: MemberArrival;
  arrivedOn: string;
  status: MemberStatus;
  statusDate: string | null;
  kind: MemberKind;
  employer: string | null;
  reportedOn: string | null;
  servicePost: string | null;
  mobileWhere: string | null;
  mobileSince: string | null;
  mobileContact: string | null;
  incomeCategory: IncomeCategory;
  incomeFen: number;
}

export interface PartyResident {
  id: number;
  name: string;
  gender: Gender;
  birthDate: string;
  idNumber: string | null;
  phone: string | null;
  politicalStatus: 'party_member' | 'probationary_member';
  lifeStatus: 'active' | 'deceased' | 'moved_out';
  lifeStatusDate: string | null;
  gridId: number;
  microGridId: number;
}

/** Party members of the register (those who left within two years too), with the grid and micro-grid of their home. */
export function loadPartyResidents(sqlite: Database.Database, today: string): PartyResident[] {
  return sqlite
    .prepare(
      `select r.id, r.name, r.gender, r.birth_date as birthDate, r.id_number as idNumber, r.phone,
         r.political_status as politicalStatus, r.life_status as lifeStatus, r.life_status_date as lifeStatusDate,
         m.parent_id as gridId, m.id as microGridId
       from residents r join households h on h.id = r.household_id join grids m on m.id = h.grid_id
       where r.political_status in ('party_member', 'probationary_member') and r.birth_date is not null
         and (r.life_status = 'active' or (r.life_status in ('deceased', 'moved_out') and r.life_status_date >= ?))
       order by r.id`,
    )
    .all(addYears(today, -2)) as PartyResident[];
}

const yuan = 100;

/** A declared monthly income in whole fen, rounded to ten yuan. */
function incomeBetween(random: Random, fromYuan: number, toYuan: number): number {
  return random.int(fromYuan / 10, toYuan / 10) * 10 * yuan;
}

function incomeFor(random: Random, age: number): { incomeCategory: IncomeCategory; incomeFen: number } {
  const roll = random.next();
  if (roll < 0.015) return { incomeCategory: 'minimum_allowance', incomeFen: incomeBetween(random, 800, 1_000) };
  if (age >= 60) {
    // Pensions: most under 5,000 yuan (0.5%), a retired cadre's above it (1%).
    const high = random.next() < 0.3;
    return { incomeCategory: 'retired', incomeFen: incomeBetween(random, high ? 5_010 : 2_500, high ? 8_000 : 5_000) };
  }
  if (age <= 23 && roll < 0.4) return { incomeCategory: 'student', incomeFen: 0 };
  if (roll < 0.045) return { incomeCategory: 'unemployed', incomeFen: 0 };
  // Every employed bracket: ≤3,000, ≤5,000, ≤10,000 and above.
  const bracket = random.next();
  const [from, to] =
    bracket < 0.15
      ? [2_500, 3_000]
      : bracket < 0.5
        ? [3_010, 5_000]
        : bracket < 0.85
          ? [5_010, 10_000]
          : [10_010, 15_000];
  return { incomeCategory: 'employed', incomeFen: incomeBetween(random, from, to) };
}

/** Old enough to have joined: 18 some weeks before `until` (their last day on the roster, or today). */
export function couldHaveJoined(r: PartyResident, until: string): boolean {
  return addYears(r.birthDate, 18) <= addDays(until, -20);
}

/** Joined as an adult, full a year later; probationary members joined within the last year. */
function membershipDates(random: Random, r: PartyResident, until: string) {
  const adult = addYears(r.birthDate, 18);
  if (r.politicalStatus === 'probationary_member') {
    return { joinedOn: dateBetween(random, later(adult, addDays(until, -330)), addDays(until, -20)), fullOn: null };
  }
  // A few joined one to three years ago and became full within the last two: the reports show them.
  const recent = random.next() < 0.015;
  const age = ageOn(r.birthDate, until);
  const from = recent
    ? addDays(until, -1_050)
    : addYears(r.birthDate, random.int(18, Math.max(18, Math.min(45, age - 4))));
  const drawn = dateBetween(random, from, recent ? addDays(until, -400) : addYears(from, 1));
  const joinedOn = later(earlier(drawn, addDays(until, -370)), adult);
  const fullOn = later(earlier(addDays(addYears(joinedOn, 1), random.int(0, 20)), until), joinedOn);
  return { joinedOn, fullOn };
}

/** The member a register resident makes in their grid's branch (id and group are set when written). */
export function planMember(random: Random, r: PartyResident, branch: DemoBranch, today: string): DemoMember {
  const status: MemberStatus =
    r.lifeStatus === 'deceased' ? 'deceased' : r.lifeStatus === 'moved_out' ? 'transferred_out' : 'active';
  const statusDate = status === 'active' ? null : (r.lifeStatusDate ?? today);
  const until = statusDate ?? today;
  const { joinedOn, fullOn } = membershipDates(random, r, until);
  // Some came from another organisation in the last three years: 转入.
  const transferLatest = addDays(until, -10);
  const transferEarliest = later(addDays(joinedOn, 30), addYears(today, -3));
  const transferred = r.politicalStatus === 'party_member' && random.next() < 0.1 && transferEarliest < transferLatest;
  const arrivedOn = transferred ? dateBetween(random, transferEarliest, transferLatest) : joinedOn;
  const age = ageOn(r.birthDate, today);
  const income = incomeFor(random, age);
  const roll = random.next();
  const kind: MemberKind =
    age <= 54 && roll < 0.1 && income.incomeCategory === 'employed'
      ? 'mobile'
      : age >= 22 && age < 60 && roll < 0.38 && income.incomeCategory === 'employed'
        ? 'on_the_job'
        : 'community';
  const onTheJob = kind === 'on_the_job';
  const mobile = kind === 'mobile';
  return {
    id: 0,
    branch,
    residentId: r.id,
    name: r.name,
    gender: r.gender,
    birthDate: r.birthDate,
    idNumber: r.idNumber,
    phone: r.phone,
    group: Math.max(0, branch.microGridIds.indexOf(r.microGridId)) % 3,
    joinedOn,
    fullOn,
    arrival: transferred ? 'transferred_in' : 'joined',
    arrivedOn,
    status,
    statusDate,
    kind,
    employer: onTheJob ? random.pick(employers) : null,
    reportedOn: onTheJob
      ? dateBetween(random, later(arrivedOn, addYears(today, -4)), earlier(addDays(today, -20), until))
      : null,
    servicePost: onTheJob ? random.pick(servicePostNames) : null,
    mobileWhere: mobile ? random.pick(mobilePlaces) : null,
    mobileSince: mobile ? dateBetween(random, later(joinedOn, addYears(today, -5)), addDays(until, -60)) : null,
    mobileContact: mobile ? (r.phone ?? mobileNumber(random)) : null,
    ...income,
  };
}
