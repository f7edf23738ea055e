import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/contract';
import { type ValidationKey, validationMessage } from '../../src/shared/i18n/validation';
import { type Member, member, memberLeaves, type PartyDesk, startPartyDesk } from '../support/partyLifeFactory';
import { password } from '../support/registerFactory';

let p: PartyDesk;
let m: { wang: Member; li: Member; zhang: Member; zhao: Member; chen: Member };
beforeEach(() => {
  p = startPartyDesk();
  m = {
    wang: member(p, { branchId: p.branchId, name: '王建国' }),
    li: member(p, { branchId: p.branchId, name: '李秀英' }),
    // Transferred in on 2026-11-10: on the roster for meetings from that day.
    zhang: member(p, { branchId: p.branchId, name: '张伟', arrival: 'transferred_in', arrivedOn: '2026-11-10' }),
    // Transferred out on 2026-11-05: on the roster for meetings up to that day.
    zhao: member(p, { branchId: p.branchId, name: '赵敏' }),
    chen: member(p, { branchId: p.otherBranchId, name: '陈刚' }),
  };
  memberLeaves(p, m.zhao, 'transfer_out', '2026-11-05');
});
afterEach(() => p.desk.close());

type MeetingInput = InputOf<'party.recordMeeting'>;

function meetingInput(overrides: Partial<MeetingInput> = {}): MeetingInput {
  return {
    branchId: p.branchId,
    type: 'committee_meeting',
    heldOn: '2026-11-12',
    topic: '研究冬季困难党员走访',
    presenter: '孙桂兰',
    location: '振兴社区党群服务中心',
    attendance: [
      { memberId: m.wang.id, present: true },
      { memberId: m.li.id, present: false, absenceReason: 'illness', absenceNote: '住院' },
      { memberId: m.zhang.id, present: true },
    ],
    ...overrides,
  };
}

const record = (overrides: Partial<MeetingInput> = {}, token = p.tokens.secretary) =>
  p.desk.raw('party.recordMeeting', meetingInput(overrides), token);
const recorded = (overrides: Partial<MeetingInput> = {}, token = p.tokens.secretary) =>
  p.desk.call('party.recordMeeting', meetingInput(overrides), token);

const issue = (path: (string | number)[], key: ValidationKey, params: Record<string, string | number> = {}) => ({
  path,
  message: validationMessage('zh-CN', key, params),
});

describe('recording a meeting', () => {
  it('keeps the meeting with its attendance by member name, counts present and absent, and audits it', () => {
    const meeting = recorded();
    expect(meeting).toMatchObject({
      branchId: p.branchId,
      branchName: '振兴社区第一网格党支部',
      type: 'committee_meeting',
      heldOn: '2026-11-12',
      topic: '研究冬季困难党员走访',
      present: 2,
      absent: 1,
      version: 1,
    });
    expect(meeting.attendance.map((a) => a.name)).toEqual(['张伟', '李秀英', '王建国'].sort());
    expect(meeting.attendance.find((a) => a.memberId === m.li.id)).toEqual({
      memberId: m.li.id,
      name: '李秀英',
      present: false,
      absenceReason: 'illness',
      absenceNote: '住院',
    });
    expect(p.desk.call('party.meeting', { id: meeting.id }, p.tokens.manager)).toEqual(meeting);
    const month = p.desk.app.database.sqlite.prepare('select month from party_meetings').pluck().get();
    expect(month).toBe('2026-11');
    expect(p.desk.call('audit.list', { entity: 'party_meetings', limit: 5 }, p.tokens.admin).rows).toHaveLength(1);
  });

  it('keeps no absence reason for a member who was there', () => {
    const meeting = recorded({
      attendance: [{ memberId: m.wang.id, present: true, absenceReason: 'work', absenceNote: '出差' }],
    });
    expect(meeting.attendance).toEqual([
      { memberId: m.wang.id, name: '王建国', present: true, absenceReason: null, absenceNote: null },
    ]);
  });

  it('lists members who left on or after the meeting day and arrived on or before it', () => {
    const meeting = recorded({
      heldOn: '2026-11-05',
      attendance: [
        { memberId: m.wang.id, present: true },
        { memberId: m.zhao.id, present: true },
      ],
    });
    expect(meeting.present).toBe(2);
  });

  it('refuses a meeting dated after today', () => {
    const before = p.desk.snapshot();
    expect(record({ heldOn: '2026-11-17' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['heldOn'], 'dateInFuture')] },
    });
    expect(p.desk.snapshot()).toEqual(before);
  });

  it('refuses attendees who were not on the branch’s roster that day, naming them', () => {
    const before = p.desk.snapshot();
    const answer = record({
      heldOn: '2026-11-08',
      attendance: [
        { memberId: m.wang.id, present: true },
        { memberId: m.chen.id, present: true },
        { memberId: m.zhang.id, present: true },
        { memberId: m.zhao.id, present: true },
        { memberId: 9999, present: true },
      ],
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          issue(['attendance'], 'moreAttendeesThanMembers', { attendees: 5, members: 2 }),
          issue(['attendance', 1, 'memberId'], 'attendeeNotMember', { name: '陈刚' }),
          issue(['attendance', 2, 'memberId'], 'attendeeNotMember', { name: '张伟' }),
          issue(['attendance', 3, 'memberId'], 'attendeeNotMember', { name: '赵敏' }),
          issue(['attendance', 4, 'memberId'], 'attendeeNotMember', { name: '#9999' }),
        ],
      },
    });
    expect(p.desk.snapshot()).toEqual(before);
  });

  it('refuses a member listed twice, more entries than members, and an absence without a reason', () => {
    const before = p.desk.snapshot();
    expect(
      record({
        attendance: [
          { memberId: m.wang.id, present: true },
          { memberId: m.li.id, present: false },
          { memberId: m.wang.id, present: false, absenceReason: 'away' },
          { memberId: m.zhang.id, present: true },
        ],
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          issue(['attendance'], 'moreAttendeesThanMembers', { attendees: 4, members: 3 }),
          issue(['attendance', 1, 'absenceReason'], 'absenceReasonRequired'),
          issue(['attendance', 2, 'memberId'], 'attendeeRepeated'),
        ],
      },
    });
    expect(p.desk.snapshot()).toEqual(before);
  });

  it('answers the messages in English for an English screen', () => {
    const answer = p.desk.raw('party.recordMeeting', meetingInput({ heldOn: '2026-12-01' }), p.tokens.secretary, 'en');
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['heldOn'], message: validationMessage('en', 'dateInFuture') }] },
    });
  });
});

