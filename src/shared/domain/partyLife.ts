// Organisational life 三会一课 (DOMAIN.md): which meetings a branch owes in a month and in its quarter, and what
// it still owes given the meetings it held. A calendar rule, shared by the branch's screen and its monthly report.

/** 支部党员大会, 支委会, 党小组会, 党课, 主题党日. */
export const meetingTypes = [
  'branch_assembly',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'themed_party_day',
] as const;
export type MeetingType = (typeof meetingTypes)[number];

export type MeetingFrequency = 'monthly' | 'quarterly';

export const meetingFrequencies: Record<MeetingType, MeetingFrequency> = {
  branch_assembly: 'quarterly',
  committee_meeting: 'monthly',
  group_meeting: 'monthly',
  party_lecture: 'quarterly',
  themed_party_day: 'monthly',
};

/** The months (YYYY-MM) of the calendar quarter a month falls in. */
export function quarterMonths(month: string): string[] {
  const year = month.slice(0, 4);
  const first = Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1;
  return [first, first + 1, first + 2].map((m) => `${year}-${String(m).padStart(2, '0')}`);
}

export interface HeldMeeting {
  type: MeetingType;
  /** YYYY-MM-DD */
  date: string;
}

export interface MeetingDue {
  type: MeetingType;
  frequency: MeetingFrequency;
  /** The month itself for a monthly meeting; the quarter's months for a quarterly one. */
  period: string[];
  held: number;
  owed: boolean;
}

/** For each type: held in its period (the month, or the month's quarter) and whether one is still owed. */
export function meetingsDue(month: string, held: readonly HeldMeeting[]): MeetingDue[] {
  return meetingTypes.map((type) => {
    const frequency = meetingFrequencies[type];
    const period = frequency === 'monthly' ? [month] : quarterMonths(month);
    const count = held.filter((m) => m.type === type && period.includes(m.date.slice(0, 7))).length;
    return { type, frequency, period, held: count, owed: count === 0 };
  });
}

/** Meetings required in a month's report: monthly ones every month, quarterly ones in the quarter's last month. */
export function requiredInMonth(month: string): MeetingType[] {
  const lastOfQuarter = quarterMonths(month)[2] === month;
  return meetingTypes.filter((type) => meetingFrequencies[type] === 'monthly' || lastOfQuarter);
}
