import { describe, expect, it } from 'vitest';
import { caseFacts, type TimelineStep } from '../../src/shared/domain/caseFacts';
import { caseRates, periodOf, type RateCase, repeatWindowDays, withRepeats } from '../../src/shared/domain/caseRates';

const dayMs = 24 * 60 * 60_000;
/** A moment of November 2026 at the centre (Shanghai). */
const nov = (day: number, hour = 10) => Date.parse(`2026-11-${String(day).padStart(2, '0')}T${hour}:00:00+08:00`);
const november = periodOf('2026-11-01', '2026-11-30');

let nextId = 1;

/** A case registered at `registeredAt` with the steps of a hand-built timeline after it. */
function caseOf(
  steps: TimelineStep[],
  options: Partial<Pick<RateCase, 'residentId' | 'categoryId' | 'source' | 'voided' | 'resolveBy'>> & {
    registeredAt?: number;
  } = {},
): Omit<RateCase, 'repeated'> {
  const registeredAt = options.registeredAt ?? nov(2);
  const facts = caseFacts([{ kind: 'register', at: registeredAt }, ...steps]);
  return {
    id: nextId++,
    residentId: options.residentId === undefined ? 1 : options.residentId,
    categoryId: options.categoryId ?? 10,
    source: options.source ?? 'walk_in',
    voided: options.voided ?? false,
    registeredAt,
    resolveBy: options.resolveBy ?? registeredAt + 7 * dayMs,
    resolvedAt: facts.resolvedAt,
    firstHandlingResolved: facts.firstHandlingResolved,
    followedUpAt: facts.followedUpAt,
    satisfaction: facts.satisfaction,
  };
}

const ratesOf = (cases: Omit<RateCase, 'repeated'>[]) => caseRates(withRepeats(cases), november);

/** Accepted, dispatched once, started and resolved on `day`. */
const handled = (day: number): TimelineStep[] => [
  { kind: 'accept', at: nov(2, 11) },
  { kind: 'assign', at: nov(2, 12) },
  { kind: 'start', at: nov(2, 14) },
  { kind: 'resolve', at: nov(day) },
];

