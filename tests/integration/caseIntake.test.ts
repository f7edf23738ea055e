// Registering a case at the desk and correcting it: numbers, links to the register, deadlines, the first steps.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CaseDesk,
  categoryChanges,
  categoryId,
  passTime,
  registerCase,
  startCaseDesk,
  storedCase,
  timelineOf,
  walk,
} from '../support/caseFactory';
import { householdInput } from '../support/registerFactory';
import { defaultNow } from '../support/testGridDesk';

const day = 24 * 60 * 60_000;

let c: CaseDesk;
beforeEach(() => {
  c = startCaseDesk();
});
afterEach(() => c.desk.close());

function refusal(procedure: string, input: unknown, token: string) {
  const before = c.desk.snapshot();
  const answer = c.desk.raw(procedure, input, token);
  expect(c.desk.snapshot()).toEqual(before);
  if (answer.ok) throw new Error(`${procedure} was not refused`);
  return answer.error;
}

const noise = () => categoryId(c.desk, c.tokens.desk, '环境卫生', '噪声扰民');

describe('registering a case', () => {
  it('links a resident: their household, its micro-grid and address, and their name and phone as the contact', () => {
    const created = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
    expect(created).toMatchObject({ number: 'SQ202611-000001', status: 'accepted' });
    expect(storedCase(c.desk, created.id)).toMatchObject({
      resident_id: c.resident.id,
      household_id: c.household.id,
      grid_id: c.grids.zxMicro1.id,
      address: '振兴花园3栋2单元501室',
      contact_name: '张三',
      contact_phone: '18012341999',
      registered_at: defaultNow,
      registered_month: '2026-11',
      accepted_at: defaultNow,
      // Registered on a Monday at 10:00: accepted by Tuesday 10:00, resolved within 7 days.
      accept_by: defaultNow + day,
      resolve_by: defaultNow + 7 * day,
    });
    expect(timelineOf(c.desk, created.id)).toEqual([
      expect.objectContaining({ kind: 'register', fromStatus: null, toStatus: 'registered', actorName: '陈晓燕' }),
      expect.objectContaining({ kind: 'accept', fromStatus: 'registered', toStatus: 'accepted', actorName: '陈晓燕' }),
    ]);
    const audit = c.desk.call('audit.list', { entity: 'cases', entityId: created.id, limit: 10 }, c.tokens.admin);
    expect(audit.rows).toEqual([expect.objectContaining({ action: 'cases.create', actorName: '陈晓燕' })]);
  });

  it('keeps a contact the caller gives over the resident’s own', () => {
    const created = registerCase(c.desk, c.tokens.desk, {
      residentId: c.resident.id,
      contactName: '张三的女儿',
      contactPhone: '13900001111',
    });
    expect(storedCase(c.desk, created.id)).toMatchObject({ contact_name: '张三的女儿', contact_phone: '13900001111' });
  });

  it('takes the grid and address from a household alone, and an address and grid when nobody is linked', () => {
    const byHousehold = registerCase(c.desk, c.tokens.desk, {
      householdId: c.household.id,
      gridId: c.grids.fhMicro.id,
    });
    expect(storedCase(c.desk, byHousehold.id)).toMatchObject({
      household_id: c.household.id,
      resident_id: null,
      grid_id: c.grids.zxMicro1.id,
      address: '振兴花园3栋2单元501室',
      contact_name: null,
    });
    const byGrid = registerCase(c.desk, c.tokens.desk, { gridId: c.grids.fhGrid.id, address: '凤凰路与长江路路口' });
    expect(storedCase(c.desk, byGrid.id)).toMatchObject({
      grid_id: c.grids.fhGrid.id,
      household_id: null,
      address: '凤凰路与长江路路口',
    });
  });

  it('numbers cases per month: SQ202611-000001, -000002, and a new month starts again at 000001', () => {
    c.desk.close();
    // 2026-11-30 23:00 in Shanghai; 90 minutes later it is December there, still November in UTC.
    c = startCaseDesk(Date.parse('2026-11-30T15:00:00Z'));
    expect(registerCase(c.desk, c.tokens.desk).number).toBe('SQ202611-000001');
    expect(registerCase(c.desk, c.tokens.desk).number).toBe('SQ202611-000002');
    passTime(c, 90 * 60_000);
    const december = registerCase(c.desk, c.tokens.desk);
    expect(december.number).toBe('SQ202612-000001');
    expect(storedCase(c.desk, december.id).registered_month).toBe('2026-12');
    expect(registerCase(c.desk, c.tokens.desk).number).toBe('SQ202612-000002');
  });

  it('needs a grid when no resident or household is linked, and an active one', () => {
    const base = { kind: 'demand', source: 'phone', categoryId: noise(), description: '路灯不亮' } as const;
    const missing = refusal('cases.create', base, c.tokens.desk);
    expect(missing).toMatchObject({ code: 'VALIDATION', issues: [expect.objectContaining({ path: ['gridId'] })] });
    const unknown = refusal('cases.create', { ...base, gridId: 9999 }, c.tokens.desk);
    expect(unknown.issues).toEqual([expect.objectContaining({ path: ['gridId'], message: '请选择在用的网格' })]);
  });

  it('refuses a household that is not the resident’s own, and a resident not on the register', () => {
    const other = c.desk.call('households.create', householdInput(c.grids.zxMicro2.id, { room: '601' }), c.tokens.desk);
    const base = { kind: 'demand', source: 'walk_in', categoryId: noise(), description: '噪声' } as const;
    const mismatch = refusal(
      'cases.create',
      { ...base, residentId: c.resident.id, householdId: other.id },
      c.tokens.desk,
    );
    expect(mismatch.issues).toEqual([expect.objectContaining({ path: ['householdId'] })]);
    const unknown = refusal('cases.create', { ...base, residentId: 9999 }, c.tokens.desk);
    expect(unknown.issues).toEqual([expect.objectContaining({ path: ['residentId'] })]);
  });

  it('refuses an unknown category, a top category that has sub-categories and an archived one', () => {
    const base = {
      kind: 'demand',
      source: 'walk_in',
      description: '噪声',
      gridId: c.grids.zxMicro1.id,
    } as const;
    for (const id of [9999, categoryId(c.desk, c.tokens.desk, '环境卫生')]) {
      const error = refusal('cases.create', { ...base, categoryId: id }, c.tokens.desk);
      expect(error).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: ['categoryId'], message: '请选择在用的小类，或没有小类的大类' }],
      });
    }
    const rows = c.desk.call('cases.categoryTree', {}, c.tokens.manager).rows;
    const noiseRow = rows.find((r) => r.id === noise());
    if (!noiseRow) throw new Error('no 噪声扰民');
    c.desk.call('cases.updateCategory', categoryChanges(noiseRow, { archived: true }), c.tokens.manager);
    expect(refusal('cases.create', { ...base, categoryId: noiseRow.id }, c.tokens.desk).issues).toEqual([
      expect.objectContaining({ path: ['categoryId'] }),
    ]);
  });

  it('files a case under a top category that has no sub-categories', () => {
    const top = c.desk.call('cases.createCategory', { name: '其他事项' }, c.tokens.manager);
    const created = registerCase(c.desk, c.tokens.desk, { categoryId: top.id });
    expect(storedCase(c.desk, created.id)).toMatchObject({ category_id: top.id, top_category_id: top.id });
  });

  it('refuses an empty description and a 12345 case without its order number and deadline, writing nothing', () => {
    const base = { kind: 'demand', categoryId: noise(), gridId: c.grids.zxMicro1.id } as const;
    const empty = refusal('cases.create', { ...base, source: 'walk_in', description: '   ' }, c.tokens.desk);
    expect(empty.issues).toEqual([expect.objectContaining({ path: ['description'] })]);
    const hotline = refusal('cases.create', { ...base, source: 'hotline', description: '噪声' }, c.tokens.desk);
    expect(hotline).toMatchObject({ code: 'VALIDATION' });
    expect(hotline.issues).toEqual([
      { path: ['hotlineOrderNo'], message: '12345 热线工单须填写工单编号' },
      { path: ['hotlineDeadline'], message: '12345 热线工单须填写办理时限' },
    ]);
  });

  it('takes a 12345 work order’s own deadline over the category’s', () => {
    const hotlineDeadline = defaultNow + 2 * day;
    const created = registerCase(c.desk, c.tokens.desk, {
      source: 'hotline',
      hotlineOrderNo: 'TZ20261116-0042',
      hotlineDeadline,
    });
    expect(storedCase(c.desk, created.id)).toMatchObject({
      hotline_order_no: 'TZ20261116-0042',
      hotline_deadline: hotlineDeadline,
      resolve_by: hotlineDeadline,
    });
  });

  it('gives an urgent case the shorter limit', () => {
    const created = registerCase(c.desk, c.tokens.desk, { urgency: 'urgent' });
    expect(storedCase(c.desk, created.id).resolve_by).toBe(defaultNow + 3 * day);
  });

  it('only registers when asked to, or dispatches at once to a grid worker or a department', () => {
    expect(registerCase(c.desk, c.tokens.desk, { next: 'register' }).status).toBe('registered');
    const toWorker = registerCase(c.desk, c.tokens.desk, { next: 'assign', handlerUserId: workerId() });
    expect(toWorker.status).toBe('assigned');
    expect(storedCase(c.desk, toWorker.id)).toMatchObject({ handler_user_id: workerId(), handler_name: '刘建华' });
    expect(timelineOf(c.desk, toWorker.id).map((e) => e.kind)).toEqual(['register', 'accept', 'assign']);
    const toDepartment = registerCase(c.desk, c.tokens.desk, { next: 'assign', handlerDepartment: '街道城管中队' });
    expect(storedCase(c.desk, toDepartment.id)).toMatchObject({
      handler_user_id: null,
      handler_department: '街道城管中队',
      handler_name: '街道城管中队',
    });
  });

  it('refuses to dispatch at once to an account that does not handle cases, writing nothing', () => {
    const secretary = c.desk.call('users.list', {}, c.tokens.admin).find((u) => u.username === 'secretary');
    const error = refusal(
      'cases.create',
      {
        kind: 'demand',
        source: 'walk_in',
        categoryId: noise(),
        description: '噪声',
        gridId: c.grids.zxMicro1.id,
        next: 'assign',
        handlerUserId: secretary?.id,
      },
      c.tokens.desk,
    );
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [expect.objectContaining({ path: ['handlerUserId'] })] });
  });

  it('resolves at the desk on first contact: the desk is the handler and the case counts as resolved first time', () => {
    const created = registerCase(c.desk, c.tokens.desk, {
      residentId: c.resident.id,
      next: 'resolve',
      resolution: '已电话联系装修方，承诺晚八点后停工',
    });
    expect(created.status).toBe('resolved');
    expect(storedCase(c.desk, created.id)).toMatchObject({
      handler_user_id: deskId(),
      handler_name: '陈晓燕',
      resolution: '已电话联系装修方，承诺晚八点后停工',
      resolved_at: defaultNow,
      first_resolved_at: defaultNow,
      first_handling_resolved: 1,
    });
    expect(timelineOf(c.desk, created.id).map((e) => e.kind)).toEqual(['register', 'accept', 'resolve']);
  });

  it('is desk work: a grid worker may not register cases', () => {
    const error = refusal(
      'cases.create',
      { kind: 'demand', source: 'walk_in', categoryId: 1, description: 'x' },
      c.tokens.worker,
    );
    expect(error.code).toBe('FORBIDDEN');
  });
});

