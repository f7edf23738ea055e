import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GridNode } from '../../src/shared/contract/grids';
import { startTestGridDesk, type TestGridDesk } from '../support/testGridDesk';

let desk: TestGridDesk;
let token: string;

/** A small tree of our own: 天目山街道 › 振兴社区 › 第一网格 › 第01微网格, and a second community. */
function buildTree() {
  const street = desk.call('grids.create', { parentId: null, level: 'street', name: '天目山街道' }, token);
  const zhenxing = desk.call('grids.create', { parentId: street.id, level: 'community', name: '振兴社区' }, token);
  const fenghuang = desk.call('grids.create', { parentId: street.id, level: 'community', name: '凤凰社区' }, token);
  const grid = desk.call(
    'grids.create',
    { parentId: zhenxing.id, level: 'grid', name: '第一网格', code: 'ZX-01' },
    token,
  );
  const micro = desk.call('grids.create', { parentId: grid.id, level: 'micro_grid', name: '第01微网格' }, token);
  return { street, zhenxing, fenghuang, grid, micro };
}

beforeEach(() => {
  desk = startTestGridDesk();
  desk.call('auth.setup', {
    username: 'admin',
    displayName: '管理员',
    password: 'tianmu-pass-1',
    centreName: '天目山街道',
  });
  token = desk.login('admin', 'tianmu-pass-1');
});
afterEach(() => desk.close());

describe('building the organisation tree', () => {
  it('answers the tree parents first, with the new grids in it', () => {
    const { street, micro } = buildTree();
    const tree = desk.call('grids.tree', { includeArchived: false }, token);
    expect(tree.map((g) => g.level)).toEqual(['street', 'community', 'community', 'grid', 'micro_grid']);
    expect(tree[0]).toEqual(street);
    expect(tree.at(-1)).toMatchObject({ id: micro.id, name: '第01微网格', archived: false, version: 1 });
  });

  it('shows a grid with its path, staff and counts of what lies below', () => {
    const { zhenxing, grid } = buildTree();
    desk.call('grids.create', { parentId: grid.id, level: 'micro_grid', name: '第02微网格' }, token);
    desk.call('grids.assignStaff', { gridId: grid.id, duty: 'full_time', name: '刘建华', phone: '13912345678' }, token);
    const detail = desk.call('grids.get', { id: zhenxing.id }, token);
    expect(detail.path.map((p) => p.name)).toEqual(['天目山街道', '振兴社区']);
    expect(detail.counts).toEqual({ communities: 0, grids: 1, microGrids: 2, staff: 0 });
    const gridDetail = desk.call('grids.get', { id: grid.id }, token);
    expect(gridDetail.staff).toEqual([
      expect.objectContaining({ name: '刘建华', duty: 'full_time', phone: '13912345678', since: '2026-11-16' }),
    ]);
  });

  it('refuses a grid under a parent of the wrong level, and writes nothing', () => {
    const { street, micro } = buildTree();
    const before = desk.snapshot();
    for (const input of [
      { parentId: street.id, level: 'micro_grid' as const, name: '越级微网格' },
      { parentId: micro.id, level: 'micro_grid' as const, name: '微网格下的微网格' },
      { parentId: null, level: 'community' as const, name: '无上级社区' },
    ]) {
      expect(desk.raw('grids.create', input, token)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', reason: 'wrongParentLevel' },
      });
    }
    expect(desk.snapshot()).toEqual(before);
  });

  it('refuses a duplicate name under the same parent with the field marked, and writes nothing', () => {
    const { zhenxing, fenghuang } = buildTree();
    const before = desk.snapshot();
    const answer = desk.raw('grids.create', { parentId: zhenxing.id, level: 'grid', name: '第一网格' }, token);
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: 'gridNameTaken',
        issues: [{ path: ['name'], message: expect.stringContaining('第一网格') }],
      },
    });
    expect(desk.snapshot()).toEqual(before);
    expect(desk.raw('grids.create', { parentId: fenghuang.id, level: 'grid', name: '第一网格' }, token).ok).toBe(true);
  });

  it('refuses a second street of the same name', () => {
    buildTree();
    expect(desk.raw('grids.create', { parentId: null, level: 'street', name: '天目山街道' }, token)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'gridNameTaken' },
    });
  });
});

