import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFilters } from '../../src/shared/contract/cases';
import { type CaseDesk, categoryId, passTime, registerCase, startCaseDesk, walk } from '../support/caseFactory';
import { householdWithResident, idNumberOf } from '../support/registerFactory';
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

const userIdOf = (username: string) =>
  c.desk.app.database.sqlite.prepare('select id from users where username = ?').pluck().get(username) as number;

function listIds(filters: CaseFilters, token = c.tokens.desk): number[] {
  return c.desk.call('cases.list', { filters, limit: 200 }, token).rows.map((r) => r.id);
}

/** A small desk's month: cases of different kinds, sources, places and stages, registered a day apart. */
function sampleCases() {
  const noise = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
  advance(dayMs);
  const streetLight = registerCase(c.desk, c.tokens.desk, {
    kind: 'complaint',
    source: 'hotline',
    categoryId: categoryId(c.desk, c.tokens.desk, '公共设施', '路灯'),
    description: '凤凰路口路灯连续三晚不亮',
    gridId: c.grids.fhMicro.id,
    contactName: '钱先生',
    hotlineOrderNo: 'GD20261117001',
    // Due two hours after the last of these cases is registered.
    hotlineDeadline: now + dayMs + 2 * hourMs,
  });
  advance(dayMs);
  const wish = registerCase(c.desk, c.tokens.desk, {
    kind: 'wish',
    source: 'wish_wall',
    categoryId: categoryId(c.desk, c.tokens.desk, '民生服务', '养老'),
    description: '想要一台收音机听戏',
    gridId: c.grids.zxMicro2.id,
  });
  const justRegistered = registerCase(c.desk, c.tokens.desk, {
    kind: 'consultation',
    next: 'register',
    categoryId: categoryId(c.desk, c.tokens.desk, '环境卫生', '乱停车'),
    description: '小区门口乱停车能否划线',
    gridId: c.grids.zxMicro1.id,
  });
  const dispatched = walk(c.desk, registerCase(c.desk, c.tokens.desk, { gridId: c.grids.zxMicro2.id }), [
    [c.tokens.desk, { action: 'assign', handlerUserId: userIdOf('worker'), note: '' }],
  ]);
  return { noise, streetLight, wish, justRegistered, dispatched };
}

