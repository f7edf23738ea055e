// The register of the demo street, and of a district for `npm run bench`: households on every micro-grid at believable
// addresses, families with valid ID numbers, rentals, tags, and the home visits of this month and the three before.
// Written with prepared statements, one transaction per batch; the search indexes fill through their triggers.
import type Database from 'better-sqlite3';
import { localDate } from '../../shared/domain/dates';
import { type HouseUse, isAttentionTag, type VisitType } from '../../shared/domain/residents';
import { addressKeyOf, formatAddress } from '../services/addresses';
import { pinyinOf } from '../services/register';
import { type DemoPerson, familyOf, householdSize, idNumberFor } from './families';
import { chineseName, mobileNumber } from './names';
import { type Random, seededRandom } from './random';

export interface RegisterOptions {
  households: number;
  /** Average over all households, vacant homes and shops included. */
  residentsPerHousehold: number;
  seed: number;
  now: number;
  /** Months of home visits, this month included; 4 unless told. */
  visitMonths?: number;
  /** The people of the first occupied household, e.g. a family the e2e tests look for. */
  firstFamily?: DemoPerson[];
}

export interface RegisterSummary {
  households: number;
  residents: number;
  visits: number;
}

/** Estates four micro-grids share, the demo street's own first (振兴社区, 凤凰社区, 鼓楼社区). */
const estateNames = [
  '振兴花园',
  '天目新村',
  '振兴新村',
  '东方小区',
  '凤凰苑',
  '凤凰城',
  '锦绣华庭',
  '康居新村',
  '鼓楼小区',
  '罗塘人家',
  '鼓楼花苑',
  '三水湾',
  '人民新村',
  '阳光花园',
  '春晖小区',
  '银杏苑',
  '紫薇园',
  '金色家园',
  '梅园新村',
  '文峰小区',
];

const occupiedShare = 0.92;
const batchHouseholds = 20_000;

interface MicroGrid {
  id: number;
  officer: string | null;
  worker: string | null;
  workerUserId: number | null;
}

interface Address {
  estate: string;
  building: string;
  unit: string;
  room: string;
}

interface BuildingShape {
  units: number;
  floors: number;
  roomsPerFloor: number;
}

const shapes: BuildingShape[] = [
  { units: 2, floors: 6, roomsPerFloor: 2 },
  { units: 2, floors: 6, roomsPerFloor: 2 },
  { units: 3, floors: 5, roomsPerFloor: 2 },
  { units: 2, floors: 11, roomsPerFloor: 2 },
];

function microGridsOf(sqlite: Database.Database): MicroGrid[] {
  return sqlite
    .prepare(
      `select g.id,
         (select s.name from grid_staff gs join staff s on s.id = gs.staff_id
           where gs.grid_id = g.id and gs.duty = 'info_officer' and gs.until is null order by gs.id limit 1) as officer,
         (select s.name from grid_staff gs join staff s on s.id = gs.staff_id
           where gs.grid_id = g.parent_id and gs.duty = 'full_time' and gs.until is null order by gs.id limit 1) as worker,
         (select s.user_id from grid_staff gs join staff s on s.id = gs.staff_id
           where gs.grid_id = g.parent_id and gs.duty = 'full_time' and gs.until is null order by gs.id limit 1)
           as workerUserId
       from grids g where g.level = 'micro_grid' and g.archived_at is null order by g.id`,
    )
    .all() as MicroGrid[];
}

function houseUseFor(random: Random): HouseUse {
  const roll = random.next();
  return roll < 0.8 ? 'owner_occupied' : roll < 0.92 ? 'rented' : roll < 0.97 ? 'vacant' : 'commercial';
}

function visitTypeFor(random: Random, attention: boolean): VisitType {
  if (attention && random.next() < 0.5) return 'attention_visit';
  const roll = random.next();
  return roll < 0.82 ? 'routine' : roll < 0.9 ? 'hazard_check' : roll < 0.97 ? 'policy_outreach' : 'dispute_mediation';
}

