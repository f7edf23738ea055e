// The case flow through cases.transition and wishes.claim: each step, its timeline entry, and every refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CaseChange,
  type CaseDesk,
  claimWish,
  passTime,
  registerCase,
  type Step,
  startCaseDesk,
  storedCase,
  takeStep,
  timelineOf,
  walk,
} from '../support/caseFactory';
import { defaultNow } from '../support/testGridDesk';

const day = 24 * 60 * 60_000;
const hour = 60 * 60_000;

let c: CaseDesk;
let workerId: number;
beforeEach(() => {
  c = startCaseDesk();
  const worker = c.desk.call('users.list', {}, c.tokens.admin).find((u) => u.username === 'worker');
  if (!worker) throw new Error('no worker');
  workerId = worker.id;
});
afterEach(() => c.desk.close());

/** A case of 张三 accepted at the desk and dispatched to the grid worker 刘建华. */
function assignedToWorker(): CaseChange {
  const created = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
  return walk(c.desk, created, [[c.tokens.desk, { action: 'assign', handlerUserId: workerId }]]);
}

/** A refused step: the answer's code and reason, with the database proven unchanged. */
function refused(token: string, current: CaseChange, step: Step) {
  const before = c.desk.snapshot();
  const answer = c.desk.raw('cases.transition', { ...step, id: current.id, version: current.version }, token);
  expect(c.desk.snapshot()).toEqual(before);
  if (answer.ok) throw new Error(`${step.action} was not refused`);
  return answer.error;
}