describe('the case list', () => {
  it('shows every case newest first with its row details in the caller’s language', () => {
    const s = sampleCases();
    const list = c.desk.call('cases.list', { filters: {} }, c.tokens.desk);
    expect(list.rows.map((r) => r.id)).toEqual(
      [s.noise, s.streetLight, s.wish, s.justRegistered, s.dispatched].map((x) => x.id).sort((a, b) => b - a),
    );
    expect(list).toMatchObject({ total: 5, totalIsLowerBound: false, nextCursor: null });
    const noise = list.rows.find((r) => r.id === s.noise.id);
    expect(noise).toMatchObject({
      categoryPath: '环境卫生 / 噪声扰民',
      gridPath: '振兴社区 / 第一网格 / 第01微网格',
      residentName: '张三',
      status: 'accepted',
      deadlineState: 'onTime',
    });
    const english = c.desk.raw('cases.list', { filters: {} }, c.tokens.desk, 'en');
    expect(english).toMatchObject({
      ok: true,
      data: {
        rows: expect.arrayContaining([
          expect.objectContaining({ id: s.noise.id, categoryPath: 'Environment and sanitation / Noise' }),
        ]),
      },
    });
  });

  it('narrows by each filter', () => {
    const s = sampleCases();
    const all = [s.noise, s.streetLight, s.wish, s.justRegistered, s.dispatched];
    const ids = (...cases: { id: number }[]) => cases.map((x) => x.id).sort((a, b) => b - a);
    expect(listIds({ status: ['registered'] })).toEqual(ids(s.justRegistered));
    expect(listIds({ status: ['registered', 'assigned'] })).toEqual(ids(s.justRegistered, s.dispatched));
    expect(listIds({ open: true })).toEqual(ids(...all));
    expect(listIds({ kind: ['wish', 'complaint'] })).toEqual(ids(s.streetLight, s.wish));
    expect(listIds({ source: ['hotline'] })).toEqual(ids(s.streetLight));
    expect(listIds({ categoryId: categoryId(c.desk, c.tokens.desk, '环境卫生') })).toEqual(
      ids(s.noise, s.justRegistered, s.dispatched),
    );
    expect(listIds({ categoryId: categoryId(c.desk, c.tokens.desk, '环境卫生', '噪声扰民') })).toEqual(
      ids(s.noise, s.dispatched),
    );
    expect(listIds({ gridId: c.grids.zhenxing.id })).toEqual(ids(s.noise, s.wish, s.justRegistered, s.dispatched));
    expect(listIds({ gridId: c.grids.zxMicro2.id })).toEqual(ids(s.wish, s.dispatched));
    expect(listIds({ handlerUserId: userIdOf('worker') })).toEqual(ids(s.dispatched));
    expect(listIds({ mine: true }, c.tokens.worker)).toEqual(ids(s.dispatched));
    expect(listIds({ mine: true })).toEqual([]);
    expect(listIds({ residentId: c.resident.id })).toEqual(ids(s.noise));
    expect(listIds({ householdId: c.household.id })).toEqual(ids(s.noise));
    // 2026-11-16 is the first day; the street light came the next day, the rest the day after.
    expect(listIds({ registeredFrom: '2026-11-17', registeredTo: '2026-11-17' })).toEqual(ids(s.streetLight));
    expect(listIds({ registeredFrom: '2026-11-17' })).toEqual(
      ids(s.streetLight, s.wish, s.justRegistered, s.dispatched),
    );
    expect(listIds({ registeredTo: '2026-11-16' })).toEqual(ids(s.noise));
  });

  it('finds a case by its number, its 12345 work order, its contact or words of its description', () => {
    const s = sampleCases();
    const number = c.desk.call('cases.get', { id: s.wish.id }, c.tokens.desk).number;
    expect(listIds({ text: number })).toEqual([s.wish.id]);
    expect(listIds({ text: number.toLowerCase() })).toEqual([s.wish.id]);
    expect(listIds({ text: 'GD20261117001' })).toEqual([s.streetLight.id]);
    expect(listIds({ text: '钱先生' })).toEqual([s.streetLight.id]);
    expect(listIds({ text: '路灯连续三晚' })).toEqual([s.streetLight.id]);
    expect(listIds({ text: '收音' })).toEqual([s.wish.id]);
    expect(listIds({ text: '没有这回事' })).toEqual([]);
  });

  it('finds a case by its corrected description, not by the words it no longer has', () => {
    const s = sampleCases();
    const before = c.desk.call('cases.get', { id: s.wish.id }, c.tokens.desk);
    c.desk.call(
      'cases.update',
      {
        id: before.id,
        version: before.version,
        kind: before.kind,
        source: before.source,
        categoryId: before.categoryId,
        urgency: before.urgency,
        description: '想要一副老花镜',
        gridId: before.gridId,
      },
      c.tokens.desk,
    );
    expect(listIds({ text: '老花镜' })).toEqual([s.wish.id]);
    expect(listIds({ text: '收音机' })).toEqual([]);
  });

  it('shows open cases past their deadline as overdue and those within a day of it as due soon', () => {
    const s = sampleCases();
    expect(listIds({ deadline: 'dueSoon' })).toEqual([s.streetLight.id]);
    expect(listIds({ deadline: 'overdue' })).toEqual([]);
    advance(3 * hourMs);
    expect(listIds({ deadline: 'overdue' })).toEqual([s.streetLight.id]);
    expect(listIds({ deadline: 'dueSoon' })).toEqual([]);
    const row = c.desk.call('cases.list', { filters: { deadline: 'overdue' } }, c.tokens.desk).rows[0];
    expect(row?.deadlineState).toBe('overdue');
  });

  it('lists supervised cases and cases with an extension request', () => {
    const s = sampleCases();
    walk(c.desk, s.noise, [
      [c.tokens.manager, { action: 'supervise', supervisionLevel: 'yellow', note: '三天内办结' }],
    ]);
    walk(c.desk, s.dispatched, [
      [c.tokens.worker, { action: 'requestExtension', extensionDays: 3, note: '等物业回复' }],
    ]);
    expect(listIds({ supervision: ['yellow', 'red'] })).toEqual([s.noise.id]);
    expect(listIds({ supervision: ['red'] })).toEqual([]);
    expect(listIds({ extensionPending: true })).toEqual([s.dispatched.id]);
  });

  it('pages by keyset without repeating or skipping a case, and counts them all', () => {
    for (let i = 0; i < 7; i++) registerCase(c.desk, c.tokens.desk, { description: `第${i}件` });
    const seen: number[] = [];
    let cursor: number | undefined;
    let pages = 0;
    do {
      const page = c.desk.call('cases.list', { filters: {}, limit: 3, cursor }, c.tokens.desk);
      expect(page.total).toBe(7);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    expect(seen).toEqual(listIds({}));
    expect(new Set(seen).size).toBe(7);
  });
});

describe('what a grid worker sees', () => {
  it('sees the cases of their grids and those dispatched to them, and no other', () => {
    const mine = registerCase(c.desk, c.tokens.desk, { gridId: c.grids.zxMicro1.id });
    const elsewhere = registerCase(c.desk, c.tokens.desk, { gridId: c.grids.fhMicro.id });
    const sentToMe = walk(c.desk, registerCase(c.desk, c.tokens.desk, { gridId: c.grids.fhMicro.id }), [
      [c.tokens.desk, { action: 'assign', handlerUserId: userIdOf('worker'), note: '' }],
    ]);
    expect(listIds({}, c.tokens.worker)).toEqual([sentToMe.id, mine.id]);
    expect(listIds({ gridId: c.grids.fenghuang.id }, c.tokens.worker)).toEqual([sentToMe.id]);
    expect(c.desk.call('cases.list', { filters: {} }, c.tokens.worker).total).toBe(2);
    expect(c.desk.call('cases.get', { id: sentToMe.id }, c.tokens.worker).allowedActions).toContain('start');
    const hidden = c.desk.raw('cases.get', { id: elsewhere.id }, c.tokens.worker);
    expect(hidden).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'caseNotFound' } });
    const missing = c.desk.raw('cases.get', { id: 9999 }, c.tokens.desk);
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'caseNotFound' } });
  });
});