describe('case rates over a period', () => {
  it('counts a case resolved at the desk on first contact', () => {
    const rates = ratesOf([
      caseOf([
        { kind: 'accept', at: nov(2, 11) },
        { kind: 'resolve', at: nov(2, 12) },
      ]),
    ]);
    expect(rates).toMatchObject({ newCases: 1, resolved: 1, firstContactResolved: 1, firstContactRate: 1 });
  });

  it('counts a case dispatched once and resolved by its handler as first-contact', () => {
    expect(ratesOf([caseOf(handled(4))])).toMatchObject({ resolved: 1, firstContactResolved: 1 });
  });

  it('does not count a case reopened after 不满意 as first-contact, even when resolved again', () => {
    const rates = ratesOf([
      caseOf([
        ...handled(4),
        { kind: 'followUp', at: nov(5), data: { satisfaction: 'dissatisfied' } },
        { kind: 'resolve', at: nov(8) },
      ]),
    ]);
    expect(rates).toMatchObject({ resolved: 1, firstContactResolved: 0, firstContactRate: 0 });
    // The 不满意 follow-up is still a follow-up, and not a satisfied one.
    expect(rates).toMatchObject({ followedUp: 1, satisfied: 0, satisfactionRate: 0 });
  });

  it('counts a reopened case not yet resolved again as not resolved', () => {
    const rates = ratesOf([
      caseOf([...handled(4), { kind: 'followUp', at: nov(5), data: { satisfaction: 'dissatisfied' } }]),
    ]);
    expect(rates).toMatchObject({ resolved: 0, firstContactRate: null, onTimeRate: null });
  });

  it('does not count an escalated case as first-contact', () => {
    const steps: TimelineStep[] = [
      { kind: 'accept', at: nov(2, 11) },
      { kind: 'escalate', at: nov(2, 12) },
      { kind: 'resolve', at: nov(6) },
    ];
    expect(ratesOf([caseOf(steps)])).toMatchObject({ resolved: 1, firstContactResolved: 0 });
  });

  it('does not count a returned case as first-contact', () => {
    const steps: TimelineStep[] = [
      { kind: 'accept', at: nov(2, 11) },
      { kind: 'assign', at: nov(2, 12) },
      { kind: 'return', at: nov(3) },
      { kind: 'resolve', at: nov(4) },
    ];
    expect(ratesOf([caseOf(steps)])).toMatchObject({ resolved: 1, firstContactResolved: 0 });
  });

  it('does not count a case dispatched twice as first-contact', () => {
    const steps: TimelineStep[] = [
      { kind: 'accept', at: nov(2, 11) },
      { kind: 'assign', at: nov(2, 12) },
      { kind: 'assign', at: nov(3) },
      { kind: 'resolve', at: nov(4) },
    ];
    expect(ratesOf([caseOf(steps)])).toMatchObject({ resolved: 1, firstContactResolved: 0 });
  });

  it('does not count a case as first-contact when the resident comes back within 30 days in the same category', () => {
    const first = caseOf(handled(4));
    const again = caseOf([], { registeredAt: nov(4) + repeatWindowDays * dayMs });
    expect(ratesOf([first, again])).toMatchObject({ resolved: 1, firstContactResolved: 0, newCases: 1 });
  });

  it('counts it as first-contact when the resident comes back 31 days after the resolution', () => {
    const first = caseOf(handled(4));
    const later = caseOf([], { registeredAt: nov(4) + 31 * dayMs });
    expect(ratesOf([first, later])).toMatchObject({ resolved: 1, firstContactResolved: 1 });
  });

  it('does not let a voided case of the same resident and category count as a repeat', () => {
    const first = caseOf(handled(4));
    const voided = caseOf([{ kind: 'void', at: nov(6) }], { registeredAt: nov(6), voided: true });
    expect(ratesOf([first, voided])).toMatchObject({ firstContactResolved: 1 });
  });

  it('does not count a later case in another category, or of another resident, as a repeat', () => {
    const first = caseOf(handled(4));
    const otherCategory = caseOf([], { registeredAt: nov(6), categoryId: 11 });
    const otherResident = caseOf([], { registeredAt: nov(6), residentId: 2 });
    expect(ratesOf([first, otherCategory, otherResident])).toMatchObject({ firstContactResolved: 1 });
  });

  it('leaves voided cases out of every figure', () => {
    const voided = caseOf(
      [
        { kind: 'accept', at: nov(2, 11) },
        { kind: 'resolve', at: nov(3) },
        { kind: 'followUp', at: nov(4), data: { satisfaction: 'satisfied' } },
      ],
      { source: 'hotline', voided: true },
    );
    expect(ratesOf([voided])).toEqual({
      newCases: 0,
      hotlineCount: 0,
      resolved: 0,
      firstContactResolved: 0,
      resolvedOnTime: 0,
      followedUp: 0,
      satisfied: 0,
      firstContactRate: null,
      onTimeRate: null,
      satisfactionRate: null,
    });
  });

  it('counts a case resolved exactly at its deadline as on time, and a minute later as late', () => {
    const onTheDot = caseOf(handled(6), { resolveBy: nov(6) });
    const late = caseOf(handled(6), { resolveBy: nov(6) - 60_000 });
    expect(ratesOf([onTheDot, late])).toMatchObject({ resolved: 2, resolvedOnTime: 1, onTimeRate: 0.5 });
  });

  it('counts 满意 and 基本满意 as satisfied, 不满意 not', () => {
    const followUp = (satisfaction: 'satisfied' | 'basically_satisfied' | 'dissatisfied'): TimelineStep[] => [
      ...handled(4),
      { kind: 'followUp', at: nov(5), data: { satisfaction } },
    ];
    const rates = ratesOf([
      caseOf(followUp('satisfied')),
      caseOf(followUp('basically_satisfied')),
      caseOf(followUp('dissatisfied')),
      caseOf(followUp('basically_satisfied')),
    ]);
    expect(rates).toMatchObject({ followedUp: 4, satisfied: 3, satisfactionRate: 0.75 });
  });

  it('counts 12345 cases registered in the period', () => {
    const rates = ratesOf([
      caseOf([], { source: 'hotline' }),
      caseOf([], { source: 'hotline', registeredAt: nov(1, 0) - 60_000 }),
      caseOf([], { source: 'phone' }),
    ]);
    expect(rates).toMatchObject({ newCases: 2, hotlineCount: 1 });
  });

  it('takes the period as whole days at the centre: from midnight of the first day to midnight after the last', () => {
    expect(november.fromMs).toBe(Date.parse('2026-10-31T16:00:00Z'));
    expect(november.toMs).toBe(Date.parse('2026-11-30T16:00:00Z'));
    const rates = ratesOf([
      caseOf([], { registeredAt: november.fromMs }),
      caseOf([], { registeredAt: november.toMs - 1 }),
      caseOf([], { registeredAt: november.toMs }),
    ]);
    expect(rates.newCases).toBe(2);
  });

  it('answers no rate, not zero, for a period with nothing in it', () => {
    const rates = caseRates([], november);
    expect(rates).toMatchObject({ newCases: 0, resolved: 0, followedUp: 0 });
    expect(rates.firstContactRate).toBeNull();
    expect(rates.onTimeRate).toBeNull();
    expect(rates.satisfactionRate).toBeNull();
  });
});