describe('the flow from registration to the archive', () => {
  it('walks registered → accepted → assigned → in progress → resolved → followed up → closed, each step on the timeline', () => {
    const assigned = assignedToWorker();
    passTime(c, hour);
    const started = walk(c.desk, assigned, [[c.tokens.worker, { action: 'start', note: '已联系居民' }]]);
    passTime(c, 2 * hour);
    const resolved = walk(c.desk, started, [
      [c.tokens.worker, { action: 'resolve', resolution: '协调装修方调整施工时间' }],
    ]);
    passTime(c, 3 * hour);
    const closed = walk(c.desk, resolved, [
      [c.tokens.desk, { action: 'followUp', satisfaction: 'satisfied', note: '电话回访' }],
      [c.tokens.desk, { action: 'close' }],
    ]);
    expect(closed.status).toBe('closed');
    expect(timelineOf(c.desk, closed.id).map((e) => [e.kind, e.fromStatus, e.toStatus, e.actorName])).toEqual([
      ['register', null, 'registered', '陈晓燕'],
      ['accept', 'registered', 'accepted', '陈晓燕'],
      ['assign', 'accepted', 'assigned', '陈晓燕'],
      ['start', 'assigned', 'in_progress', '刘建华'],
      ['resolve', 'in_progress', 'resolved', '刘建华'],
      ['followUp', 'resolved', 'followed_up', '陈晓燕'],
      ['close', 'followed_up', 'closed', '陈晓燕'],
    ]);
    const timeline = timelineOf(c.desk, closed.id);
    expect(timeline[2]?.data).toEqual({ handlerName: '刘建华' });
    expect(timeline[3]?.note).toBe('已联系居民');
    expect(timeline[4]?.data).toEqual({ resolution: '协调装修方调整施工时间' });
    expect(timeline[5]).toMatchObject({ note: '电话回访', data: { satisfaction: 'satisfied' } });
    expect(storedCase(c.desk, closed.id)).toMatchObject({
      handler_user_id: workerId,
      resolution: '协调装修方调整施工时间',
      resolved_at: defaultNow + 3 * hour,
      first_resolved_at: defaultNow + 3 * hour,
      first_handling_resolved: 1,
      satisfaction: 'satisfied',
      followed_up_at: defaultNow + 6 * hour,
      closed_at: defaultNow + 6 * hour,
      reopen_count: 0,
      version: closed.version,
    });
  });

  it('reopens on 不满意 into the resolver’s hands; the case no longer counts as resolved at first handling', () => {
    const resolved = walk(c.desk, assignedToWorker(), [
      [c.tokens.worker, { action: 'start' }],
      [c.tokens.worker, { action: 'resolve', resolution: '已协调' }],
    ]);
    // Hours pass between the steps; everyone signs in again (an idle session locks after 15 minutes).
    passTime(c, 4 * hour);
    const reopened = walk(c.desk, resolved, [[c.tokens.desk, { action: 'followUp', satisfaction: 'dissatisfied' }]]);
    expect(reopened.status).toBe('in_progress');
    expect(storedCase(c.desk, reopened.id)).toMatchObject({
      handler_user_id: workerId,
      reopen_count: 1,
      resolved_at: null,
      first_resolved_at: defaultNow,
      first_handling_resolved: 0,
      satisfaction: 'dissatisfied',
    });
    passTime(c, 4 * hour);
    const again = walk(c.desk, reopened, [[c.tokens.worker, { action: 'resolve', resolution: '装修方已停工' }]]);
    expect(storedCase(c.desk, again.id)).toMatchObject({
      resolved_at: defaultNow + 8 * hour,
      first_resolved_at: defaultNow,
      first_handling_resolved: 0,
    });
  });

  it('returns a case to the desk without a handler, escalates it, and a manager supervises it', () => {
    const returned = walk(c.desk, assignedToWorker(), [[c.tokens.worker, { action: 'return', note: '不属于本网格' }]]);
    expect(returned.status).toBe('accepted');
    expect(storedCase(c.desk, returned.id)).toMatchObject({ handler_user_id: null, handler_name: null });
    const escalated = walk(c.desk, returned, [
      [c.tokens.desk, { action: 'escalate', escalationLevel: 'street', note: '需街道协调' }],
      [c.tokens.manager, { action: 'supervise', supervisionLevel: 'yellow', note: '三日内办结' }],
    ]);
    expect(escalated.status).toBe('escalated');
    expect(storedCase(c.desk, escalated.id)).toMatchObject({ escalation_level: 'street', supervision_level: 'yellow' });
    expect(timelineOf(c.desk, escalated.id).slice(-2)).toEqual([
      expect.objectContaining({ kind: 'escalate', data: { escalationLevel: 'street' }, note: '需街道协调' }),
      expect.objectContaining({ kind: 'supervise', data: { supervisionLevel: 'yellow' }, actorName: '周卫东' }),
    ]);
  });

  it('extends the deadline by the days approved, and leaves it when an extension is refused', () => {
    const requested = walk(c.desk, assignedToWorker(), [
      [c.tokens.worker, { action: 'requestExtension', extensionDays: 3, note: '需等待物业维修' }],
    ]);
    expect(storedCase(c.desk, requested.id)).toMatchObject({ extension_pending: 1, extension_request_days: 3 });
    const approved = walk(c.desk, requested, [[c.tokens.manager, { action: 'decideExtension', approved: true }]]);
    expect(storedCase(c.desk, approved.id)).toMatchObject({
      extension_pending: 0,
      extension_request_days: null,
      extension_days: 3,
      resolve_by: defaultNow + 10 * day,
    });
    const refusedOne = walk(c.desk, approved, [
      [c.tokens.worker, { action: 'requestExtension', extensionDays: 5, note: '再等等' }],
      [c.tokens.manager, { action: 'decideExtension', approved: false }],
    ]);
    expect(storedCase(c.desk, refusedOne.id)).toMatchObject({ extension_days: 3, resolve_by: defaultNow + 10 * day });
    expect(timelineOf(c.desk, refusedOne.id).at(-1)?.data).toEqual({ approved: false, extensionDays: 5 });
  });

  it('keeps a note on the timeline without changing the status', () => {
    const noted = walk(c.desk, assignedToWorker(), [
      [c.tokens.worker, { action: 'note', note: '居民不在家，明日再访' }],
    ]);
    expect(noted.status).toBe('assigned');
    expect(timelineOf(c.desk, noted.id).at(-1)).toMatchObject({ kind: 'note', note: '居民不在家，明日再访' });
  });

  it('audits each step with the case before and after', () => {
    const started = walk(c.desk, assignedToWorker(), [[c.tokens.worker, { action: 'start' }]]);
    const audit = c.desk.call('audit.list', { entity: 'cases', entityId: started.id, limit: 10 }, c.tokens.admin);
    expect(audit.rows[0]).toMatchObject({
      action: 'cases.transition',
      actorName: '刘建华',
      before: expect.objectContaining({ status: 'assigned' }),
      after: expect.objectContaining({ status: 'in_progress' }),
    });
  });
});

