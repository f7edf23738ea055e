import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/contract';
import { type ValidationKey, validationMessage } from '../../src/shared/i18n/validation';
import { addWorker, startTeamDesk, type TeamDesk } from '../support/teamFactory';

let t: TeamDesk;
beforeEach(() => {
  t = startTeamDesk();
});
afterEach(() => t.desk.close());

const issue = (path: (string | number)[], key: ValidationKey, params: Record<string, string | number> = {}) => ({
  path,
  message: validationMessage('zh-CN', key, params),
});

type TrainingInput = InputOf<'team.recordTraining'>;

function trainingInput(overrides: Partial<TrainingInput> = {}): TrainingInput {
  return {
    heldOn: '2026-11-12',
    topic: '矛盾纠纷排查化解',
    organiser: 'street',
    hours: 2,
    location: '街道综治中心',
    attendance: [
      { staffId: t.staffIds.liu, present: true },
      { staffId: t.staffIds.wang, present: false },
    ],
    ...overrides,
  };
}

const record = (overrides: Partial<TrainingInput> = {}) =>
  t.desk.raw('team.recordTraining', trainingInput(overrides), t.tokens.manager);
const recorded = (overrides: Partial<TrainingInput> = {}) =>
  t.desk.call('team.recordTraining', trainingInput(overrides), t.tokens.manager);

/** A worker gone on `date` (eliminated or left). */
function gone(staffId: number, date: string, change: 'eliminate' | 'leave' = 'leave') {
  const { version } = t.desk.call('team.staffMember', { id: staffId }, t.tokens.manager);
  t.desk.call('team.changeStaff', { id: staffId, version, change, date, reason: '调离' }, t.tokens.manager);
}

describe('recording a training session', () => {
  it('keeps the session with its attendance, counts present and absent, and audits it', () => {
    const session = recorded();
    expect(session).toMatchObject({
      heldOn: '2026-11-12',
      topic: '矛盾纠纷排查化解',
      organiser: 'street',
      hours: 2,
      location: '街道综治中心',
      present: 1,
      absent: 1,
      version: 1,
    });
    expect(session.attendance).toEqual([
      { staffId: t.staffIds.liu, name: '刘建华', present: true },
      { staffId: t.staffIds.wang, name: '王芳', present: false },
    ]);
    expect(t.desk.call('team.training', { id: session.id }, t.tokens.manager)).toEqual(session);
    const audited = t.desk.app.database.sqlite
      .prepare("select count(*) from audit_log where entity = 'training_sessions' and entity_id = ?")
      .pluck()
      .get(session.id);
    expect(audited).toBe(1);
  });

  it('counts a worker gone on the day of the session, and refuses one gone before it', () => {
    gone(t.staffIds.wang, '2026-11-12');
    expect(recorded().attendance).toHaveLength(2);
    const before = t.desk.snapshot();
    expect(record({ heldOn: '2026-11-13' })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [issue(['attendance', 1, 'staffId'], 'attendeeNotOnRoster', { name: '王芳' })],
      },
    });
    expect(t.desk.snapshot()).toEqual(before);
  });

  it('refuses attendees not on the roster that day, naming them, and anyone listed twice', () => {
    const li = addWorker(t.desk, t.tokens.manager, { name: '李明', startedOn: '2026-11-13' });
    const before = t.desk.snapshot();
    const answer = record({
      attendance: [
        { staffId: t.staffIds.liu, present: true },
        { staffId: t.staffIds.police, present: true },
        { staffId: li.id, present: true },
        { staffId: 9999, present: false },
        { staffId: t.staffIds.liu, present: false },
      ],
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          issue(['attendance', 1, 'staffId'], 'attendeeNotOnRoster', { name: '赵警官' }),
          issue(['attendance', 2, 'staffId'], 'attendeeNotOnRoster', { name: '李明' }),
          issue(['attendance', 3, 'staffId'], 'attendeeNotOnRoster', { name: '#9999' }),
          issue(['attendance', 4, 'staffId'], 'trainingAttendeeRepeated'),
        ],
      },
    });
    expect(t.desk.snapshot()).toEqual(before);
  });

  it('refuses a session after today and hours that are not whole half hours', () => {
    const before = t.desk.snapshot();
    expect(record({ heldOn: '2026-11-17' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['heldOn'], 'dateInFuture')] },
    });
    expect(record({ hours: 1.3 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['hours'], 'trainingHoursStep')] },
    });
    expect(record({ hours: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['hours'] }] },
    });
    expect(t.desk.snapshot()).toEqual(before);
  });

  it('is recorded by a manager only', () => {
    const before = t.desk.snapshot();
    expect(t.desk.raw('team.recordTraining', trainingInput(), t.tokens.grid)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(t.desk.snapshot()).toEqual(before);
  });
});

