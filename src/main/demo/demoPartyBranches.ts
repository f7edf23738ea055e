// The demo's branches written: one on each comprehensive grid, the roster with each member's dated history, and a
// committee of members (孙桂兰, the `secretary` account, is 书记 of 振兴社区第一网格党支部 and keeps its records).
import type Database from 'better-sqlite3';
import type { CommitteePost, SecretaryBackground } from '../../shared/domain/party';
import { standingOf } from '../../shared/domain/party';
import { pinyinOf } from '../services/register';
import { addYears, ageOn, instantOn, later } from './demoPartyDates';
import type { DemoBranch, DemoMember } from './demoPartyRoster';
import { branchBrands, secretaryBackgroundsInOrder } from './demoPartyTexts';
import type { Random } from './random';

/** The secretary account's branch and the member she is on it. */
export const secretaryBranchCode = 'ZX-01';
export const secretaryName = '孙桂兰';

interface Account {
  id: number;
  name: string;
}

function account(sqlite: Database.Database, username: string): Account {
  const row = sqlite.prepare('select id, display_name as name from users where username = ?').get(username) as
    | Account
    | undefined;
  if (!row) throw new Error(`The demo party area needs the ${username} account.`);
  return row;
}

const foundingDays = ['07-01', '06-28', '05-20', '09-15', '03-18', '10-26'];

/** One branch per comprehensive grid, founded a few years back; 孙桂兰's account keeps 振兴第一网格's. */
export function writeBranches(sqlite: Database.Database, today: string, now: number): DemoBranch[] {
  const secretary = account(sqlite, 'secretary');
  const manager = account(sqlite, 'manager');
  const grids = sqlite
    .prepare(
      `select g.id, g.code, g.name, c.name as community,
         (select s.name from grid_staff gs join staff s on s.id = gs.staff_id
           where gs.grid_id = c.id and gs.duty = 'cadre' and gs.until is null order by gs.id limit 1) as cadreName,
         (select json_group_array(m.id) from grids m where m.parent_id = g.id and m.archived_at is null) as micro
       from grids g join grids c on c.id = g.parent_id
       where g.level = 'grid' and g.archived_at is null order by g.id`,
    )
    .all() as { id: number; code: string; name: string; community: string; cadreName: string | null; micro: string }[];
  const insert = sqlite.prepare(
    `insert into party_branches (name, brand_name, grid_id, founded_on, secretary_user_id, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?)`,
  );
  const year = Number(today.slice(0, 4));
  return grids.map((grid, i) => {
    const keptBySecretary = grid.code === secretaryBranchCode;
    const branch: DemoBranch = {
      id: 0,
      gridId: grid.id,
      code: grid.code,
      name: `${grid.community}${grid.name}党支部`,
      community: grid.community,
      foundedOn: `${year - 5 + (i % 3)}-${foundingDays[i % foundingDays.length]}`,
      secretaryUserId: keptBySecretary ? secretary.id : null,
      actor: keptBySecretary ? secretary : manager,
      microGridIds: (JSON.parse(grid.micro) as number[]).sort((a, b) => a - b),
      cadreName: grid.cadreName ?? '王海燕',
    };
    branch.id = Number(
      insert.run(
        branch.name,
        branchBrands[grid.code] ?? null,
        grid.id,
        branch.foundedOn,
        branch.secretaryUserId,
        now,
        now,
      ).lastInsertRowid,
    );
    return branch;
  });
}

/**
 * 孙桂兰 lives in her branch's grid: a retired woman of the register, not named in any case, takes her name, so
 * the secretary is a resident-linked member like everyone else.
 */
export function makeSecretaryMember(sqlite: Database.Database, members: DemoMember[], today: string, now: number) {
  const inCases = new Set(
    sqlite.prepare('select distinct resident_id from cases where resident_id is not null').pluck().all() as number[],
  );
  const member = members.find(
    (m) =>
      m.branch.code === secretaryBranchCode &&
      m.status === 'active' &&
      m.gender === 'female' &&
      m.fullOn !== null &&
      !inCases.has(m.residentId) &&
      ageOn(m.birthDate, today) >= 62 &&
      ageOn(m.birthDate, today) <= 72,
  );
  if (!member) throw new Error('The demo register has no retired woman in the secretary’s grid.');
  const spelling = pinyinOf(secretaryName);
  sqlite
    .prepare('update residents set name = ?, pinyin = ?, initials = ?, updated_at = ? where id = ?')
    .run(secretaryName, spelling.pinyin, spelling.initials, now, member.residentId);
  Object.assign(member, {
    name: secretaryName,
    kind: 'community',
    employer: null,
    reportedOn: null,
    servicePost: null,
    mobileWhere: null,
    mobileSince: null,
    mobileContact: null,
    incomeCategory: 'retired',
    incomeFen: 5_600_00,
  } satisfies Partial<DemoMember>);
  return member;
}

const transferSources = ['海陵区城东街道', '姜堰区三水街道', '高港区口岸街道', '兴化市昭阳街道', '南京市鼓楼区'];