describe('the case page', () => {
  it('shows the details, the timeline oldest first and what the caller may do now', () => {
    const s = sampleCases();
    walk(c.desk, s.dispatched, [[c.tokens.worker, { action: 'start', note: '已联系住户' }]]);
    const page = c.desk.call('cases.get', { id: s.dispatched.id }, c.tokens.desk);
    expect(page.timeline.map((e) => e.kind)).toEqual(['register', 'accept', 'assign', 'start']);
    expect(page.timeline.at(-1)).toMatchObject({ actorName: '刘建华', note: '已联系住户', toStatus: 'in_progress' });
    expect(page).toMatchObject({
      status: 'in_progress',
      handlerName: '刘建华',
      registeredByName: '陈晓燕',
      canEdit: true,
      duplicateOf: null,
      attachments: [],
    });
    expect(page.allowedActions).toEqual(expect.arrayContaining(['resolve', 'void', 'note']));
    expect(c.desk.call('cases.get', { id: s.dispatched.id }, c.tokens.worker).canEdit).toBe(false);
  });

  it('names the case a duplicate was voided for, and lets no one edit a voided case', () => {
    const s = sampleCases();
    const original = c.desk.call('cases.get', { id: s.noise.id }, c.tokens.desk);
    const again = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
    walk(c.desk, again, [
      [
        c.tokens.desk,
        { action: 'void', voidReason: 'duplicate', duplicateOfNumber: original.number, note: '重复登记' },
      ],
    ]);
    const page = c.desk.call('cases.get', { id: again.id }, c.tokens.desk);
    expect(page).toMatchObject({
      status: 'voided',
      voidReason: 'duplicate',
      duplicateOf: { id: original.id, number: original.number },
      canEdit: false,
      allowedActions: [],
    });
  });
});

