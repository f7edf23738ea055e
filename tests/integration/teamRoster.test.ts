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

const member = (id: number) => t.desk.call('team.staffMember', { id }, t.tokens.manager);

type ChangeInput = InputOf<'team.changeStaff'>;
const change = (id: number, overrides: Partial<ChangeInput> = {}) =>
  t.desk.raw(
    'team.changeStaff',
    { id, version: member(id).version, change: 'eliminate', date: '2026-11-01', reason: '年度考核末位', ...overrides },
    t.tokens.manager,
  );

const durations = (staffId: number) =>
  t.desk.app.database.sqlite
    .prepare('select since, until from grid_staff where staff_id = ? order by id')
    .all(staffId) as { since: string; until: string | null }[];

describe('the roster', () => {
  it('lists those at work first, then by name, with the grids they serve now, and filters', () => {
    const li = addWorker(t.desk, t.tokens.manager, { name: '李明', phone: '13900001111', position: '兼职网格员' });
    t.desk.call('team.changeStaff', { ...changeOf(li), change: 'leave', reason: '个人原因' }, t.tokens.manager);
    const rows = t.desk.call('team.staff', {}, t.tokens.manager).rows;
    expect(rows.map((r) => [r.name, r.status])).toEqual([
      ['刘建华', 'active'],
      ['王芳', 'active'],
      ['李明', 'left'],
    ]);
    expect(rows[0]).toMatchObject({
      id: t.staffIds.liu,
      employment: 'full_time',
      position: '专职网格员',
      startedOn: '2024-03-01',
      statusDate: null,
      grids: ['振兴社区 / 第一网格'],
      version: 2,
    });
    expect(rows[0]?.userId).not.toBeNull();
    expect(rows[2]).toMatchObject({ grids: [], statusDate: '2026-11-01', phone: '13900001111' });

    const names = (input: InputOf<'team.staff'>) =>
      t.desk.call('team.staff', input, t.tokens.manager).rows.map((r) => r.name);
    expect(names({ status: 'left' })).toEqual(['李明']);
    expect(names({ employment: 'part_time' })).toEqual(['王芳']);
    expect(names({ q: '建华' })).toEqual(['刘建华']);
    expect(names({ q: '0001111' })).toEqual(['李明']);
  });

  it('offers people serving on grids who are not on the roster as candidates', () => {
    expect(t.desk.call('team.candidates', {}, t.tokens.manager).rows).toEqual([
      { id: t.staffIds.police, name: '赵警官', grids: ['振兴社区 / 第一网格'] },
    ]);
    addWorker(t.desk, t.tokens.manager, { staffId: t.staffIds.police, employment: 'part_time' });
    expect(t.desk.call('team.candidates', {}, t.tokens.manager).rows).toEqual([]);
  });

  it('is read by managers, not by a grid worker or the desk', () => {
    for (const token of [t.tokens.grid, t.tokens.desk]) {
      expect(t.desk.raw('team.staff', {}, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});

function changeOf(row: { id: number; version: number }) {
  return { id: row.id, version: row.version, change: 'eliminate' as const, date: '2026-11-01', reason: '考核末位' };
}

describe('putting someone on the roster', () => {
  it('adds a person already on a grid, keeping their name and grids, with a joined event', () => {
    const row = addWorker(t.desk, t.tokens.manager, {
      staffId: t.staffIds.police,
      employment: 'part_time',
      startedOn: '2025-06-01',
    });
    expect(row).toMatchObject({ name: '赵警官', employment: 'part_time', status: 'active', startedOn: '2025-06-01' });
    expect(row.grids).toEqual(['振兴社区 / 第一网格']);
    expect(member(row.id).events).toMatchObject([{ kind: 'joined', date: '2025-06-01', employment: 'part_time' }]);
    const audit = t.desk.app.database.sqlite
      .prepare("select count(*) from audit_log where entity = 'staff' and entity_id = ?")
      .pluck()
      .get(row.id);
    expect(audit).toBeGreaterThan(0);
  });

  it('adds a new person by name', () => {
    const row = addWorker(t.desk, t.tokens.manager, { name: '周丽', phone: '13800002222' });
    expect(row).toMatchObject({ name: '周丽', phone: '13800002222', grids: [], status: 'active', version: 1 });
    expect(member(row.id)).toMatchObject({
      events: [{ kind: 'joined', date: '2024-03-01' }],
      trainingHoursThisYear: 0,
    });
  });

  it('refuses someone already on it, an unknown person, no one named, and a start after today', () => {
    const before = t.desk.snapshot();
    const add = (input: Partial<InputOf<'team.addStaff'>>) =>
      t.desk.raw('team.addStaff', { startedOn: '2024-03-01', employment: 'full_time', ...input }, t.tokens.manager);
    expect(add({ staffId: t.staffIds.liu })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'alreadyOnTeam', params: { name: '刘建华' } },
    });
    expect(add({ staffId: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'staffNotFound' } });
    expect(add({})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['name'], 'staffOrNameRequired')] },
    });
    expect(add({ name: '周丽', startedOn: '2026-11-17' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['startedOn'], 'dateInFuture')] },
    });
    expect(t.desk.snapshot()).toEqual(before);
  });
});