function userIdOf(username: string): number {
  const user = c.desk.call('users.list', {}, c.tokens.admin).find((u) => u.username === username);
  if (!user) throw new Error(`no user ${username}`);
  return user.id;
}
const workerId = () => userIdOf('worker');
const deskId = () => userIdOf('desk');

describe('correcting a case', () => {
  it('changes the details, recomputes the deadlines, and keeps an edit entry naming what changed', () => {
    const created = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
    const changed = c.desk.call(
      'cases.update',
      {
        id: created.id,
        version: created.version,
        kind: 'complaint',
        source: 'walk_in',
        categoryId: categoryId(c.desk, c.tokens.desk, '公共设施', '路灯'),
        urgency: 'urgent',
        description: '小区路灯坏了三盏',
        residentId: c.resident.id,
      },
      c.tokens.desk,
    );
    expect(changed).toMatchObject({ status: 'accepted', version: created.version + 1 });
    expect(storedCase(c.desk, created.id)).toMatchObject({
      kind: 'complaint',
      description: '小区路灯坏了三盏',
      resolve_by: defaultNow + 3 * day,
      registered_at: defaultNow,
    });
    const edit = timelineOf(c.desk, created.id).at(-1);
    expect(edit).toMatchObject({ kind: 'edit', fromStatus: 'accepted', toStatus: 'accepted', actorName: '陈晓燕' });
    expect(edit?.data?.changedFields).toEqual(['kind', 'urgency', 'categoryId', 'description']);
    const audit = c.desk.call('audit.list', { entity: 'cases', entityId: created.id, limit: 10 }, c.tokens.admin);
    expect(audit.rows[0]).toMatchObject({ action: 'cases.update' });
  });

  it('refuses the second of two desks saving the same version, and loses nothing of the first', () => {
    const created = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
    const details = {
      id: created.id,
      version: created.version,
      kind: 'demand',
      source: 'walk_in',
      categoryId: noise(),
      residentId: c.resident.id,
    } as const;
    c.desk.call('cases.update', { ...details, description: '第一位工作人员的修改' }, c.tokens.desk);
    const error = refusal('cases.update', { ...details, description: '第二位工作人员的修改' }, c.tokens.manager);
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'staleVersion' });
    expect(storedCase(c.desk, created.id).description).toBe('第一位工作人员的修改');
  });

  it('refuses to change a closed case', () => {
    const created = registerCase(c.desk, c.tokens.desk, { next: 'resolve', resolution: '已处理' });
    const closed = walk(c.desk, created, [[c.tokens.desk, { action: 'close' }]]);
    const error = refusal(
      'cases.update',
      {
        id: closed.id,
        version: closed.version,
        kind: 'demand',
        source: 'walk_in',
        categoryId: noise(),
        description: '改一下',
        gridId: c.grids.zxMicro1.id,
      },
      c.tokens.desk,
    );
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'caseFinished' });
  });
});

