import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFacts } from '../../src/shared/domain/caseFacts';
import {
  type CaseAction,
  type CaseFlowState,
  checkTransition,
  transitionTarget,
} from '../../src/shared/domain/caseFlow';
import { type CaseKind, type CaseStatus, caseNumberPattern, type Satisfaction } from '../../src/shared/domain/cases';
import type { Role } from '../../src/shared/domain/roles';
import { defaultNow, startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let demo: TestGridDesk;
beforeAll(() => {
  demo = startDemoGridDesk();
});
afterAll(() => demo.close());

const all = <T>(sql: string, ...params: unknown[]) => demo.app.database.sqlite.prepare(sql).all(...params) as T[];

interface StoredCase {
  id: number;
  number: string;
  kind: CaseKind;
  status: CaseStatus;
  registeredMonth: string;
  firstResolvedAt: number | null;
  resolvedAt: number | null;
  reopenCount: number;
  firstHandlingResolved: number;
  satisfaction: Satisfaction | null;
  followedUpAt: number | null;
}

interface StoredEvent {
  caseId: number;
  kind: 'register' | CaseAction;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  actorId: number;
  role: Role;
  at: number;
  data: string;
}

function timelines() {
  const cases = all<StoredCase>(
    `select id, number, kind, status, registered_month as registeredMonth, first_resolved_at as firstResolvedAt,
       resolved_at as resolvedAt, reopen_count as reopenCount, first_handling_resolved as firstHandlingResolved,
       satisfaction, followed_up_at as followedUpAt
     from cases order by id`,
  );
  const events = new Map<number, StoredEvent[]>();
  for (const event of all<StoredEvent>(
    `select e.case_id as caseId, e.kind, e.from_status as fromStatus, e.to_status as toStatus, e.actor_id as actorId,
       u.role, e.at, e.data
     from case_events e join users u on u.id = e.actor_id order by e.case_id, e.id`,
  )) {
    const list = events.get(event.caseId) ?? [];
    list.push(event);
    events.set(event.caseId, list);
  }
  return cases.map((c) => ({ case: c, events: events.get(c.id) ?? [] }));
}

describe('the demo cases', () => {
  it('span two years, with more noise complaints in summer than in winter', () => {
    const months = all<{ month: string; n: number }>(
      'select registered_month as month, count(*) as n from cases group by registered_month order by 1',
    );
    expect(months.length).toBeGreaterThanOrEqual(24);
    expect(months.every((m) => m.n > 50)).toBe(true);
    const noise = all<{ season: string; n: number }>(
      `select case when substr(c.registered_month, 6) in ('06', '07', '08') then 'summer'
                   when substr(c.registered_month, 6) in ('12', '01', '02') then 'winter' else 'other' end as season,
         count(*) as n
       from cases c join case_categories k on k.id = c.category_id where k.name = '噪声扰民' group by 1`,
    );
    const count = (season: string) => noise.find((s) => s.season === season)?.n ?? 0;
    expect(count('summer')).toBeGreaterThan(2 * count('winter'));
  });

  it('stores on every case the facts of its own timeline', () => {
    for (const { case: c, events } of timelines()) {
      const facts = caseFacts(events.map((e) => ({ kind: e.kind, at: e.at, data: JSON.parse(e.data) })));
      expect(
        {
          firstResolvedAt: c.firstResolvedAt,
          resolvedAt: c.resolvedAt,
          reopenCount: c.reopenCount,
          firstHandlingResolved: c.firstHandlingResolved === 1,
          satisfaction: c.satisfaction,
          followedUpAt: c.followedUpAt,
        },
        c.number,
      ).toEqual({
        firstResolvedAt: facts.firstResolvedAt,
        resolvedAt: facts.resolvedAt,
        reopenCount: facts.reopenCount,
        firstHandlingResolved: facts.firstHandlingResolved,
        satisfaction: facts.satisfaction,
        followedUpAt: facts.followedUpAt,
      });
    }
  });

  it('walks every case only along the flow, each step taken by someone allowed to take it', () => {
    const userByName = new Map(
      all<{ id: number; name: string }>('select id, display_name as name from users').map((u) => [u.name, u.id]),
    );
    for (const { case: c, events } of timelines()) {
      const [register, ...steps] = events;
      expect(register, c.number).toMatchObject({ kind: 'register', fromStatus: null, toStatus: 'registered' });
      const state: CaseFlowState = { kind: c.kind, status: 'registered', handlerUserId: null, extensionPending: false };
      let department = false;
      for (const step of steps) {
        const kind = step.kind as CaseAction;
        const data = JSON.parse(step.data) as {
          handlerName?: string;
          handlerDepartment?: string;
          satisfaction?: Satisfaction;
        };
        expect(step.fromStatus, `${c.number} ${kind}`).toBe(state.status);
        const check = checkTransition(state, kind, { userId: step.actorId, role: step.role });
        expect(check, `${c.number} ${kind} by ${step.role}`).toEqual({ allowed: true });
        expect(step.toStatus, `${c.number} ${kind}`).toBe(transitionTarget(state, kind, data.satisfaction));
        if (kind === 'assign') {
          department = data.handlerDepartment !== undefined;
          state.handlerUserId = department ? null : (userByName.get(data.handlerName ?? '') ?? null);
        }
        if (kind === 'return') [state.handlerUserId, department] = [null, false];
        if (kind === 'resolve' && state.handlerUserId === null && !department) state.handlerUserId = step.actorId;
        if (kind === 'requestExtension') state.extensionPending = true;
        if (kind === 'decideExtension') state.extensionPending = false;
        state.status = step.toStatus;
      }
      expect(c.status, c.number).toBe(state.status);
    }
  });

  it('numbers cases SQ + month + a sequence without gaps, and saves where each month stands', () => {
    const cases = all<{ number: string; month: string }>(
      'select number, registered_month as month from cases order by registered_at, id',
    );
    expect(new Set(cases.map((c) => c.number)).size).toBe(cases.length);
    const last = new Map<string, number>();
    for (const c of cases) {
      expect(c.number).toMatch(caseNumberPattern);
      expect(c.number.slice(2, 8)).toBe(c.month.replace('-', ''));
      last.set(c.month, Math.max(last.get(c.month) ?? 0, Number(c.number.slice(9))));
    }
    const counts = all<{ month: string; n: number }>(
      'select registered_month as month, count(*) as n from cases group by 1',
    );
    for (const { month, n } of counts) expect(last.get(month), month).toBe(n);
    const saved = all<{ month: string; last: number }>('select month, last from case_number_sequences');
    expect(Object.fromEntries(saved.map((s) => [s.month, s.last]))).toEqual(Object.fromEntries(last));
  });

  it('handles most cases at first contact, mostly to satisfaction, a few late, reopened or voided', () => {
    const [rates] = all<{ firstContact: number; late: number; reopened: number; satisfied: number; voided: number }>(
      `select avg(first_handling_resolved) as firstContact, avg(resolved_at > resolve_by) as late,
         avg(reopen_count > 0) as reopened,
         (select avg(satisfaction in ('satisfied', 'basically_satisfied')) from cases where satisfaction is not null) as satisfied,
         (select count(*) from cases where status = 'voided') as voided
       from cases where resolved_at is not null`,
    );
    expect(rates?.firstContact).toBeGreaterThan(0.85);
    expect(rates?.late).toBeGreaterThan(0.01);
    expect(rates?.late).toBeLessThan(0.1);
    expect(rates?.reopened).toBeGreaterThan(0);
    expect(rates?.satisfied).toBeGreaterThan(0.95);
    expect(rates?.voided).toBeGreaterThan(10);
  });

  it('has a 12345 work order past the hotline’s deadline, shown as overdue', () => {
    const token = demo.login('desk');
    const { rows } = demo.call(
      'cases.list',
      { filters: { source: ['hotline'], deadline: 'overdue', open: true } },
      token,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]?.hotlineOrderNo).toMatch(/^\d{10}$/);
    expect(rows[0]?.resolveBy).toBeLessThan(defaultNow);
  });

  it('gives the desk, the grid worker 刘建华 and the manager something in every bucket of My work', () => {
    for (const username of ['desk', 'grid', 'manager']) {
      const { buckets } = demo.call('cases.myWork', {}, demo.login(username));
      expect(buckets.length, username).toBeGreaterThan(0);
      for (const bucket of buckets) expect(bucket.count, `${username} ${bucket.key}`).toBeGreaterThan(0);
    }
  });

  it('signs in each comprehensive grid’s full-time worker, and dispatches cases to all of them', () => {
    const workers = all<{ username: string; cases: number }>(
      `select u.username, (select count(*) from cases c where c.handler_user_id = u.id) as cases
       from users u join staff s on s.user_id = u.id join grid_staff gs on gs.staff_id = s.id and gs.duty = 'full_time'
       where u.role = 'grid_worker' order by u.username`,
    );
    expect(workers.map((w) => w.username)).toEqual(['grid', 'grid2', 'grid3', 'grid4', 'grid5', 'grid6']);
    for (const worker of workers) expect(worker.cases, worker.username).toBeGreaterThan(50);
    demo.login('grid2');
  });
});
