// Case deadlines on real calendar days in Shanghai: working days for accepting, days for resolving, 12345's own.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, caseDeadlines, deadlineState, dueSoonMs } from '../../src/shared/domain/caseDeadlines';
import { defaultDeadlines } from '../../src/shared/domain/cases';

const day = 24 * 60 * 60_000;
const hour = 60 * 60_000;
/** 10:00 in Shanghai on a date of November 2026. */
const at10 = (date: string) => Date.parse(`${date}T02:00:00Z`);

describe('working days', () => {
  it('skip the weekend: Friday + 1 is Monday, Thursday + 2 is Monday, Saturday + 1 is Monday', () => {
    expect(addWorkingDays(at10('2026-11-20'), 1)).toBe(at10('2026-11-23'));
    expect(addWorkingDays(at10('2026-11-19'), 2)).toBe(at10('2026-11-23'));
    expect(addWorkingDays(at10('2026-11-21'), 1)).toBe(at10('2026-11-23'));
    expect(addWorkingDays(at10('2026-11-16'), 5)).toBe(at10('2026-11-23'));
    expect(addWorkingDays(at10('2026-11-16'), 0)).toBe(at10('2026-11-16'));
  });

  it('are days of the centre’s calendar: Friday 23:30 in Shanghai (still Friday afternoon in UTC) + 1 is Monday', () => {
    const fridayNight = Date.parse('2026-11-20T15:30:00Z');
    expect(addWorkingDays(fridayNight, 1)).toBe(fridayNight + 3 * day);
    // Sunday 07:00 in Shanghai is Saturday in UTC: Monday is the next working day either way.
    const sundayMorning = Date.parse('2026-11-21T23:00:00Z');
    expect(addWorkingDays(sundayMorning, 1)).toBe(sundayMorning + day);
  });
});

describe('a case’s deadlines', () => {
  const registeredAt = at10('2026-11-20');

  it('give an ordinary case 7 days and an urgent one 3, and a working day to accept', () => {
    expect(caseDeadlines({ registeredAt, urgency: 'ordinary', limits: defaultDeadlines })).toEqual({
      acceptBy: at10('2026-11-23'),
      resolveBy: registeredAt + 7 * day,
    });
    expect(caseDeadlines({ registeredAt, urgency: 'urgent', limits: defaultDeadlines }).resolveBy).toBe(
      registeredAt + 3 * day,
    );
  });

  it('follow the category’s own limits', () => {
    const limits = { acceptWorkingDays: 2, resolveDays: 15, urgentResolveDays: 5 };
    expect(caseDeadlines({ registeredAt, urgency: 'ordinary', limits })).toEqual({
      acceptBy: at10('2026-11-24'),
      resolveBy: registeredAt + 15 * day,
    });
  });

  it('let a 12345 work order’s deadline win over the category’s, urgent or not', () => {
    const hotlineDeadline = registeredAt + 36 * hour;
    for (const urgency of ['ordinary', 'urgent'] as const) {
      expect(caseDeadlines({ registeredAt, urgency, limits: defaultDeadlines, hotlineDeadline }).resolveBy).toBe(
        hotlineDeadline,
      );
    }
  });

  it('move by the days of approved extensions, a hotline deadline too', () => {
    expect(
      caseDeadlines({ registeredAt, urgency: 'ordinary', limits: defaultDeadlines, extensionDays: 5 }).resolveBy,
    ).toBe(registeredAt + 12 * day);
    const hotlineDeadline = registeredAt + 2 * day;
    expect(
      caseDeadlines({ registeredAt, urgency: 'urgent', limits: defaultDeadlines, hotlineDeadline, extensionDays: 1 })
        .resolveBy,
    ).toBe(registeredAt + 3 * day);
  });
});

describe('overdue and due soon', () => {
  const resolveBy = at10('2026-11-23');

  it('an open case is on time, then due soon in its last day, then overdue', () => {
    expect(deadlineState(resolveBy, null, resolveBy - 2 * day)).toBe('onTime');
    expect(deadlineState(resolveBy, null, resolveBy - dueSoonMs)).toBe('dueSoon');
    expect(deadlineState(resolveBy, null, resolveBy)).toBe('dueSoon');
    expect(deadlineState(resolveBy, null, resolveBy + 1)).toBe('overdue');
  });

  it('a resolved case is on time or overdue by when it was resolved, whatever the time now', () => {
    expect(deadlineState(resolveBy, resolveBy, resolveBy + 30 * day)).toBe('onTime');
    expect(deadlineState(resolveBy, resolveBy + hour, resolveBy + hour)).toBe('overdue');
  });
});
