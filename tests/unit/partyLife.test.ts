// 三会一课: what a branch owes in a month and its quarter, and the membership report's flow.
import { describe, expect, it } from 'vitest';
import { fullMembershipDateProblem, isReportEditable, reportTransition } from '../../src/shared/domain/party';
import { meetingsDue, quarterMonths, requiredInMonth } from '../../src/shared/domain/partyLife';

describe('the meetings a branch owes', () => {
  it('counts monthly meetings in the month and quarterly ones anywhere in the quarter', () => {
    const due = meetingsDue('2026-05', [
      { type: 'committee_meeting', date: '2026-05-08' },
      { type: 'committee_meeting', date: '2026-04-10' },
      { type: 'party_lecture', date: '2026-04-20' },
      { type: 'branch_assembly', date: '2026-03-30' },
    ]);
    const byType = Object.fromEntries(due.map((d) => [d.type, d]));
    expect(byType.committee_meeting).toMatchObject({ held: 1, owed: false, period: ['2026-05'] });
    expect(byType.group_meeting).toMatchObject({ held: 0, owed: true });
    expect(byType.themed_party_day).toMatchObject({ held: 0, owed: true });
    expect(byType.party_lecture).toMatchObject({ held: 1, owed: false, period: ['2026-04', '2026-05', '2026-06'] });
    // The assembly of March belongs to the first quarter: the second still owes one.
    expect(byType.branch_assembly).toMatchObject({ held: 0, owed: true });
  });

  it('knows the calendar quarters', () => {
    expect(quarterMonths('2026-01')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(quarterMonths('2026-12')).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('requires the quarterly meetings in the report of the quarter’s last month only', () => {
    expect(requiredInMonth('2026-05')).toEqual(['committee_meeting', 'group_meeting', 'themed_party_day']);
    expect(requiredInMonth('2026-06')).toEqual([
      'branch_assembly',
      'committee_meeting',
      'group_meeting',
      'party_lecture',
      'themed_party_day',
    ]);
  });
});

describe('membership dates', () => {
  it('refuse full membership before joining, and allow it on the day or later', () => {
    expect(fullMembershipDateProblem('2025-07-01', '2025-06-30')).toBe('fullBeforeJoining');
    expect(fullMembershipDateProblem('2025-07-01', '2025-07-01')).toBeNull();
    expect(fullMembershipDateProblem('2025-07-01', null)).toBeNull();
  });
});

describe('the monthly membership report', () => {
  it('goes draft → submitted → reviewed, or back to the branch with an opinion and submitted again', () => {
    expect(reportTransition('draft', 'submit')).toBe('submitted');
    expect(reportTransition('submitted', 'return')).toBe('returned');
    expect(reportTransition('returned', 'submit')).toBe('submitted');
    expect(reportTransition('submitted', 'review')).toBe('reviewed');
  });

  it('cannot be submitted twice, reviewed unsubmitted, or edited after review', () => {
    expect(reportTransition('submitted', 'submit')).toBeNull();
    expect(reportTransition('draft', 'review')).toBeNull();
    expect(reportTransition('reviewed', 'return')).toBeNull();
    expect(isReportEditable('reviewed')).toBe(false);
    expect(isReportEditable('submitted')).toBe(false);
    expect(isReportEditable('returned')).toBe(true);
  });
});