describe('the list of sessions', () => {
  it('shows the newest first by date then id, pages by id, and filters by months', () => {
    const a = recorded({ heldOn: '2026-10-20', topic: 'A' });
    recorded({ heldOn: '2026-11-05', topic: 'B' });
    const c = recorded({ heldOn: '2026-10-20', topic: 'C' });
    const d = recorded({ heldOn: '2026-09-30', topic: 'D' });
    const list = (input: InputOf<'team.trainings'>) => t.desk.call('team.trainings', input, t.tokens.manager);

    const first = list({ limit: 2 });
    expect(first.rows.map((r) => r.topic)).toEqual(['B', 'C']);
    expect(first).toMatchObject({ total: 4, nextCursor: c.id });
    expect(first.rows[0]).toMatchObject({ present: 1, absent: 1, hours: 2 });
    const second = list({ limit: 2, cursor: c.id });
    expect(second.rows.map((r) => r.id)).toEqual([a.id, d.id]);
    expect(second.nextCursor).toBeNull();

    const october = list({ limit: 50, fromMonth: '2026-10', toMonth: '2026-10' });
    expect(october.rows.map((r) => r.id)).toEqual([c.id, a.id]);
    expect(october.total).toBe(2);
  });

  it('answers trainingNotFound for an unknown session', () => {
    expect(t.desk.raw('team.training', { id: 9999 }, t.tokens.manager)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'trainingNotFound' },
    });
  });
});

describe('training hours over a period', () => {
  const hours = (from: string, to: string) => t.desk.call('team.trainingHours', { from, to }, t.tokens.manager).rows;

  it('counts the sessions on the period’s first and last day, and none outside it', () => {
    recorded({ heldOn: '2026-09-30', hours: 8 });
    recorded({ heldOn: '2026-10-01', hours: 1.5 });
    recorded({
      heldOn: '2026-10-15',
      hours: 3,
      attendance: [
        { staffId: t.staffIds.liu, present: false },
        { staffId: t.staffIds.wang, present: true },
      ],
    });
    recorded({ heldOn: '2026-10-31', hours: 2.5 });
    recorded({ heldOn: '2026-11-01', hours: 8 });
    expect(hours('2026-10-01', '2026-10-31')).toEqual([
      { staffId: t.staffIds.liu, name: '刘建华', expected: 3, attended: 2, hours: 4 },
      { staffId: t.staffIds.wang, name: '王芳', expected: 3, attended: 1, hours: 3 },
    ]);
    expect(hours('2026-10-31', '2026-10-31')).toMatchObject([{ hours: 2.5 }, { hours: 0 }]);
  });

  it('covers every worker on the roster at some point of the period, with nothing expected as zero', () => {
    gone(t.staffIds.wang, '2026-10-01', 'eliminate');
    const li = addWorker(t.desk, t.tokens.manager, { name: '李明', startedOn: '2026-11-01' });
    expect(hours('2026-10-01', '2026-10-31').map((r) => r.name)).toEqual(['刘建华', '王芳']);
    expect(hours('2026-10-02', '2026-10-31').map((r) => r.name)).toEqual(['刘建华']);
    expect(hours('2026-11-01', '2026-11-16')).toEqual([
      { staffId: t.staffIds.liu, name: '刘建华', expected: 0, attended: 0, hours: 0 },
      { staffId: li.id, name: '李明', expected: 0, attended: 0, hours: 0 },
    ]);
  });

  it('refuses a period ending before it starts', () => {
    expect(t.desk.raw('team.trainingHours', { from: '2026-10-02', to: '2026-10-01' }, t.tokens.manager)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['to'], 'periodEndsBeforeStart')] },
    });
  });
});