describe('changing the tree', () => {
  it('renames a grid and bumps its version', () => {
    const { grid } = buildTree();
    const renamed = desk.call(
      'grids.rename',
      { id: grid.id, version: grid.version, name: '振兴一网格', code: 'ZX-1' },
      token,
    );
    expect(renamed).toMatchObject({ name: '振兴一网格', code: 'ZX-1', version: grid.version + 1 });
  });

  it('refuses a save made from a stale screen with CONFLICT, keeping the other desk’s change', () => {
    const { grid } = buildTree();
    desk.call('grids.rename', { id: grid.id, version: grid.version, name: '甲改的名字' }, token);
    const before = desk.snapshot();
    expect(desk.raw('grids.rename', { id: grid.id, version: grid.version, name: '乙改的名字' }, token)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'staleVersion' },
    });
    expect(desk.snapshot()).toEqual(before);
  });

  it('moves a comprehensive grid to another community, but never under a micro-grid', () => {
    const { grid, fenghuang, micro } = buildTree();
    const moved = desk.call('grids.move', { id: grid.id, version: grid.version, parentId: fenghuang.id }, token);
    expect(moved.parentId).toBe(fenghuang.id);
    expect(desk.call('grids.get', { id: micro.id }, token).path.map((p) => p.name)).toEqual([
      '天目山街道',
      '凤凰社区',
      '第一网格',
      '第01微网格',
    ]);
    expect(desk.raw('grids.move', { id: grid.id, version: moved.version, parentId: micro.id }, token)).toMatchObject({
      ok: false,
      error: { reason: 'wrongParentLevel' },
    });
  });

  it('archives only a grid with no active sub-grids, ends its staff duties, and restores it', () => {
    const { grid, micro } = buildTree();
    desk.call('grids.assignStaff', { gridId: micro.id, duty: 'info_officer', name: '赵丽' }, token);
    expect(desk.raw('grids.archive', { id: grid.id, version: grid.version }, token)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'gridHasChildren', params: { count: 1 } },
    });
    const archived = desk.call('grids.archive', { id: micro.id, version: micro.version }, token);
    expect(archived.archived).toBe(true);
    expect(desk.call('grids.tree', { includeArchived: false }, token).some((g) => g.id === micro.id)).toBe(false);
    expect(desk.call('grids.tree', { includeArchived: true }, token).some((g) => g.id === micro.id)).toBe(true);
    expect(desk.call('grids.get', { id: micro.id }, token).staff).toEqual([]);
    expect(desk.raw('grids.rename', { id: micro.id, version: archived.version, name: '改名' }, token)).toMatchObject({
      ok: false,
      error: { reason: 'gridArchived' },
    });
    const restored = desk.call('grids.restore', { id: micro.id, version: archived.version }, token);
    expect(restored.archived).toBe(false);
  });

  it('frees an archived grid’s name for a new grid', () => {
    const { grid, micro } = buildTree();
    desk.call('grids.archive', { id: micro.id, version: micro.version }, token);
    expect(desk.raw('grids.create', { parentId: grid.id, level: 'micro_grid', name: '第01微网格' }, token).ok).toBe(
      true,
    );
  });
});

describe('staff on grids', () => {
  let grid: GridNode;
  beforeEach(() => {
    grid = buildTree().grid;
  });

  it('puts a new person on a grid, and the same person on another grid by id', () => {
    const first = desk.call(
      'grids.assignStaff',
      { gridId: grid.id, duty: 'police', name: '钱警官', phone: '0523-86123456' },
      token,
    );
    const micro = desk
      .call('grids.tree', { includeArchived: false }, token)
      .find((g) => g.level === 'micro_grid') as GridNode;
    const second = desk.call('grids.assignStaff', { gridId: micro.id, duty: 'police', staffId: first.staffId }, token);
    expect(second.staffId).toBe(first.staffId);
    expect(desk.call('grids.staffDirectory', { search: '钱' }, token)).toEqual([
      { id: first.staffId, name: '钱警官', phone: '0523-86123456' },
    ]);
  });

  it('refuses the same duty twice, a bad phone and a missing person, writing nothing', () => {
    desk.call('grids.assignStaff', { gridId: grid.id, duty: 'volunteer', name: '孙志愿' }, token);
    const staffId = desk.call('grids.get', { id: grid.id }, token).staff[0]?.staffId ?? 0;
    const before = desk.snapshot();
    expect(desk.raw('grids.assignStaff', { gridId: grid.id, duty: 'volunteer', staffId }, token)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'alreadyAssigned' },
    });
    expect(
      desk.raw('grids.assignStaff', { gridId: grid.id, duty: 'volunteer', name: '李', phone: '123' }, token),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['phone'] }] },
    });
    expect(desk.raw('grids.assignStaff', { gridId: grid.id, duty: 'volunteer' }, token)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['name'] }] },
    });
    expect(desk.snapshot()).toEqual(before);
  });

  it('ends a duty, keeping it in history with its end date', () => {
    const assignment = desk.call(
      'grids.assignStaff',
      { gridId: grid.id, duty: 'cadre', name: '周书记', since: '2025-03-01' },
      token,
    );
    desk.call('grids.unassignStaff', { assignmentId: assignment.id, until: '2026-11-01' }, token);
    expect(desk.call('grids.get', { id: grid.id }, token).staff).toEqual([]);
    const row = desk.app.database.sqlite.prepare('select since, until from grid_staff where id = ?').get(assignment.id);
    expect(row).toEqual({ since: '2025-03-01', until: '2026-11-01' });
    expect(desk.raw('grids.unassignStaff', { assignmentId: assignment.id }, token)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