describe('a resident’s open cases', () => {
  it('lists only the open cases of that resident', () => {
    const open = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
    registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id, next: 'resolve', resolution: '当场解答' });
    const other = householdWithResident(
      c.desk,
      c.tokens.desk,
      c.grids.zxMicro2.id,
      { room: '502' },
      { name: '李四', idNumber: idNumberOf('1975-02-03', 125) },
    );
    registerCase(c.desk, c.tokens.desk, { residentId: other.resident.id });
    const rows = c.desk.call('cases.openForResident', { residentId: c.resident.id }, c.tokens.desk).rows;
    expect(rows.map((r) => r.id)).toEqual([open.id]);
  });
});

describe('my work', () => {
  function bucketsMatchTheList(token: string) {
    const { buckets } = c.desk.call('cases.myWork', {}, token);
    for (const bucket of buckets) {
      const list = c.desk.call('cases.list', { filters: bucket.filters }, token);
      expect({ key: bucket.key, count: bucket.count }).toEqual({ key: bucket.key, count: list.total });
      expect(bucket.rows.map((r) => r.id)).toEqual(list.rows.slice(0, 5).map((r) => r.id));
    }
    return Object.fromEntries(buckets.map((b) => [b.key, b.rows.map((r) => r.id)]));
  }

  it('gives the desk what to accept, assign, follow up, and wishes to claim; each bucket is the list with its filters', () => {
    const s = sampleCases();
    const resolved = registerCase(c.desk, c.tokens.desk, { next: 'resolve', resolution: '当场解答' });
    const buckets = bucketsMatchTheList(c.tokens.desk);
    expect(buckets).toEqual({
      toAccept: [s.justRegistered.id],
      toAssign: [s.noise.id, s.streetLight.id].sort((a, b) => b - a),
      toFollowUp: [resolved.id],
      overdue: [],
      dueSoon: [s.streetLight.id],
      wishesToClaim: [s.wish.id],
    });
  });

  it('gives a grid worker the cases in their hands', () => {
    const s = sampleCases();
    const started = walk(c.desk, registerCase(c.desk, c.tokens.desk, {}), [
      [c.tokens.desk, { action: 'assign', handlerUserId: userIdOf('worker'), note: '' }],
      [c.tokens.worker, { action: 'start', note: '' }],
    ]);
    expect(bucketsMatchTheList(c.tokens.worker)).toEqual({
      assignedToMe: [s.dispatched.id],
      inMyHands: [started.id],
      overdue: [],
      dueSoon: [],
    });
  });

  it('gives a manager extension requests, overdue, supervised, escalated cases and follow-ups', () => {
    const s = sampleCases();
    walk(c.desk, s.noise, [[c.tokens.manager, { action: 'supervise', supervisionLevel: 'red', note: '限期办结' }]]);
    walk(c.desk, s.dispatched, [
      [c.tokens.worker, { action: 'escalate', escalationLevel: 'street', note: '需街道协调' }],
    ]);
    advance(3 * hourMs);
    const buckets = bucketsMatchTheList(c.tokens.manager);
    expect(buckets).toEqual({
      extensionRequests: [],
      overdue: [s.streetLight.id],
      supervised: [s.noise.id],
      escalated: [s.dispatched.id],
      toFollowUp: [],
    });
  });
});
