import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CaseDesk, categoryId, passTime, registerCase, startCaseDesk, walk } from '../support/caseFactory';
import { defaultNow } from '../support/testGridDesk';

const hourMs = 60 * 60_000;
const dayMs = 24 * hourMs;

let c: CaseDesk;
let now = defaultNow;
beforeEach(() => {
  c = startCaseDesk();
  now = defaultNow;
});
afterEach(() => c.desk.close());

function advance(ms: number) {
  passTime(c, ms);
  now += ms;
}

const workerId = () =>
  c.desk.app.database.sqlite.prepare("select id from users where username = 'worker'").pluck().get() as number;

describe('the rates of a month', () => {
  it('equal the figures worked out by hand for a small desk', () => {
    // 1. Resolved at the desk and followed up 满意, but 张三 comes back about the same noise a week later (4).
    const repeated = registerCase(c.desk, c.tokens.desk, {
      residentId: c.resident.id,
      next: 'resolve',
      resolution: '已联系楼上住户',
    });
    walk(c.desk, repeated, [[c.tokens.desk, { action: 'followUp', satisfaction: 'satisfied', note: '' }]]);
    // 2. A 12345 order dispatched to the grid worker once, resolved in time, followed up 基本满意.
    const hotline = registerCase(c.desk, c.tokens.desk, {
      source: 'hotline',
      hotlineOrderNo: 'GD20261116001',
      hotlineDeadline: now + 2 * dayMs,
      next: 'assign',
      handlerUserId: workerId(),
    });
    walk(c.desk, hotline, [
      [c.tokens.worker, { action: 'start', note: '' }],
      [c.tokens.worker, { action: 'resolve', resolution: '已清理', note: '' }],
      [c.tokens.desk, { action: 'followUp', satisfaction: 'basically_satisfied', note: '' }],
    ]);
    // 3. Escalated to the street before it was resolved, on 凤凰社区.
    const escalated = registerCase(c.desk, c.tokens.desk, { gridId: c.grids.fhMicro.id });
    walk(c.desk, escalated, [
      [c.tokens.desk, { action: 'escalate', escalationLevel: 'street', note: '需街道协调' }],
      [c.tokens.desk, { action: 'resolve', resolution: '街道协调解决', note: '' }],
    ]);
    // 5. A 12345 order voided as invalid: it counts nowhere.
    const voided = registerCase(c.desk, c.tokens.desk, {
      source: 'hotline',
      hotlineOrderNo: 'GD20261116002',
      hotlineDeadline: now + 2 * dayMs,
    });
    walk(c.desk, voided, [[c.tokens.desk, { action: 'void', voidReason: 'invalid', note: '非本辖区' }]]);
    // 6. Resolved at the desk, but eight days after it came in: late.
    const late = registerCase(c.desk, c.tokens.desk, {
      categoryId: categoryId(c.desk, c.tokens.desk, '公共设施', '路灯'),
    });
    advance(7 * dayMs);
    // 4. 张三 again about the noise, a week after the first was resolved: still open.
    registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
    advance(dayMs);
    walk(c.desk, late, [[c.tokens.desk, { action: 'resolve', resolution: '已报修', note: '' }]]);

    const month = c.desk.call('cases.rates', { from: '2026-11-01', to: '2026-11-30' }, c.tokens.manager);
    expect(month).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      newCases: 5,
      hotlineCount: 1,
      resolved: 4,
      firstContactResolved: 2,
      resolvedOnTime: 3,
      followedUp: 2,
      satisfied: 2,
      firstContactRate: 0.5,
      onTimeRate: 0.75,
      satisfactionRate: 1,
    });

    const fenghuang = c.desk.call(
      'cases.rates',
      { from: '2026-11-01', to: '2026-11-30', gridId: c.grids.fenghuang.id },
      c.tokens.manager,
    );
    expect(fenghuang).toMatchObject({ newCases: 1, resolved: 1, firstContactResolved: 0, resolvedOnTime: 1 });

    // The grid worker's rates cover their grids (振兴社区 第一网格) and the cases dispatched to them.
    const worker = c.desk.call('cases.rates', { from: '2026-11-01', to: '2026-11-30' }, c.tokens.worker);
    expect(worker).toMatchObject({ newCases: 4, resolved: 3, hotlineCount: 1 });

    const october = c.desk.call('cases.rates', { from: '2026-10-01', to: '2026-10-31' }, c.tokens.manager);
    expect(october).toMatchObject({ newCases: 0, resolved: 0, firstContactRate: null, satisfactionRate: null });
  });

  it('refuses a period that ends before it starts', () => {
    const answer = c.desk.raw('cases.rates', { from: '2026-11-30', to: '2026-11-01' }, c.tokens.manager);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
