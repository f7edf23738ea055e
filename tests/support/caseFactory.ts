// Builders for case tests: a desk with a resident to raise cases for, categories by name, and cases registered
// and stepped through the real procedures (cases.create, cases.transition), never written by SQL.
import type { InputOf, OutputOf } from '../../src/shared/contract';
import type { TransitionInput } from '../../src/shared/contract/cases';
import { householdWithResident, password, startRegisterDesk } from './registerFactory';
import type { TestGridDesk } from './testGridDesk';

export type CaseChange = OutputOf<'cases.create'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** One step of the flow without the case's id and version, which `walk` fills in. */
export type Step = DistributiveOmit<TransitionInput, 'id' | 'version'>;

/**
 * The register desk of registerFactory (振兴社区 with two micro-grids, 凤凰社区, accounts admin, desk, manager,
 * worker 刘建华 on 振兴社区 第一网格, secretary) with one household on 振兴社区 第01微网格 and its resident 张三.
 */
export function startCaseDesk(now?: number) {
  const r = startRegisterDesk(now);
  const { household, resident } = householdWithResident(r.desk, r.tokens.desk, r.grids.zxMicro1.id);
  return { ...r, household, resident };
}

export type CaseDesk = ReturnType<typeof startCaseDesk>;

/** Time passes; sessions last 12 hours, so everyone signs in again. */
export function passTime(c: CaseDesk, ms: number): void {
  c.desk.advance(ms);
  for (const username of Object.keys(c.tokens) as (keyof CaseDesk['tokens'])[]) {
    c.tokens[username] = c.desk.login(username, password);
  }
}

/** A category's id by its Chinese name: a top category, or a sub-category under it (seeded from DOMAIN.md). */
export function categoryId(desk: TestGridDesk, token: string, topName = '环境卫生', subName?: string): number {
  const rows = desk.call('cases.categoryTree', { includeArchived: true }, token).rows;
  const top = rows.find((c) => c.parentId === null && c.name === topName);
  if (!top) throw new Error(`No top category ${topName}`);
  if (subName === undefined) return top.id;
  const sub = rows.find((c) => c.parentId === top.id && c.name === subName);
  if (!sub) throw new Error(`No category ${topName} / ${subName}`);
  return sub.id;
}

function firstMicroGridId(desk: TestGridDesk, token: string): number {
  const grid = desk.call('grids.tree', {}, token).find((g) => g.level === 'micro_grid');
  if (!grid) throw new Error('No micro-grid to register a case on');
  return grid.id;
}

/**
 * Registers a case through cases.create: by default a walk-in demand about noise (环境卫生 / 噪声扰民), accepted at
 * once, on the first micro-grid unless a resident, household or grid is given.
 */
export function registerCase(
  desk: TestGridDesk,
  token: string,
  overrides: Partial<InputOf<'cases.create'>> = {},
): CaseChange {
  const linked =
    overrides.residentId !== undefined || overrides.householdId !== undefined || overrides.gridId !== undefined;
  const input = {
    kind: 'demand',
    source: 'walk_in',
    categoryId: overrides.categoryId ?? categoryId(desk, token, '环境卫生', '噪声扰民'),
    description: '楼上装修噪声扰民，晚上十点后仍在施工',
    ...(linked ? {} : { gridId: firstMicroGridId(desk, token) }),
    ...overrides,
  } as InputOf<'cases.create'>;
  return desk.call('cases.create', input, token);
}

/** One step through cases.transition; answers the case's new status and version. */
export function takeStep(desk: TestGridDesk, token: string, input: TransitionInput): CaseChange {
  return desk.call('cases.transition', input, token);
}

/** Steps taken one after another, each by its own account, each with the version the previous one answered. */
export function walk(desk: TestGridDesk, start: CaseChange, steps: [token: string, step: Step][]): CaseChange {
  let current = start;
  for (const [token, step] of steps) {
    current = takeStep(desk, token, { ...step, id: current.id, version: current.version } as TransitionInput);
  }
  return current;
}

/** A wish claimed through wishes.claim. */
export function claimWish(
  desk: TestGridDesk,
  token: string,
  current: CaseChange,
  claimant: Partial<InputOf<'wishes.claim'>> = {},
): CaseChange {
  return desk.call(
    'wishes.claim',
    {
      id: current.id,
      version: current.version,
      claimantKind: 'party_member',
      claimantName: '王建国',
      ...claimant,
    },
    token,
  );
}

/** The case's stored row as the services keep it (for asserting deadlines and facts the page derives from). */
export function storedCase(desk: TestGridDesk, id: number) {
  return desk.app.database.sqlite.prepare('select * from cases where id = ?').get(id) as Record<string, unknown>;
}

/** The timeline in the order the steps were taken: kind, statuses, actor, note and details. */
export function timelineOf(desk: TestGridDesk, caseId: number) {
  return (
    desk.app.database.sqlite
      .prepare(
        'select kind, from_status, to_status, actor_name, at, note, data from case_events where case_id = ? order by id',
      )
      .all(caseId) as {
      kind: string;
      from_status: string | null;
      to_status: string;
      actor_name: string;
      at: number;
      note: string;
      data: string | null;
    }[]
  ).map((e) => ({
    kind: e.kind,
    fromStatus: e.from_status,
    toStatus: e.to_status,
    actorName: e.actor_name,
    at: e.at,
    note: e.note,
    data: e.data === null ? null : (JSON.parse(e.data) as Record<string, unknown>),
  }));
}

/** A cases.updateCategory input from a row of the tree, with the changes given. */
export function categoryChanges(
  row: OutputOf<'cases.categoryTree'>['rows'][number],
  changes: Partial<InputOf<'cases.updateCategory'>> = {},
): InputOf<'cases.updateCategory'> {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    nameEn: row.nameEn ?? undefined,
    acceptWorkingDays: row.acceptWorkingDays,
    resolveDays: row.resolveDays,
    urgentResolveDays: row.urgentResolveDays,
    archived: row.archived,
    ...changes,
  };
}
