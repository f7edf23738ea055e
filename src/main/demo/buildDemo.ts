// The demo street: a deterministic, believable organisation that a newcomer can explore.
// Each later area adds its part here, so the demo grows with the product.

import { localDate } from '../../shared/domain/dates';
import type { StaffDuty } from '../../shared/domain/gridLevels';
import { checkCharOf } from '../../shared/domain/idNumber';
import type { Role } from '../../shared/domain/roles';
import type { AppDb } from '../db/open';
import { gridStaff, grids, staff, users } from '../db/schema';
import { hashPassword } from '../services/passwords';
import { settingKeys, writeSetting } from '../services/settingsStore';
import { type CaseSummary, generateCases } from './demoCases';
import { addGridWorkerAccounts } from './demoGridWorkers';
import { generateParty, type PartySummary } from './demoParty';
import { generateRegister, type RegisterSummary } from './demoRegister';
import { generateSummaries } from './demoSummaries';
import { generateTeam, type TeamSummary } from './demoTeam';
import type { DemoPerson } from './families';
import { chineseName, mobileNumber } from './names';
import { seededRandom } from './random';

export const demoPassword = 'demo1234';

export const demoAccounts: { username: string; role: Role; password: string; displayName: string }[] = [
  { username: 'admin', role: 'admin', password: demoPassword, displayName: '系统管理员' },
  { username: 'manager', role: 'manager', password: demoPassword, displayName: '周卫东' },
  { username: 'desk', role: 'desk', password: demoPassword, displayName: '陈晓燕' },
  { username: 'grid', role: 'grid_worker', password: demoPassword, displayName: '刘建华' },
  { username: 'secretary', role: 'branch_secretary', password: demoPassword, displayName: '孙桂兰' },
];

export const demoStreet = {
  name: '天目山街道',
  code: 'TMS',
  communities: [
    { name: '振兴社区', code: 'ZX', microGridsPerGrid: [9, 9] },
    { name: '凤凰社区', code: 'FH', microGridsPerGrid: [8, 9] },
    { name: '鼓楼社区', code: 'GL', microGridsPerGrid: [9, 8] },
  ],
};

const gridOrdinals = ['第一网格', '第二网格', '第三网格'];

const withCheckChar = (first17: string) => first17 + checkCharOf(first17);

const showcasePerson = {
  regionCode: '321204',
  residenceType: 'registered',
  residenceStatus: 'present_registered',
  ethnicity: '汉族',
  tags: [],
  lifeStatus: 'active',
  lifeStatusDate: null,
} as const;

/**
 * The first household of 振兴花园 (第一网格, the `grid` account's own): a family the e2e tests look for by pinyin
 * initials (smy → 邵明远) and by the last four characters of an ID number.
 */
export const demoShowcaseFamily: DemoPerson[] = [
  {
    ...showcasePerson,
    name: '邵明远',
    gender: 'male',
    birthDate: '1956-03-15',
    idNumber: withCheckChar('32120419560315033'),
    relationToHead: 'head',
    politicalStatus: 'party_member',
    phone: '13905236688',
    tags: [],
  },
  {
    ...showcasePerson,
    name: '顾秀英',
    gender: 'female',
    birthDate: '1958-07-08',
    idNumber: withCheckChar('32120419580708042'),
    relationToHead: 'spouse',
    politicalStatus: 'masses',
    phone: '13852601234',
    tags: [],
  },
  {
    ...showcasePerson,
    name: '邵晓东',
    gender: 'male',
    birthDate: '1983-11-12',
    idNumber: withCheckChar('32120419831112001'),
    relationToHead: 'son',
    politicalStatus: 'party_member',
    phone: '18012341999',
    tags: [],
  },
];

export interface DemoSummary {
  demo: true;
  communities: number;
  grids: number;
  microGrids: number;
  staff: number;
  users: number;
  register: RegisterSummary;
  cases: CaseSummary;
  party: PartySummary;
  team: TeamSummary;
}

export function buildDemo(db: AppDb, now: number): DemoSummary {
  const random = seededRandom(20221026);
  const today = localDate(now);
  const since = `${Number(today.slice(0, 4)) - 2}-01-01`;
  const summary: Omit<DemoSummary, 'register' | 'cases' | 'party' | 'team'> = {
    demo: true,
    communities: 0,
    grids: 0,
    microGrids: 0,
    staff: 0,
    users: 0,
  };

  const userIds = new Map<string, number>();
  for (const account of demoAccounts) {
    const user = db
      .insert(users)
      .values({
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        passwordHash: hashPassword(account.password),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id })
      .get();
    userIds.set(account.username, user.id);
    summary.users++;
  }

  const addGrid = (
    parentId: number | null,
    level: 'street' | 'community' | 'grid' | 'micro_grid',
    name: string,
    code: string,
  ) =>
    db
      .insert(grids)
      .values({ parentId, level, name, code, createdAt: now, updatedAt: now })
      .returning({ id: grids.id })
      .get().id;

  const assign = (gridId: number, duty: StaffDuty, person: { name: string; userId?: number }) => {
    const staffId = db
      .insert(staff)
      .values({
        name: person.name,
        phone: mobileNumber(random),
        userId: person.userId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: staff.id })
      .get().id;
    db.insert(gridStaff).values({ gridId, staffId, duty, since, createdAt: now }).run();
    summary.staff++;
  };

  const streetId = addGrid(null, 'street', demoStreet.name, demoStreet.code);
  let firstGrid = true;
  for (const community of demoStreet.communities) {
    const communityId = addGrid(streetId, 'community', community.name, community.code);
    summary.communities++;
    assign(communityId, 'cadre', { name: chineseName(random) });
    community.microGridsPerGrid.forEach((microCount, gridIndex) => {
      const gridCode = `${community.code}-${String(gridIndex + 1).padStart(2, '0')}`;
      const gridId = addGrid(communityId, 'grid', gridOrdinals[gridIndex] ?? `第${gridIndex + 1}网格`, gridCode);
      summary.grids++;
      // The demo grid worker account is the full-time worker of the first grid, so signing in as `grid` shows a real grid.
      assign(
        gridId,
        'full_time',
        firstGrid ? { name: '刘建华', userId: userIds.get('grid') } : { name: chineseName(random) },
      );
      firstGrid = false;
      assign(gridId, 'cadre', { name: chineseName(random) });
      assign(gridId, 'police', { name: chineseName(random) });
      assign(gridId, 'volunteer', { name: chineseName(random) });
      assign(gridId, 'volunteer', { name: chineseName(random) });
      for (let m = 1; m <= microCount; m++) {
        const microId = addGrid(
          gridId,
          'micro_grid',
          `第${String(m).padStart(2, '0')}微网格`,
          `${gridCode}-${String(m).padStart(2, '0')}`,
        );
        summary.microGrids++;
        assign(microId, 'info_officer', { name: chineseName(random) });
      }
    });
  }

  summary.users += addGridWorkerAccounts(db.$client, now);
  const register = generateRegister(db.$client, {
    households: 5_600,
    residentsPerHousehold: 2.7,
    seed: 20221026,
    now,
    firstFamily: demoShowcaseFamily,
  });

  const cases = generateCases(db.$client, { now, seed: 20221026, showcase: true });
  const party = generateParty(db, { now, seed: 20221026 });
  const team = generateTeam(db, { now, seed: 20221026 });
  generateSummaries(db, { now, since });

  writeSetting(db, settingKeys.centreName, `${demoStreet.name}（演示）`);
  writeSetting(db, settingKeys.isDemo, true);
  return { ...summary, register, cases, party, team };
}