describe('correcting a meeting', () => {
  it('replaces the attendance and the details, bumps the version and audits before and after', () => {
    const meeting = recorded();
    const updated = p.desk.call(
      'party.updateMeeting',
      {
        ...meetingInput({ topic: '学习党的二十届四中全会精神', type: 'group_meeting' }),
        id: meeting.id,
        version: meeting.version,
        attendance: [
          { memberId: m.wang.id, present: false, absenceReason: 'work' },
          { memberId: m.li.id, present: true },
        ],
      },
      p.tokens.secretary,
    );
    expect(updated).toMatchObject({
      id: meeting.id,
      type: 'group_meeting',
      topic: '学习党的二十届四中全会精神',
      present: 1,
      absent: 1,
      version: 2,
    });
    expect(updated.attendance.map((a) => [a.name, a.present])).toEqual(
      [
        ['李秀英', true],
        ['王建国', false],
      ].sort(),
    );
    expect(p.desk.count('party_attendance')).toBe(2);
    const audits = p.desk.call('audit.list', { entity: 'party_meetings', limit: 5 }, p.tokens.admin).rows;
    expect(audits).toHaveLength(2);
  });

  it('refuses a stale version, a move to another branch, and bad attendance, changing nothing', () => {
    const meeting = recorded();
    const update = (overrides: Partial<InputOf<'party.updateMeeting'>>) =>
      p.desk.raw(
        'party.updateMeeting',
        { ...meetingInput(), id: meeting.id, version: meeting.version, ...overrides },
        p.tokens.manager,
      );
    const before = p.desk.snapshot();
    expect(update({ version: meeting.version + 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'staleVersion' },
    });
    expect(update({ branchId: p.otherBranchId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [issue(['branchId'], 'meetingBranchFixed')] },
    });
    expect(update({ attendance: [{ memberId: m.chen.id, present: true }] })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [issue(['attendance', 0, 'memberId'], 'attendeeNotMember', { name: '陈刚' })],
      },
    });
    expect(update({ id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'meetingNotFound' } });
    expect(p.desk.snapshot()).toEqual(before);
  });
});

describe('a secretary’s reach', () => {
  it('hides another branch’s meetings and refuses to record or correct them', () => {
    const theirs = recorded(
      { branchId: p.otherBranchId, attendance: [{ memberId: m.chen.id, present: true }] },
      p.tokens.secretary2,
    );
    const before = p.desk.snapshot();
    expect(p.desk.raw('party.meeting', { id: theirs.id }, p.tokens.secretary)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'meetingNotFound' },
    });
    expect(p.desk.raw('party.meetings', { branchId: p.otherBranchId }, p.tokens.secretary)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'branchNotFound' },
    });
    expect(record({ branchId: p.otherBranchId, attendance: [{ memberId: m.chen.id, present: true }] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'notYourBranch' },
    });
    expect(
      p.desk.raw(
        'party.updateMeeting',
        {
          ...meetingInput({ branchId: p.otherBranchId, attendance: [] }),
          id: theirs.id,
          version: theirs.version,
        },
        p.tokens.secretary,
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'notYourBranch' } });
    expect(p.desk.snapshot()).toEqual(before);
    expect(p.desk.call('party.meetings', {}, p.tokens.secretary)).toEqual({ rows: [], total: 0, nextCursor: null });
  });
});

