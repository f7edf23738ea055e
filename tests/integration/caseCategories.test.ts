// The category tree: seeded from DOMAIN.md on every database, edited by managers, with deadlines that inherit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGridDesk } from '../../src/main/app';
import { seedCategories } from '../../src/shared/domain/cases';
import {
  type CaseDesk,
  categoryChanges,
  categoryId,
  registerCase,
  startCaseDesk,
  storedCase,
} from '../support/caseFactory';
import { defaultNow, migrationsFolder, startTestGridDesk } from '../support/testGridDesk';

const day = 24 * 60 * 60_000;

let c: CaseDesk;
beforeEach(() => {
  c = startCaseDesk();
});
afterEach(() => c.desk.close());

const tree = (includeArchived = false) => c.desk.call('cases.categoryTree', { includeArchived }, c.tokens.manager).rows;

function rowNamed(top: string, sub?: string) {
  const id = categoryId(c.desk, c.tokens.manager, top, sub);
  const row = tree(true).find((r) => r.id === id);
  if (!row) throw new Error(`no ${top} ${sub}`);
  return row;
}

function refusal(procedure: string, input: unknown) {
  const before = c.desk.snapshot();
  const answer = c.desk.raw(procedure, input, c.tokens.manager);
  expect(c.desk.snapshot()).toEqual(before);
  if (answer.ok) throw new Error(`${procedure} was not refused`);
  return answer.error;
}

describe('the seeded tree', () => {
  it('holds DOMAIN.md’s six top categories in order, each followed by its sub-categories, with the default deadlines', () => {
    const rows = tree();
    const tops = rows.filter((r) => r.parentId === null).map((r) => r.name);
    expect(tops).toEqual(['矛盾纠纷', '安全隐患', '治安', '环境卫生', '民生服务', '公共设施']);
    expect(rows).toHaveLength(6 + seedCategories.reduce((n, top) => n + top.children.length, 0));
    const disputes = rows.findIndex((r) => r.name === '矛盾纠纷');
    expect(rows.slice(disputes + 1, disputes + 9).map((r) => r.name)).toEqual([
      '婚姻家庭',
      '邻里纠纷',
      '劳资纠纷',
      '物业管理',
      '房屋和宅基地',
      '征地拆迁',
      '合同履行',
      '其他',
    ]);
    expect(rows[0]).toMatchObject({
      nameEn: 'Disputes',
      acceptWorkingDays: null,
      effective: { acceptWorkingDays: 1, resolveDays: 7, urgentResolveDays: 3 },
      archived: false,
      version: 1,
    });
  });

  it('is there before anyone signs in, on a new database, and is seeded only once', () => {
    const fresh = startTestGridDesk();
    const count = fresh.count('case_categories');
    expect(count).toBeGreaterThan(6);
    fresh.close();
    const reopened = createGridDesk({ dataDir: fresh.dataDir, migrationsFolder, clock: { now: () => defaultNow } });
    const again = reopened.database.sqlite.prepare('select count(*) as n from case_categories').get() as { n: number };
    expect(again.n).toBe(count);
    reopened.close();
  });
});

describe('deadlines per category', () => {
  it('inherit from the top category and are overridden by the sub-category’s own', () => {
    const top = rowNamed('公共设施');
    c.desk.call(
      'cases.updateCategory',
      categoryChanges(top, { resolveDays: 5, urgentResolveDays: 2 }),
      c.tokens.manager,
    );
    expect(rowNamed('公共设施', '路灯').effective).toEqual({
      acceptWorkingDays: 1,
      resolveDays: 5,
      urgentResolveDays: 2,
    });
    const lifts = rowNamed('公共设施', '电梯');
    const changed = c.desk.call('cases.updateCategory', categoryChanges(lifts, { resolveDays: 2 }), c.tokens.manager);
    expect(changed).toMatchObject({ resolveDays: 2, effective: { resolveDays: 2, urgentResolveDays: 2 }, version: 2 });

    const lamp = registerCase(c.desk, c.tokens.desk, { categoryId: rowNamed('公共设施', '路灯').id });
    expect(storedCase(c.desk, lamp.id).resolve_by).toBe(defaultNow + 5 * day);
    const lift = registerCase(c.desk, c.tokens.desk, { categoryId: lifts.id });
    expect(storedCase(c.desk, lift.id).resolve_by).toBe(defaultNow + 2 * day);
  });

  it('count accepting in working days: a case registered on Friday is to be accepted by Monday', () => {
    const friday = Date.parse('2026-11-20T02:00:00Z');
    c.desk.close();
    c = startCaseDesk(friday);
    const created = registerCase(c.desk, c.tokens.desk);
    expect(storedCase(c.desk, created.id).accept_by).toBe(friday + 3 * day);
  });
});