describe('who a case can be dispatched to', () => {
  it('lists the grid’s own worker first with the grids they serve, then desk and managers, and departments', () => {
    const other = c.desk.call(
      'users.create',
      { username: 'worker2', displayName: '王小明', role: 'grid_worker', password: 'register-pass-1' },
      c.tokens.admin,
    );
    const answer = c.desk.call('cases.handlers', { gridId: c.grids.zxMicro1.id }, c.tokens.desk);
    expect(answer.users.map((u) => [u.displayName, u.role, u.onThisGrid])).toEqual([
      ['刘建华', 'grid_worker', true],
      ['王小明', 'grid_worker', false],
      ['陈晓燕', 'desk', false],
      ['周卫东', 'manager', false],
    ]);
    expect(answer.users[0]?.gridNames).toEqual(['振兴社区 / 第一网格']);
    expect(answer.users.find((u) => u.userId === other.id)?.gridNames).toEqual([]);
    expect(answer.departments).toContain('街道城管中队');

    registerCase(c.desk, c.tokens.desk, { next: 'assign', handlerDepartment: '振兴花园物业' });
    const after = c.desk.call('cases.handlers', { gridId: c.grids.fhMicro.id }, c.tokens.desk);
    expect(after.departments[0]).toBe('振兴花园物业');
    expect(after.users[0]).toMatchObject({ displayName: '刘建华', onThisGrid: false });
  });
});