describe('the list of meetings', () => {
  it('shows the newest first, filters by branch, type and months, and pages on', () => {
    const attendance = [{ memberId: m.wang.id, present: true }];
    const sep = recorded({ heldOn: '2026-09-20', type: 'party_lecture', attendance });
    const octLate = recorded({ heldOn: '2026-10-20', attendance });
    const octEarly = recorded({ heldOn: '2026-10-08', type: 'themed_party_day', attendance });
    const novA = recorded({ heldOn: '2026-11-02', attendance });
    const novB = recorded({ heldOn: '2026-11-02', type: 'group_meeting', attendance });
    const theirs = recorded(
      { branchId: p.otherBranchId, heldOn: '2026-10-15', attendance: [{ memberId: m.chen.id, present: true }] },
      p.tokens.secretary2,
    );
    const ids = (input: InputOf<'party.meetings'>, token = p.tokens.manager) =>
      p.desk.call('party.meetings', input, token).rows.map((r) => r.id);

    expect(ids({})).toEqual([novB.id, novA.id, octLate.id, theirs.id, octEarly.id, sep.id]);
    expect(ids({}, p.tokens.secretary)).toEqual([novB.id, novA.id, octLate.id, octEarly.id, sep.id]);
    expect(ids({}, p.tokens.secretary2)).toEqual([theirs.id]);
    expect(ids({ branchId: p.otherBranchId })).toEqual([theirs.id]);
    expect(ids({ type: 'committee_meeting' })).toEqual([novA.id, octLate.id, theirs.id]);
    expect(ids({ fromMonth: '2026-10', toMonth: '2026-10', branchId: p.branchId })).toEqual([octLate.id, octEarly.id]);

    const first = p.desk.call('party.meetings', { limit: 4 }, p.tokens.manager);
    expect(first).toMatchObject({ total: 6, nextCursor: theirs.id });
    expect(first.rows[0]).toMatchObject({ branchName: '振兴社区第一网格党支部', present: 1, absent: 0 });
    const second = p.desk.call('party.meetings', { limit: 4, cursor: first.nextCursor ?? 0 }, p.tokens.manager);
    expect(second.rows.map((r) => r.id)).toEqual([octEarly.id, sep.id]);
    expect(second).toMatchObject({ total: 6, nextCursor: null });
  });
});

describe('the 三会一课 calendar', () => {
  const owed = (month: string, token = p.tokens.manager) => p.desk.call('party.meetingsOwed', { month }, token);
  const dueOf = (answer: ReturnType<typeof owed>, branchId: number) => {
    const row = answer.rows.find((r) => r.branchId === branchId);
    return Object.fromEntries((row?.due ?? []).map((d) => [d.type, d.owed]));
  };

  it('owes a monthly meeting again the next month, and a quarterly one not again in the same quarter', () => {
    const attendance = [{ memberId: m.wang.id, present: true }];
    recorded({ type: 'party_lecture', heldOn: '2026-10-08', attendance });
    recorded({ type: 'committee_meeting', heldOn: '2026-10-20', attendance });

    const october = owed('2026-10');
    expect(october).toMatchObject({ month: '2026-10', quarter: ['2026-10', '2026-11', '2026-12'] });
    expect(dueOf(october, p.branchId)).toEqual({
      branch_assembly: true,
      committee_meeting: false,
      group_meeting: true,
      party_lecture: false,
      themed_party_day: true,
    });
    expect(october.rows.find((r) => r.branchId === p.branchId)?.owed).toBe(3);
    expect(october.rows.find((r) => r.branchId === p.otherBranchId)?.owed).toBe(5);

    expect(dueOf(owed('2026-11'), p.branchId)).toMatchObject({ committee_meeting: true, party_lecture: false });

    p.desk.setNow(Date.parse('2026-12-20T02:00:00Z'));
    const manager = p.desk.login('manager', password);
    const december = owed('2026-12', manager);
    expect(dueOf(december, p.branchId)).toMatchObject({ committee_meeting: true, party_lecture: false });
    expect(december.rows.find((r) => r.branchId === p.branchId)?.due.find((d) => d.type === 'party_lecture')).toEqual({
      type: 'party_lecture',
      frequency: 'quarterly',
      period: ['2026-10', '2026-11', '2026-12'],
      held: 1,
      owed: false,
    });
    expect(dueOf(owed('2027-01', manager), p.branchId)).toMatchObject({ party_lecture: true });
  });

  it('shows a secretary only their own branch', () => {
    expect(owed('2026-11', p.tokens.secretary).rows.map((r) => r.branchId)).toEqual([p.branchId]);
    expect(owed('2026-11').rows).toHaveLength(2);
  });
});