describe('refused steps change nothing', () => {
  it('a role that may not take the step: the desk does not supervise', () => {
    const error = refused(c.tokens.desk, assignedToWorker(), {
      action: 'supervise',
      supervisionLevel: 'red',
      note: '催办',
    });
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'roleMayNotAct' });
  });

  it('a grid worker on a case of their grid dispatched to someone else', () => {
    const created = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
    const toDepartment = walk(c.desk, created, [
      [c.tokens.desk, { action: 'assign', handlerDepartment: '物业服务企业' }],
    ]);
    expect(refused(c.tokens.worker, toDepartment, { action: 'start' })).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'notYourCase',
    });
  });

  it('a grid worker on a case outside their grids, which they cannot even see', () => {
    const created = registerCase(c.desk, c.tokens.desk, { gridId: c.grids.fhMicro.id });
    expect(refused(c.tokens.worker, created, { action: 'note', note: '看看' })).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'caseNotFound',
    });
  });

  it('a step that does not follow from the status: closing a case nobody resolved', () => {
    const accepted = registerCase(c.desk, c.tokens.desk);
    expect(refused(c.tokens.desk, accepted, { action: 'close' })).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'notFromStatus',
    });
  });

  it('claiming a case that is not a wish', () => {
    const accepted = registerCase(c.desk, c.tokens.desk);
    const before = c.desk.snapshot();
    const answer = c.desk.raw(
      'wishes.claim',
      { id: accepted.id, version: accepted.version, claimantKind: 'volunteer', claimantName: '李志愿' },
      c.tokens.secretary,
    );
    expect(c.desk.snapshot()).toEqual(before);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', reason: 'onlyForWishes' } });
  });

  it('a second extension request while one waits, and a decision with none waiting', () => {
    const assigned = assignedToWorker();
    expect(refused(c.tokens.manager, assigned, { action: 'decideExtension', approved: true })).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'noExtensionPending',
    });
    const requested = walk(c.desk, assigned, [
      [c.tokens.worker, { action: 'requestExtension', extensionDays: 2, note: '等材料' }],
    ]);
    expect(
      refused(c.tokens.worker, requested, { action: 'requestExtension', extensionDays: 2, note: '再申请' }),
    ).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'extensionAlreadyPending' });
  });

  it('a second click on “resolve”: with the old version CONFLICT, with the new one INVALID_TRANSITION', () => {
    const assigned = assignedToWorker();
    const resolved = walk(c.desk, assigned, [[c.tokens.worker, { action: 'resolve', resolution: '已处理' }]]);
    expect(refused(c.tokens.worker, assigned, { action: 'resolve', resolution: '已处理' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'staleVersion',
    });
    expect(refused(c.tokens.worker, resolved, { action: 'resolve', resolution: '已处理' })).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'notFromStatus',
    });
  });

  it('dispatching to an account that is disabled', () => {
    c.desk.call(
      'users.update',
      { id: workerId, displayName: '刘建华', role: 'grid_worker', active: false },
      c.tokens.admin,
    );
    const accepted = registerCase(c.desk, c.tokens.desk);
    const error = refused(c.tokens.desk, accepted, { action: 'assign', handlerUserId: workerId });
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [expect.objectContaining({ path: ['handlerUserId'] })] });
  });

  it('an unknown case', () => {
    const error = c.desk.raw('cases.transition', { id: 9999, version: 1, action: 'accept' }, c.tokens.desk);
    expect(error).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'caseNotFound' } });
  });
});

