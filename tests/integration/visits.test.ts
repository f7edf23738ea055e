import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Household } from '../../src/shared/contract/households';
import {
  householdInput,
  householdWithResident,
  type RegisterDesk,
  startRegisterDesk,
} from '../support/registerFactory';

let r: RegisterDesk;
let homes: { zx1: Household; zx1b: Household; zx2: Household; fh: Household };
beforeEach(() => {
  r = startRegisterDesk();
  homes = {
    zx1: householdWithResident(r.desk, r.tokens.desk, r.grids.zxMicro1.id).household,
    zx1b: r.desk.call('households.create', householdInput(r.grids.zxMicro1.id, { room: '502' }), r.tokens.desk),
    zx2: r.desk.call('households.create', householdInput(r.grids.zxMicro2.id, { building: '5' }), r.tokens.desk),
    fh: r.desk.call('households.create', householdInput(r.grids.fhMicro.id, { estate: '凤凰苑' }), r.tokens.desk),
  };
});
afterEach(() => r.desk.close());

const visit = (householdId: number, token = r.tokens.worker, visitDate = '2026-11-10') =>
  r.desk.raw('visits.record', { householdId, visitDate, type: 'routine', findings: '家中一切正常' }, token);

describe('recording a home visit', () => {
  it('records the visit with the signed-in visitor and the household’s grid, and audits it', () => {
    const answer = visit(homes.zx1.id);
    expect(answer).toMatchObject({
      ok: true,
      data: { householdId: homes.zx1.id, visitDate: '2026-11-10', visitorName: '刘建华', followUpNeeded: false },
    });
    const row = r.desk.app.database.sqlite.prepare('select grid_id, month from visits').get();
    expect(row).toEqual({ grid_id: r.grids.zxMicro1.id, month: '2026-11' });
    expect(r.desk.call('audit.list', { entity: 'visits', limit: 5 }, r.tokens.admin).rows).toHaveLength(1);
  });

  it('refuses a visit dated after today or before 2000, writing nothing', () => {
    const before = r.desk.snapshot();
    for (const date of ['2026-11-17', '1999-12-31']) {
      expect(visit(homes.zx1.id, r.tokens.worker, date)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: ['visitDate'] }] },
      });
    }
    expect(r.desk.snapshot()).toEqual(before);
  });

  it('refuses a grid worker’s visit to a household outside their grids', () => {
    const before = r.desk.snapshot();
    expect(visit(homes.fh.id)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'outsideYourGrids' } });
    expect(visit(9999)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'householdNotFound' } });
    expect(r.desk.snapshot()).toEqual(before);
  });
});

describe('the households still to visit', () => {
  it('shrinks as the grid worker visits, showing only their own grids by default', () => {
    const first = r.desk.call('visits.unvisited', { month: '2026-11' }, r.tokens.worker);
    expect(first.total).toBe(3);
    expect(first.rows[0]).toMatchObject({
      householdId: homes.zx1.id,
      address: '振兴花园3栋2单元501室',
      gridPath: '振兴社区 / 第一网格 / 第01微网格',
      headName: '张三',
      lastVisitDate: null,
    });
    visit(homes.zx1.id, r.tokens.worker, '2026-10-20');
    visit(homes.zx1.id);
    const after = r.desk.call('visits.unvisited', { month: '2026-11' }, r.tokens.worker);
    expect(after.total).toBe(2);
    expect(after.rows.map((row) => row.householdId)).toEqual([homes.zx1b.id, homes.zx2.id]);
    const october = r.desk.call('visits.unvisited', { month: '2026-10', gridId: r.grids.zxMicro1.id }, r.tokens.worker);
    expect(october.rows.map((row) => row.householdId)).toEqual([homes.zx1b.id]);
    expect(r.desk.call('visits.unvisited', { month: '2026-11' }, r.tokens.desk).total).toBe(3);
  });

  it('pages by household id with the total of every page', () => {
    const page = r.desk.call('visits.unvisited', { month: '2026-11', limit: 2 }, r.tokens.desk);
    expect(page).toMatchObject({ total: 4, nextCursor: homes.zx1b.id });
    const next = r.desk.call(
      'visits.unvisited',
      { month: '2026-11', limit: 2, cursor: page.nextCursor ?? 0 },
      r.tokens.desk,
    );
    expect(next).toMatchObject({ total: 4, nextCursor: null });
    expect(next.rows.map((row) => row.householdId)).toEqual([homes.zx2.id, homes.fh.id]);
  });
});

describe('visit coverage', () => {
  it('rises per community as households are visited, counting each household once a month', () => {
    const coverage = () => r.desk.call('visits.coverage', { month: '2026-11' }, r.tokens.desk);
    // In the tree's order: by code, else by name.
    expect(coverage().rows).toEqual([
      { gridId: r.grids.fenghuang.id, name: '凤凰社区', level: 'community', households: 1, visited: 0, coverage: 0 },
      { gridId: r.grids.zhenxing.id, name: '振兴社区', level: 'community', households: 3, visited: 0, coverage: 0 },
    ]);
    visit(homes.zx1.id);
    visit(homes.zx1.id, r.tokens.desk, '2026-11-12');
    visit(homes.fh.id, r.tokens.desk);
    const after = coverage();
    expect(after.rows.map((row) => [row.visited, row.coverage])).toEqual([
      [1, 1],
      [1, 1 / 3],
    ]);
    expect(after.total).toEqual({ households: 4, visited: 2, coverage: 0.5 });
  });

  it('breaks a grid down into its micro-grids, and shows a micro-grid by itself', () => {
    visit(homes.zx2.id);
    const grid = r.desk.call('visits.coverage', { month: '2026-11', gridId: r.grids.zxGrid.id }, r.tokens.worker);
    expect(grid.rows.map((row) => [row.name, row.households, row.visited])).toEqual([
      ['第01微网格', 2, 0],
      ['第02微网格', 1, 1],
    ]);
    const micro = r.desk.call('visits.coverage', { month: '2026-11', gridId: r.grids.zxMicro2.id }, r.tokens.desk);
    expect(micro.rows).toEqual([
      expect.objectContaining({ name: '第02微网格', households: 1, visited: 1, coverage: 1 }),
    ]);
  });

  it('counts only a grid worker’s own grids, and answers null coverage for a grid without households', () => {
    const mine = r.desk.call('visits.coverage', { month: '2026-11' }, r.tokens.worker);
    expect(mine.rows.map((row) => [row.name, row.households])).toEqual([['振兴社区', 3]]);
    const empty = r.desk.call(
      'grids.create',
      { parentId: r.grids.zxGrid.id, level: 'micro_grid', name: '第03微网格' },
      r.tokens.admin,
    );
    const grid = r.desk.call('visits.coverage', { month: '2026-11', gridId: empty.id }, r.tokens.desk);
    expect(grid.rows).toEqual([expect.objectContaining({ households: 0, visited: 0, coverage: null })]);
    expect(grid.total.coverage).toBeNull();
  });
});
