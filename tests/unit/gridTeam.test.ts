// The grid team's rules: a worker's status changes as a table, training hours over a period, a patrol's times.
import { describe, expect, it } from 'vitest';
import {
  employmentKinds,
  patrolParticipantKinds,
  patrolTimeProblem,
  placeKinds,
  type StaffChange,
  type StaffStatus,
  staffChangeDateProblem,
  staffChanges,
  staffEventOf,
  staffStatuses,
  staffTransition,
  type TrainingAttendance,
  trainingHours,
  trainingHoursProblem,
  trainingOrganisers,
} from '../../src/shared/domain/gridTeam';

/** status → change → where it leads, or null when refused; written out from the issue. */
const transitions: Record<StaffStatus, Record<StaffChange, StaffStatus | null>> = {
  active: { eliminate: 'eliminated', leave: 'left' },
  eliminated: { eliminate: null, leave: null },
  left: { eliminate: null, leave: null },
};

describe("a worker's status", () => {
  const cells = staffStatuses.flatMap((status) => staffChanges.map((change) => ({ status, change })));

  it.each(cells)('$change from $status', ({ status, change }) => {
    expect(staffTransition(status, change)).toBe(transitions[status][change]);
  });

  it('writes the matching history entry for each change', () => {
    expect(staffEventOf('eliminate')).toBe('eliminated');
    expect(staffEventOf('leave')).toBe('left');
  });

  it('cannot change before the worker started, and may on the first day', () => {
    expect(staffChangeDateProblem('2025-03-01', '2025-02-28')).toBe('changeBeforeStart');
    expect(staffChangeDateProblem('2025-03-01', '2025-03-01')).toBeNull();
    expect(staffChangeDateProblem('2025-03-01', '2026-11-30')).toBeNull();
  });
});

describe("a training session's hours", () => {
  it.each([
    [0.5, null],
    [2, null],
    [3.5, null],
    [24, null],
    [0, 'trainingHoursNotPositive'],
    [-1, 'trainingHoursNotPositive'],
    [Number.NaN, 'trainingHoursNotPositive'],
    [1.25, 'trainingHoursStep'],
    [24.5, 'trainingHoursTooMany'],
  ])('%d hours: %s', (hours, problem) => {
    expect(trainingHoursProblem(hours)).toBe(problem);
  });
});

const attended = (staffId: number, date: string, hours: number): TrainingAttendance => ({ staffId, date, hours });

describe("a worker's training hours over a period", () => {
  const attendance = [
    attended(1, '2026-10-31', 2),
    attended(1, '2026-11-01', 1.5),
    attended(1, '2026-11-12', 3),
    attended(2, '2026-11-12', 3),
    attended(1, '2026-11-30', 0.5),
    attended(1, '2026-12-01', 4),
  ];

  it('sums the sessions dated inside the period, its first and last days included', () => {
    expect(trainingHours(attendance, 1, '2026-11-01', '2026-11-30')).toBe(5);
  });

  it('counts only that worker', () => {
    expect(trainingHours(attendance, 2, '2026-11-01', '2026-11-30')).toBe(3);
    expect(trainingHours(attendance, 3, '2026-11-01', '2026-11-30')).toBe(0);
  });

  it('answers for any period, a single day or a year', () => {
    expect(trainingHours(attendance, 1, '2026-11-12', '2026-11-12')).toBe(3);
    expect(trainingHours(attendance, 1, '2026-01-01', '2026-12-31')).toBe(11);
  });

  it('adds many half hours exactly', () => {
    const year = Array.from({ length: 30 }, (_, i) =>
      attended(1, `2026-${String((i % 12) + 1).padStart(2, '0')}-15`, 0.5),
    );
    expect(trainingHours(year, 1, '2026-01-01', '2026-12-31')).toBe(15);
  });

  it('refuses hours that are not whole half hours', () => {
    expect(() => trainingHours([attended(1, '2026-11-03', 1.2)], 1, '2026-11-01', '2026-11-30')).toThrow(RangeError);
  });
});

describe("a patrol's times", () => {
  const start = Date.parse('2026-11-20T19:00:00+08:00');

  it('refuses an end before the start, even by a minute', () => {
    expect(patrolTimeProblem(start, start - 60_000)).toBe('patrolEndsBeforeStart');
  });

  it('accepts an end after or at the start, and a patrol still under way', () => {
    expect(patrolTimeProblem(start, start + 2 * 60 * 60_000)).toBeNull();
    expect(patrolTimeProblem(start, start)).toBeNull();
    expect(patrolTimeProblem(start, null)).toBeNull();
  });
});

describe("the team's values", () => {
  it('are the ones DOMAIN.md and the issue name', () => {
    expect(employmentKinds).toEqual(['full_time', 'part_time']);
    expect(staffStatuses).toEqual(['active', 'eliminated', 'left']);
    expect(trainingOrganisers).toEqual(['city', 'district', 'street']);
    expect(placeKinds).toEqual(['enterprise', 'shop', 'rental_house', 'key_place']);
    expect(patrolParticipantKinds).toEqual(['police', 'grid_worker', 'volunteer']);
  });
});
