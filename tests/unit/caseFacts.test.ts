// What a timeline says about how a case was handled, each fact on a hand-built timeline.
import { describe, expect, it } from 'vitest';
import { caseFacts, type TimelineStep } from '../../src/shared/domain/caseFacts';

const hour = 60 * 60_000;

/** Steps one hour apart, from hour 1. */
function timeline(...steps: (TimelineStep['kind'] | [TimelineStep['kind'], TimelineStep['data']])[]): TimelineStep[] {
  return steps.map((step, i) =>
    typeof step === 'string'
      ? { kind: step, at: (i + 1) * hour }
      : { kind: step[0], at: (i + 1) * hour, data: step[1] },
  );
}

describe('caseFacts', () => {
  it('knows nothing of a case only registered', () => {
    expect(caseFacts(timeline('register', 'accept'))).toEqual({
      firstResolvedAt: null,
      resolvedAt: null,
      reopenCount: 0,
      escalated: false,
      returned: false,
      assignCount: 0,
      firstHandlingResolved: false,
      satisfaction: null,
      followedUpAt: null,
    });
  });

  it('counts a case resolved by the one it was dispatched to as resolved at first handling', () => {
    const facts = caseFacts(timeline('register', 'accept', 'assign', 'start', 'resolve'));
    expect(facts).toMatchObject({ firstResolvedAt: 5 * hour, resolvedAt: 5 * hour, assignCount: 1 });
    expect(facts.firstHandlingResolved).toBe(true);
  });

  it('counts a case resolved at the desk, never dispatched, as resolved at first handling', () => {
    expect(caseFacts(timeline('register', 'accept', 'resolve')).firstHandlingResolved).toBe(true);
  });

  it('keeps the satisfaction and time of the latest follow-up', () => {
    const facts = caseFacts(
      timeline('register', 'accept', 'resolve', ['followUp', { satisfaction: 'basically_satisfied' }]),
    );
    expect(facts).toMatchObject({ satisfaction: 'basically_satisfied', followedUpAt: 4 * hour, resolvedAt: 3 * hour });
    expect(facts.firstHandlingResolved).toBe(true);
  });

  it('reopens on 不满意: not resolved until resolved again, and never again first-handling', () => {
    const reopened = caseFacts(
      timeline('register', 'accept', 'assign', 'resolve', ['followUp', { satisfaction: 'dissatisfied' }]),
    );
    expect(reopened).toMatchObject({ resolvedAt: null, firstResolvedAt: 4 * hour, reopenCount: 1 });
    expect(reopened.firstHandlingResolved).toBe(false);
    const again = caseFacts(
      timeline('register', 'accept', 'assign', 'resolve', ['followUp', { satisfaction: 'dissatisfied' }], 'resolve', [
        'followUp',
        { satisfaction: 'satisfied' },
      ]),
    );
    expect(again).toMatchObject({
      resolvedAt: 6 * hour,
      firstResolvedAt: 4 * hour,
      reopenCount: 1,
      satisfaction: 'satisfied',
      followedUpAt: 7 * hour,
      firstHandlingResolved: false,
    });
  });

  it('does not count an escalated, a returned or a twice-dispatched case as resolved at first handling', () => {
    const escalated = caseFacts(timeline('register', 'accept', 'assign', 'escalate', 'resolve'));
    expect(escalated).toMatchObject({ escalated: true, firstHandlingResolved: false });
    const returned = caseFacts(timeline('register', 'accept', 'assign', 'return', 'assign', 'resolve'));
    expect(returned).toMatchObject({ returned: true, assignCount: 2, firstHandlingResolved: false });
    const redispatched = caseFacts(timeline('register', 'accept', 'assign', 'assign', 'resolve'));
    expect(redispatched).toMatchObject({ returned: false, assignCount: 2, firstHandlingResolved: false });
  });

  it('is not moved by notes, supervision, extensions or edits', () => {
    const plain = caseFacts(timeline('register', 'accept', 'assign', 'resolve'));
    const busy = caseFacts(
      timeline(
        'register',
        'edit',
        'accept',
        'assign',
        'note',
        'supervise',
        'requestExtension',
        'decideExtension',
        'resolve',
      ),
    );
    expect({ ...busy, firstResolvedAt: 0, resolvedAt: 0 }).toEqual({ ...plain, firstResolvedAt: 0, resolvedAt: 0 });
  });
});