describe('editing a worker', () => {
  it('changes phone, employment and position with the version, and refuses a stale one', () => {
    const { version } = member(t.staffIds.wang);
    const input = { id: t.staffIds.wang, version, phone: '13700003333', employment: 'full_time' as const };
    const row = t.desk.call('team.updateStaff', { ...input, position: '专职网格员' }, t.tokens.manager);
    expect(row).toMatchObject({ phone: '13700003333', employment: 'full_time', position: '专职网格员' });
    expect(row.version).toBe(version + 1);

    const before = t.desk.snapshot();
    expect(t.desk.raw('team.updateStaff', input, t.tokens.manager)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'staleVersion' },
    });
    expect(
      t.desk.raw('team.updateStaff', { ...input, id: t.staffIds.police, version: 1 }, t.tokens.manager),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'teamMemberNotFound' } });
    expect(t.desk.snapshot()).toEqual(before);
  });
});

describe('status changes', () => {
  it('keeps the history after join → eliminate, newest first, and ends the grid duties that day', () => {
    expect(durations(t.staffIds.wang)).toEqual([{ since: '2024-01-01', until: null }]);
    const answer = change(t.staffIds.wang, { date: '2026-11-10', reason: '2026年10月考核末位' });
    expect(answer).toMatchObject({
      ok: true,
      data: { status: 'eliminated', statusDate: '2026-11-10', grids: [] },
    });
    expect(durations(t.staffIds.wang)).toEqual([{ since: '2024-01-01', until: '2026-11-10' }]);
    expect(member(t.staffIds.wang).events).toMatchObject([
      {
        kind: 'eliminated',
        date: '2026-11-10',
        reason: '2026年10月考核末位',
        employment: 'part_time',
        actorName: '周卫东',
      },
      { kind: 'joined', date: '2024-03-01', reason: '', employment: 'part_time' },
    ]);
    // The others keep their duties.
    expect(durations(t.staffIds.police)).toEqual([{ since: '2024-01-01', until: null }]);
  });

  it('ends a duty that began after the change on the day it began, never before', () => {
    // 刘建华's duty on 第一网格 was recorded today (2026-11-16).
    change(t.staffIds.liu, { date: '2026-11-10', change: 'leave' });
    expect(durations(t.staffIds.liu)).toEqual([{ since: '2026-11-16', until: '2026-11-16' }]);
  });

  it('refuses eliminating someone already eliminated or gone', () => {
    change(t.staffIds.liu);
    change(t.staffIds.wang, { change: 'leave', reason: '调离' });
    const before = t.desk.snapshot();
    expect(change(t.staffIds.liu)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', reason: 'staffNotActive', params: { name: '刘建华' } },
    });
    expect(change(t.staffIds.wang)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', reason: 'staffNotActive', params: { name: '王芳' } },
    });
    expect(change(t.staffIds.wang, { change: 'leave' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', reason: 'staffNotActive' },
    });
    expect(t.desk.snapshot()).toEqual(before);
  });

  it('refuses a change dated before the start or after today, a stale version, and someone off the roster', () => {
    const before = t.desk.snapshot();
    expect(change(t.staffIds.liu, { date: '2024-02-29' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['date'], 'changeBeforeStart')] },
    });
    expect(change(t.staffIds.liu, { date: '2026-11-17' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['date'], 'dateInFuture')] },
    });
    expect(change(t.staffIds.liu, { version: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'staleVersion' },
    });
    expect(
      t.desk.raw('team.changeStaff', { ...changeOf({ id: t.staffIds.police, version: 1 }) }, t.tokens.manager),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'teamMemberNotFound' } });
    expect(t.desk.snapshot()).toEqual(before);
  });

  it('accepts a change on the day the worker started', () => {
    const li = addWorker(t.desk, t.tokens.manager, { name: '李明', startedOn: '2026-11-16' });
    expect(change(li.id, { date: '2026-11-16', change: 'leave' })).toMatchObject({
      ok: true,
      data: { status: 'left', statusDate: '2026-11-16' },
    });
  });
});

describe('a worker’s training hours this year', () => {
  it('sums the sessions of this year they attended', () => {
    const session = (heldOn: string, hours: number, present: boolean) =>
      t.desk.call(
        'team.recordTraining',
        {
          heldOn,
          topic: '网格事件处置',
          organiser: 'street',
          hours,
          attendance: [{ staffId: t.staffIds.liu, present }],
        },
        t.tokens.manager,
      );
    session('2025-12-31', 3, true);
    session('2026-01-01', 2, true);
    session('2026-06-15', 1.5, true);
    session('2026-09-10', 4, false);
    expect(member(t.staffIds.liu).trainingHoursThisYear).toBe(3.5);
    expect(member(t.staffIds.wang).trainingHoursThisYear).toBe(0);
  });
});