describe('editing the tree', () => {
  it('adds a sub-category at the end of its parent, with its own deadlines', () => {
    const parent = rowNamed('环境卫生');
    const added = c.desk.call(
      'cases.createCategory',
      { parentId: parent.id, name: '油烟扰民', nameEn: 'Cooking fumes', resolveDays: 5 },
      c.tokens.manager,
    );
    expect(added).toMatchObject({ parentId: parent.id, sortOrder: 9, effective: { resolveDays: 5 } });
    const rows = tree();
    const nextTop = rows.findIndex((r) => r.name === '民生服务');
    expect(rows[nextTop - 1]?.name).toBe('油烟扰民');
  });

  it('has two levels only, and no two active categories of the same name under one parent', () => {
    const sub = rowNamed('环境卫生', '噪声扰民');
    expect(refusal('cases.createCategory', { parentId: sub.id, name: '夜间施工' })).toMatchObject({
      code: 'VALIDATION',
      issues: [expect.objectContaining({ path: ['parentId'] })],
    });
    expect(refusal('cases.createCategory', { parentId: sub.parentId, name: '噪声扰民' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['name'], message: '同一上级下已有名为“噪声扰民”的分类' }],
    });
    expect(refusal('cases.createCategory', { name: '治安' })).toMatchObject({
      code: 'VALIDATION',
      issues: [expect.objectContaining({ path: ['name'] })],
    });
    // 其他 lives under every top category.
    expect(
      c.desk.call('cases.createCategory', { parentId: sub.parentId ?? 0, name: '夜间施工' }, c.tokens.manager),
    ).toMatchObject({ name: '夜间施工' });
  });

  it('refuses a stale version', () => {
    const row = rowNamed('治安', '诈骗');
    c.desk.call('cases.updateCategory', categoryChanges(row, { name: '电信诈骗' }), c.tokens.manager);
    expect(refusal('cases.updateCategory', categoryChanges(row, { name: '网络诈骗' }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'staleVersion',
    });
  });

  it('archives a top category only after its sub-categories, and restores a sub-category only under an active parent', () => {
    const top = rowNamed('治安');
    expect(refusal('cases.updateCategory', categoryChanges(top, { archived: true }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'categoryHasChildren',
      params: { name: '治安', count: 5 },
    });
    const children = tree().filter((r) => r.parentId === top.id);
    for (const child of children) {
      c.desk.call('cases.updateCategory', categoryChanges(child, { archived: true }), c.tokens.manager);
    }
    c.desk.call('cases.updateCategory', categoryChanges(top, { archived: true }), c.tokens.manager);
    expect(tree().some((r) => r.name === '治安')).toBe(false);
    expect(tree(true).find((r) => r.id === top.id)?.archived).toBe(true);

    const theft = rowNamed('治安', '盗窃');
    expect(refusal('cases.updateCategory', categoryChanges(theft, { archived: false }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'categoryParentArchived',
      params: { name: '治安' },
    });
  });

  it('is the work of managers: the desk may read the tree but not change it', () => {
    expect(c.desk.call('cases.categoryTree', {}, c.tokens.desk).rows.length).toBeGreaterThan(0);
    const answer = c.desk.raw('cases.createCategory', { name: '新类' }, c.tokens.desk);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
