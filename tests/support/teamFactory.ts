// Builders for grid-team tests: the register desk's small street with two workers put on the team roster through
// team.addStaff (刘建华, who signs in as `grid`, and 王芳 on 凤凰社区), plus a police officer assigned to a grid who is
// not on the roster (a candidate).
import type { InputOf, OutputOf } from '../../src/shared/contract';
import { startRegisterDesk } from './registerFactory';
import type { TestGridDesk } from './testGridDesk';

/**
 * 天目山街道 › 振兴社区 › 第一网格 (…) and 凤凰社区 › 第一网格 (see startRegisterDesk), with the register desk's
 * tokens plus `grid` (刘建华's own account, role grid_worker; the same as `worker`). On the roster since 2024-03-01:
 * `liu` 刘建华 (full time, 振兴社区 第一网格, a duty recorded today) and `wang` 王芳 (part time, 凤凰社区 第一网格
 * since 2024-01-01). `police` 赵警官 is assigned to 振兴社区 第一网格 as police since 2024-01-01, not on the roster.
 */
export function startTeamDesk(now?: number) {
  const r = startRegisterDesk(now);
  const { desk } = r;
  // `grid` is the register desk's `worker` token (刘建华), named as the demo account is.
  const tokens = { ...r.tokens, grid: r.tokens.worker };
  const assign = (gridId: number, duty: InputOf<'grids.assignStaff'>['duty'], name: string) =>
    desk.call('grids.assignStaff', { gridId, duty, name, since: '2024-01-01' }, tokens.admin).staffId;

  const liuId = (desk.app.database.sqlite.prepare("select id from staff where name = '刘建华'").get() as { id: number })
    .id;
  const wangId = assign(r.grids.fhGrid.id, 'full_time', '王芳');
  const policeId = assign(r.grids.zxGrid.id, 'police', '赵警官');
  addWorker(desk, tokens.manager, { staffId: liuId, employment: 'full_time', position: '专职网格员' });
  addWorker(desk, tokens.manager, { staffId: wangId, employment: 'part_time' });
  return { ...r, desk, tokens, staffIds: { liu: liuId, wang: wangId, police: policeId } };
}

export type TeamDesk = ReturnType<typeof startTeamDesk>;

export type AddStaffInput = InputOf<'team.addStaff'>;

/** team.addStaff with defaults: a new full-time worker 李明 started on 2024-03-01 (a name only when no staffId). */
export function addWorker(
  desk: TestGridDesk,
  token: string,
  overrides: Partial<AddStaffInput> = {},
): OutputOf<'team.addStaff'> {
  const input: AddStaffInput = {
    ...(overrides.staffId === undefined ? { name: '李明' } : {}),
    startedOn: '2024-03-01',
    employment: 'full_time',
    ...overrides,
  };
  return desk.call('team.addStaff', input, token);
}

export type FieldDesk = TeamDesk & { staffIds: TeamDesk['staffIds'] & { gone: number } };

/**
 * The team desk (刘建华 and 王芳 on the roster since 2024-03-01, 赵警官 assigned to a grid as police but not on the
 * roster) with 李明, who joined the same day and left on 2026-10-31.
 */
export function startFieldDesk(): FieldDesk {
  const t = startTeamDesk();
  const joined = addWorker(t.desk, t.tokens.manager);
  t.desk.call(
    'team.changeStaff',
    { id: joined.id, version: joined.version, change: 'leave', date: '2026-10-31', reason: '另有工作' },
    t.tokens.manager,
  );
  return { ...t, staffIds: { ...t.staffIds, gone: joined.id } };
}
