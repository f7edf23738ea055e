// Patrols (警网融合巡逻): recording one with its times and participants, the rules on both, and the list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/contract';
import { type ValidationKey, validationMessage } from '../../src/shared/i18n/validation';
import { type FieldDesk, startFieldDesk } from '../support/teamFactory';
import { defaultNow } from '../support/testGridDesk';

let d: FieldDesk;
beforeEach(() => {
  d = startFieldDesk();
});
afterEach(() => d.desk.close());

const hour = 60 * 60_000;
const issue = (path: (string | number)[], key: ValidationKey, params: Record<string, string | number> = {}) => ({
  path,
  message: validationMessage('zh-CN', key, params),
});

function refusal(input: unknown, token = d.tokens.manager) {
  const before = d.desk.snapshot();
  const answer = d.desk.raw('team.recordPatrol', input, token);
  expect(d.desk.snapshot()).toEqual(before);
  if (answer.ok) throw new Error('team.recordPatrol was not refused');
  return answer.error;
}

type PatrolInput = InputOf<'team.recordPatrol'>;
const patrolInput = (overrides: Partial<PatrolInput> = {}): PatrolInput => ({
  team: '振兴社区警网巡逻队',
  area: '振兴花园及周边',
  gridId: d.grids.zxGrid.id,
  startedAt: defaultNow - 4 * hour,
  endedAt: defaultNow - 2 * hour,
  findings: '发现一处路灯损坏',
  participants: [
    { kind: 'police', name: '赵警官' },
    { kind: 'grid_worker', staffId: d.staffIds.liu },
    { kind: 'volunteer', name: '王大妈' },
  ],
  ...overrides,
});
const record = (overrides: Partial<PatrolInput> = {}) =>
  d.desk.call('team.recordPatrol', patrolInput(overrides), d.tokens.manager);
const list = (input: InputOf<'team.patrols'> = {}) => d.desk.call('team.patrols', input, d.tokens.manager);

describe('recording a patrol', () => {
  it('keeps the patrol with its participants, grid workers named from the roster, and audits it', () => {
    const patrol = record({
      participants: [
        { kind: 'police', name: '赵警官' },
        { kind: 'grid_worker', staffId: d.staffIds.liu, name: '别的名字' },
        { kind: 'volunteer', name: '王大妈' },
      ],
    });
    expect(patrol).toEqual({
      id: patrol.id,
      team: '振兴社区警网巡逻队',
      area: '振兴花园及周边',
      gridId: d.grids.zxGrid.id,
      startedAt: defaultNow - 4 * hour,
      endedAt: defaultNow - 2 * hour,
      findings: '发现一处路灯损坏',
      participants: [
        { kind: 'police', staffId: null, name: '赵警官' },
        { kind: 'grid_worker', staffId: d.staffIds.liu, name: '刘建华' },
        { kind: 'volunteer', staffId: null, name: '王大妈' },
      ],
    });
    expect(list().rows).toEqual([patrol]);
    expect(d.desk.call('audit.list', { entity: 'patrols', limit: 5 }, d.tokens.admin).rows).toHaveLength(1);
  });

  it('counts a patrol in the month of its start at the centre, not in UTC', () => {
    // 2026-11-01 01:00 in Shanghai is still 31 October in UTC.
    const startedAt = Date.parse('2026-10-31T17:00:00Z');
    record({ startedAt, endedAt: startedAt + hour, gridId: undefined });
    const month = d.desk.app.database.sqlite.prepare('select month from patrols').pluck().get();
    expect(month).toBe('2026-11');
    expect(list({ month: '2026-11' }).total).toBe(1);
    expect(list({ month: '2026-10' }).total).toBe(0);
  });

  it('accepts a patrol that ends when it starts, and refuses one that ends before it starts', () => {
    record({ endedAt: defaultNow - 4 * hour });
    expect(refusal(patrolInput({ endedAt: defaultNow - 5 * hour }))).toMatchObject({
      code: 'VALIDATION',
      issues: [issue(['endedAt'], 'patrolEndsBeforeStart')],
    });
  });

  it('refuses a start in the future and a grid that is the street', () => {
    const input = patrolInput({
      startedAt: defaultNow + hour,
      endedAt: defaultNow + 2 * hour,
      gridId: d.grids.street.id,
    });
    expect(refusal(input)).toMatchObject({
      code: 'VALIDATION',
      issues: [issue(['startedAt'], 'dateInFuture'), issue(['gridId'], 'placeGridNotActive')],
    });
  });

  it('refuses a grid-worker participant not on the roster, or on it but gone by the day of the patrol', () => {
    const participants = [
      { kind: 'grid_worker' as const, staffId: d.staffIds.police },
      { kind: 'grid_worker' as const, staffId: d.staffIds.gone },
    ];
    expect(refusal(patrolInput({ participants }))).toMatchObject({
      code: 'VALIDATION',
      issues: [
        issue(['participants', 0, 'staffId'], 'attendeeNotOnRoster', { name: '赵警官' }),
        issue(['participants', 1, 'staffId'], 'attendeeNotOnRoster', { name: '李明' }),
      ],
    });
    // On 2026-10-31, the day 李明 left, he was still at work.
    const startedAt = Date.parse('2026-10-31T01:00:00Z');
    expect(record({ startedAt, endedAt: startedAt + hour, participants: [participants[1]!] }).participants).toEqual([
      { kind: 'grid_worker', staffId: d.staffIds.gone, name: '李明' },
    ]);
  });

  it('refuses a grid worker without a staff id, police or volunteers without a name or with a staff id', () => {
    const participants = [
      { kind: 'grid_worker' as const, name: '刘建华' },
      { kind: 'volunteer' as const },
      { kind: 'police' as const, staffId: d.staffIds.police, name: '赵警官' },
    ];
    expect(refusal(patrolInput({ participants }))).toMatchObject({
      code: 'VALIDATION',
      issues: [
        issue(['participants', 0, 'staffId'], 'patrolParticipantName'),
        issue(['participants', 1, 'name'], 'patrolParticipantName'),
        issue(['participants', 2, 'staffId'], 'patrolParticipantName'),
      ],
    });
  });

  it('is for those who keep the team only', () => {
    for (const token of [d.tokens.desk, d.tokens.grid]) {
      expect(refusal(patrolInput(), token)).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

describe('the list of patrols', () => {
  it('shows the newest start first (then the newest id), paged by id, by month', () => {
    const a = record({ startedAt: defaultNow - 48 * hour, endedAt: defaultNow - 47 * hour });
    const b = record({ startedAt: defaultNow - 4 * hour, endedAt: defaultNow - 3 * hour });
    const c = record({ startedAt: defaultNow - 24 * hour, endedAt: defaultNow - 23 * hour });
    const e = record({ startedAt: defaultNow - 4 * hour, endedAt: defaultNow - 2 * hour });
    const old = record({ startedAt: Date.parse('2026-10-10T02:00:00Z'), endedAt: Date.parse('2026-10-10T04:00:00Z') });
    expect(list().rows.map((r) => r.id)).toEqual([e.id, b.id, c.id, a.id, old.id]);
    expect(list({ limit: 2 })).toMatchObject({ total: 5, nextCursor: b.id });
    expect(list({ limit: 2, cursor: b.id })).toMatchObject({ rows: [c, a], nextCursor: a.id });
    expect(list({ limit: 2, cursor: a.id })).toMatchObject({ rows: [old], nextCursor: null });
    expect(list({ month: '2026-10' }).rows).toEqual([old]);
  });
});