/** Members with their history: arrival, becoming full within the demo's two years, leaving. */
export function writeMembers(
  sqlite: Database.Database,
  random: Random,
  members: DemoMember[],
  today: string,
  now: number,
) {
  const insert = sqlite.prepare(
    `insert into party_members (branch_id, resident_id, name, gender, birth_date, id_number, phone, standing,
       joined_on, full_on, status, status_date, arrived_on, kind, employer, reported_on, service_post, mobile_where,
       mobile_since, mobile_contact, income_category, income_fen, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = sqlite.prepare(
    `insert into party_member_events (member_id, branch_id, kind, date, month, note, actor_id, actor_name, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const demoSince = addYears(today, -2);
  let events = 0;
  for (const m of members) {
    m.id = Number(
      insert.run(
        m.branch.id,
        m.residentId,
        m.name,
        m.gender,
        m.birthDate,
        m.idNumber,
        m.phone,
        standingOf(m.fullOn),
        m.joinedOn,
        m.fullOn,
        m.status,
        m.statusDate,
        m.arrivedOn,
        m.kind,
        m.employer,
        m.reportedOn,
        m.servicePost,
        m.mobileWhere,
        m.mobileSince,
        m.mobileContact,
        m.incomeCategory,
        m.incomeFen,
        now,
        now,
      ).lastInsertRowid,
    );
    const event = (kind: string, date: string, note: string) => {
      insertEvent.run(
        m.id,
        m.branch.id,
        kind,
        date,
        date.slice(0, 7),
        note,
        m.branch.actor.id,
        m.branch.actor.name,
        instantOn(random, date, now),
      );
      events++;
    };
    if (m.arrival === 'joined') event('joined', m.joinedOn, '');
    else event('transferred_in', m.arrivedOn, `组织关系由${random.pick(transferSources)}转入`);
    if (m.fullOn !== null && m.fullOn >= demoSince && m.fullOn >= m.arrivedOn)
      event('became_full', m.fullOn, '预备期满，按期转为正式党员');
    if (m.status === 'transferred_out' && m.statusDate) event('transferred_out', m.statusDate, '随迁转出组织关系');
    if (m.status === 'deceased' && m.statusDate) event('deceased', m.statusDate, '因病去世');
  }
  return events;
}

/** A seat on a branch committee as written. */
export interface CommitteeSeat {
  member: DemoMember;
  post: CommitteePost;
  background: SecretaryBackground;
}

/** Age ranges a secretary of each background plausibly has. */
const secretaryAges: Record<SecretaryBackground, [number, number]> = {
  retired_cadre: [60, 75],
  grid_worker: [28, 50],
  volunteer: [45, 68],
  other: [30, 70],
};

/** A secretary, a deputy and one to three members, from the branch's active full community members. */
export function writeCommittees(
  sqlite: Database.Database,
  random: Random,
  branches: DemoBranch[],
  members: DemoMember[],
  secretary: DemoMember,
  today: string,
): Map<number, CommitteeSeat[]> {
  const insert = sqlite.prepare(
    'insert into party_committee (branch_id, member_id, post, background, since) values (?, ?, ?, ?, ?)',
  );
  const committees = new Map<number, CommitteeSeat[]>();
  branches.forEach((branch, i) => {
    const candidates = members.filter(
      (m) =>
        m.branch === branch && m.status === 'active' && m.kind === 'community' && m.fullOn !== null && m !== secretary,
    );
    const take = (fits: (m: DemoMember) => boolean): DemoMember => {
      const pool = candidates.filter(fits);
      const chosen = random.pick(pool.length > 0 ? pool : candidates);
      candidates.splice(candidates.indexOf(chosen), 1);
      return chosen;
    };
    const background = secretaryBackgroundsInOrder[i % secretaryBackgroundsInOrder.length] ?? 'volunteer';
    const [youngest, oldest] = secretaryAges[background];
    const age = (m: DemoMember) => ageOn(m.birthDate, today);
    const seats: CommitteeSeat[] = [
      branch.secretaryUserId !== null
        ? { member: secretary, post: 'secretary', background: 'retired_cadre' }
        : { member: take((m) => age(m) >= youngest && age(m) <= oldest), post: 'secretary', background },
      {
        member: take((m) => age(m) >= 35 && age(m) <= 65),
        post: 'deputy_secretary',
        background: random.pick(['volunteer', 'grid_worker', 'other'] as const),
      },
    ];
    for (let n = random.int(1, 3); n > 0; n--) {
      const member = take(() => true);
      seats.push({
        member,
        post: 'member',
        background: age(member) >= 60 ? 'retired_cadre' : random.pick(['volunteer', 'other'] as const),
      });
    }
    // The committee was elected when the branch was founded, or re-elected a term (three years) later.
    const elected = addYears(branch.foundedOn, 3) <= today ? addYears(branch.foundedOn, 3) : branch.foundedOn;
    for (const seat of seats) {
      const since = seat.post === 'secretary' ? branch.foundedOn : elected;
      insert.run(branch.id, seat.member.id, seat.post, seat.background, later(since, seat.member.arrivedOn));
    }
    committees.set(branch.id, seats);
  });
  return committees;
}