const findingsByType: Record<VisitType, [string, boolean][]> = {
  routine: [
    ['', false],
    ['家中一切正常', false],
    ['老人身体状况良好', false],
    ['住户反映楼道灯不亮', true],
  ],
  hazard_check: [
    ['燃气管道正常', false],
    ['楼道堆放杂物，已提醒清理', true],
    ['电动车在楼道充电，已劝导', true],
  ],
  dispute_mediation: [['邻里噪声纠纷，已调解', true]],
  attention_visit: [['情绪稳定，按时服药', false]],
  policy_outreach: [['宣传反诈知识', false]],
};

/** The visit months, this month first: YYYY-MM and how many of its days have begun. */
function visitMonths(today: string, count: number): { month: string; days: number; current: boolean }[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: count }, (_, back) => {
    const first = new Date(Date.UTC(year, month - 1 - back, 1));
    const days = back === 0 ? Number(today.slice(8, 10)) : new Date(Date.UTC(year, month - back, 0)).getUTCDate();
    return { month: first.toISOString().slice(0, 7), days, current: back === 0 };
  });
}

export function generateRegister(sqlite: Database.Database, options: RegisterOptions): RegisterSummary {
  const random = seededRandom(options.seed);
  const today = localDate(options.now);
  const now = options.now;
  const grids = microGridsOf(sqlite);
  if (grids.length === 0) throw new Error('The register needs micro-grids to put households on.');
  const months = visitMonths(today, options.visitMonths ?? 4);
  const meanSize = options.residentsPerHousehold / occupiedShare;
  const summary: RegisterSummary = { households: 0, residents: 0, visits: 0 };
  const takenIds = new Set<string>();
  let firstFamily = options.firstFamily;

  const insertHousehold = sqlite.prepare(
    `insert into households (grid_id, estate, building, unit, room, address_key, address, house_use, landlord_name,
       landlord_phone, tenant_count, lease_start, lease_end, pledge_signed, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertResident = sqlite.prepare(
    `insert into residents (household_id, name, id_number, gender, birth_date, phone, ethnicity, relation_to_head,
       residence_type, residence_status, political_status, life_status, life_status_date, pinyin, initials,
       created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTag = sqlite.prepare('insert into resident_tags (resident_id, tag, risk_level) values (?, ?, ?)');
  const insertVisit = sqlite.prepare(
    `insert into visits (household_id, grid_id, visit_date, month, type, visitor_id, visitor_name, findings,
       follow_up_needed, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  function addPerson(householdId: number, person: DemoPerson): boolean {
    const spelling = pinyinOf(person.name);
    for (;;) {
      const idNumber = idNumberFor(random, person, takenIds);
      try {
        const residentId = insertResident.run(
          householdId,
          person.name,
          idNumber,
          person.gender,
          person.birthDate,
          person.phone,
          person.ethnicity,
          person.relationToHead,
          person.residenceType,
          person.residenceStatus,
          person.politicalStatus,
          person.lifeStatus,
          person.lifeStatusDate,
          spelling.pinyin,
          spelling.initials,
          now,
          now,
        ).lastInsertRowid;
        for (const t of person.tags) insertTag.run(residentId, t.tag, t.riskLevel);
        summary.residents++;
        return person.tags.some((t) => isAttentionTag(t.tag));
      } catch (error) {
        // An ID number already on an existing register (a second run): draw another sequence number.
        if (!(error instanceof Error && /UNIQUE/.test(error.message) && idNumber)) throw error;
      }
    }
  }

  function addVisits(householdId: number, grid: MicroGrid, coverage: number[], attention: boolean): void {
    months.forEach(({ month, days }, m) => {
      if (random.next() >= (coverage[m] ?? 0)) return;
      const type = visitTypeFor(random, attention);
      const [findings, followUp] = random.pick(findingsByType[type]);
      const byWorker = grid.worker !== null && (grid.officer === null || random.next() < 0.35);
      insertVisit.run(
        householdId,
        grid.id,
        `${month}-${String(random.int(1, days)).padStart(2, '0')}`,
        month,
        type,
        byWorker ? grid.workerUserId : null,
        (byWorker ? grid.worker : grid.officer) ?? '网格员',
        findings,
        followUp ? 1 : 0,
        now,
      );
      summary.visits++;
    });
  }

  function addHousehold(grid: MicroGrid, address: Address) {
    const houseUse = firstFamily ? 'owner_occupied' : houseUseFor(random);
    const occupied = houseUse === 'owner_occupied' || houseUse === 'rented';
    const people = occupied
      ? (firstFamily ?? familyOf(random, householdSize(random, meanSize), houseUse === 'rented', today))
      : [];
    if (occupied) firstFamily = undefined;
    const leaseStart = new Date(Date.parse(today) - random.int(30, 700) * 86_400_000).toISOString().slice(0, 10);
    const rented = houseUse === 'rented';
    const householdId = insertHousehold.run(
      grid.id,
      address.estate,
      address.building,
      address.unit,
      address.room,
      addressKeyOf(address.estate, address.building, address.unit, address.room),
      formatAddress(address),
      houseUse,
      rented ? chineseName(random) : null,
      rented ? mobileNumber(random) : null,
      rented ? people.length : null,
      rented ? leaseStart : null,
      rented ? `${Number(leaseStart.slice(0, 4)) + random.int(1, 2)}${leaseStart.slice(4)}` : null,
      rented ? (random.next() < 0.85 ? 1 : 0) : null,
      now,
      now,
    ).lastInsertRowid as number;
    summary.households++;
    let attention = false;
    for (const person of people) attention = addPerson(householdId, person) || attention;
    return { householdId, attention };
  }

  // Households per micro-grid: an even share, give or take 15%, adding up to the number asked for.
  const weights = grids.map(() => 0.85 + random.next() * 0.3);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((options.households * w) / weightSum));
  const short = options.households - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; i < short; i++) counts[i % counts.length] = (counts[i % counts.length] ?? 0) + 1;
  // Buildings continue after those already on the register, so a second run adds new addresses.
  const nextBuilding = new Map(
    (
      sqlite
        .prepare('select estate, max(cast(building as integer)) + 1 as next from households group by estate')
        .all() as { estate: string; next: number }[]
    ).map((row) => [row.estate, row.next]),
  );
  const plans: { grid: MicroGrid; address: Address; coverage: number[] }[] = [];
  grids.forEach((grid, g) => {
    const cycle = Math.floor(g / 4 / estateNames.length);
    const estate = `${estateNames[Math.floor(g / 4) % estateNames.length]}${cycle > 0 ? `${cycle + 1}期` : ''}`;
    const shape = random.pick(shapes);
    const perUnit = shape.floors * shape.roomsPerFloor;
    const perBuilding = shape.units * perUnit;
    const firstBuilding = nextBuilding.get(estate) ?? 1;
    const count = counts[g] ?? 0;
    nextBuilding.set(estate, firstBuilding + Math.ceil(count / perBuilding));
    const coverage = months.map(({ current, days }) =>
      current ? (days / 30) * (0.75 + random.next() * 0.25) : 0.6 + random.next() * 0.35,
    );
    for (let i = 0; i < count; i++) {
      const inBuilding = i % perBuilding;
      const floor = Math.floor((inBuilding % perUnit) / shape.roomsPerFloor) + 1;
      const address = {
        estate,
        building: String(firstBuilding + Math.floor(i / perBuilding)),
        unit: String(Math.floor(inBuilding / perUnit) + 1),
        room: String(floor * 100 + (inBuilding % shape.roomsPerFloor) + 1),
      };
      plans.push({ grid, address, coverage });
    }
  });
  const writeBatch = sqlite.transaction((batch: typeof plans) => {
    for (const { grid, address, coverage } of batch) {
      const { householdId, attention } = addHousehold(grid, address);
      addVisits(householdId, grid, coverage, attention);
    }
  });
  // A district's indexes outgrow SQLite's default 2 MB page cache; random inserts then wait on the disk.
  const cacheSize = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma('cache_size = -262144');
  try {
    for (let start = 0; start < plans.length; start += batchHouseholds) {
      writeBatch(plans.slice(start, start + batchHouseholds));
    }
  } finally {
    sqlite.pragma(`cache_size = ${Number(cacheSize)}`);
  }
  return summary;
}