describe('voiding', () => {
  it('voids a duplicate naming the original, and refuses an unknown number, the case itself or no number', () => {
    const original = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
    const repeat = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id });
    const step = (duplicateOfNumber?: string): Step => ({
      action: 'void',
      voidReason: 'duplicate',
      duplicateOfNumber,
      note: '同一诉求重复登记',
    });
    for (const number of [undefined, 'SQ202611-000099', repeat.number]) {
      const error = refused(c.tokens.desk, repeat, step(number));
      expect(error).toMatchObject({
        code: 'VALIDATION',
        issues: [expect.objectContaining({ path: ['duplicateOfNumber'] })],
      });
    }
    const voided = walk(c.desk, repeat, [[c.tokens.desk, step(original.number)]]);
    expect(voided.status).toBe('voided');
    expect(storedCase(c.desk, voided.id)).toMatchObject({ void_reason: 'duplicate', duplicate_of_id: original.id });
    expect(timelineOf(c.desk, voided.id).at(-1)?.data).toEqual({
      voidReason: 'duplicate',
      duplicateOfNumber: original.number,
    });
    expect(refused(c.tokens.desk, voided, { action: 'note', note: '补充' })).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'notFromStatus',
    });
  });
});

describe('wishes', () => {
  it('are claimed by a party member through wishes.claim, then worked and fulfilled', () => {
    const wish = registerCase(c.desk, c.tokens.desk, {
      kind: 'wish',
      source: 'wish_wall',
      residentId: c.resident.id,
      description: '希望有人陪老人去医院复查',
    });
    const claimed = claimWish(c.desk, c.tokens.secretary, wish, {
      claimantKind: 'party_member',
      claimantName: '王建国',
      claimantPhone: '13812345678',
    });
    expect(claimed.status).toBe('claimed');
    expect(storedCase(c.desk, claimed.id)).toMatchObject({
      claimant_kind: 'party_member',
      claimant_name: '王建国',
      claimant_phone: '13812345678',
      claimed_at: defaultNow,
    });
    expect(timelineOf(c.desk, claimed.id).at(-1)).toMatchObject({
      kind: 'claim',
      actorName: '孙桂兰',
      data: { claimantKind: 'party_member', claimantName: '王建国' },
    });
    const fulfilled = walk(c.desk, claimed, [
      [c.tokens.desk, { action: 'start' }],
      [c.tokens.desk, { action: 'resolve', resolution: '王建国已陪同老人复查' }],
    ]);
    expect(fulfilled.status).toBe('resolved');
  });

  it('cannot be claimed twice', () => {
    const wish = registerCase(c.desk, c.tokens.desk, { kind: 'wish', source: 'wish_wall' });
    const claimed = claimWish(c.desk, c.tokens.secretary, wish);
    const before = c.desk.snapshot();
    const answer = c.desk.raw(
      'wishes.claim',
      { id: claimed.id, version: claimed.version, claimantKind: 'unit', claimantName: '某单位' },
      c.tokens.desk,
    );
    expect(c.desk.snapshot()).toEqual(before);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', reason: 'notFromStatus' } });
  });

  it('uses the same step function as cases.transition: taking the claim step there is refused to a grid worker', () => {
    const wish = walk(
      c.desk,
      registerCase(c.desk, c.tokens.desk, { kind: 'wish', source: 'wish_wall', residentId: c.resident.id }),
      [[c.tokens.desk, { action: 'assign', handlerUserId: workerId }]],
    );
    const answer = c.desk.raw(
      'wishes.claim',
      { id: wish.id, version: wish.version, claimantKind: 'volunteer', claimantName: '志愿者' },
      c.tokens.worker,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(takeStep(c.desk, c.tokens.worker, { id: wish.id, version: wish.version, action: 'start' }).status).toBe(
      'in_progress',
    );
  });
});
