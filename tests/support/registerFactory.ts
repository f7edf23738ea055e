// Small builders for register tests: a grid tree of our own, accounts by role, households and residents.
import type { InputOf } from '../../src/shared/contract';
import { checkCharOf } from '../../src/shared/domain/idNumber';
import { startTestGridDesk, type TestGridDesk } from './testGridDesk';

/** A valid ID number from its parts: region, birth date, three-digit sequence (odd = male). */
export function idNumberOf(birthDate = '1980-05-17', sequence = 123, region = '321204'): string {
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharOf(first17);
}

export const password = 'register-pass-1';

/**
 * 天目山街道 › 振兴社区 › 第一网格 › 第01/02微网格, and 凤凰社区 › 第一网格 › 第01微网格; accounts admin, desk, manager,
 * a grid worker (刘建华, full-time on 振兴社区 第一网格) and a branch secretary.
 */
export function startRegisterDesk(now?: number) {
  const desk = startTestGridDesk({ now });
  desk.call('auth.setup', { username: 'admin', displayName: '管理员', password, centreName: '天目山街道' });
  const admin = desk.login('admin', password);
  const grid = (parentId: number | null, level: 'street' | 'community' | 'grid' | 'micro_grid', name: string) =>
    desk.call('grids.create', { parentId, level, name }, admin);
  const street = grid(null, 'street', '天目山街道');
  const zhenxing = grid(street.id, 'community', '振兴社区');
  const zxGrid = grid(zhenxing.id, 'grid', '第一网格');
  const zxMicro1 = grid(zxGrid.id, 'micro_grid', '第01微网格');
  const zxMicro2 = grid(zxGrid.id, 'micro_grid', '第02微网格');
  const fenghuang = grid(street.id, 'community', '凤凰社区');
  const fhGrid = grid(fenghuang.id, 'grid', '第一网格');
  const fhMicro = grid(fhGrid.id, 'micro_grid', '第01微网格');

  const account = (username: string, displayName: string, role: InputOf<'users.create'>['role']) => {
    const user = desk.call('users.create', { username, displayName, role, password }, admin);
    return { user, token: desk.login(username, password) };
  };
  const deskUser = account('desk', '陈晓燕', 'desk');
  const manager = account('manager', '周卫东', 'manager');
  const worker = account('worker', '刘建华', 'grid_worker');
  const secretary = account('secretary', '孙桂兰', 'branch_secretary');
  const duty = desk.call('grids.assignStaff', { gridId: zxGrid.id, duty: 'full_time', name: '刘建华' }, admin);
  // No procedure links a staff person to an account yet; the demo does it the same way.
  desk.app.database.sqlite.prepare('update staff set user_id = ? where id = ?').run(worker.user.id, duty.staffId);

  return {
    desk,
    grids: { street, zhenxing, zxGrid, zxMicro1, zxMicro2, fenghuang, fhGrid, fhMicro },
    tokens: {
      admin,
      desk: deskUser.token,
      manager: manager.token,
      worker: worker.token,
      secretary: secretary.token,
    },
  };
}

export type RegisterDesk = ReturnType<typeof startRegisterDesk>;

export function householdInput(
  gridId: number,
  overrides: Partial<InputOf<'households.create'>> = {},
): InputOf<'households.create'> {
  return {
    gridId,
    estate: '振兴花园',
    building: '3',
    unit: '2',
    room: '501',
    houseUse: 'owner_occupied',
    ...overrides,
  };
}

export function residentInput(
  householdId: number,
  overrides: Partial<InputOf<'residents.create'>> = {},
): InputOf<'residents.create'> {
  return {
    householdId,
    name: '张三',
    idNumber: idNumberOf(),
    phone: '18012341999',
    relationToHead: 'head',
    residenceType: 'registered',
    residenceStatus: 'present_registered',
    ...overrides,
  };
}

/** A household with one resident in it, created by `token`. */
export function householdWithResident(
  desk: TestGridDesk,
  token: string,
  gridId: number,
  household: Partial<InputOf<'households.create'>> = {},
  resident: Partial<InputOf<'residents.create'>> = {},
) {
  const h = desk.call('households.create', householdInput(gridId, household), token);
  const r = desk.call('residents.create', residentInput(h.id, resident), token);
  return { household: h, resident: r };
}

/** A residents.update input: the create fields without the household, with the record's id and version. */
export function residentChanges(
  id: number,
  version: number,
  overrides: Partial<InputOf<'residents.create'>> = {},
): InputOf<'residents.update'> {
  const { householdId: _household, ...fields } = residentInput(0, overrides);
  return { ...fields, id, version };
}
