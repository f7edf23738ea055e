// The grid team (DOMAIN.md "Grid-staff team building"): the roster's kinds and statuses, training, places and
// patrols. Values only, plus the rules both screens and server apply; assessment scoring lives in assessment.ts.

/** 专职, 兼职. */
export const employmentKinds = ['full_time', 'part_time'] as const;
export type EmploymentKind = (typeof employmentKinds)[number];

/** 在岗, 末位淘汰, 离职. */
export const staffStatuses = ['active', 'eliminated', 'left'] as const;
export type StaffStatus = (typeof staffStatuses)[number];

/** The changes recorded on a worker already on the roster (joining is recorded by adding the worker). */
export const staffChanges = ['eliminate', 'leave'] as const;
export type StaffChange = (typeof staffChanges)[number];

/** The dated entries of a worker's status history. */
export const staffEventKinds = ['joined', 'eliminated', 'left'] as const;
export type StaffEventKind = (typeof staffEventKinds)[number];

const staffFlow: Record<StaffChange, { from: readonly StaffStatus[]; to: StaffStatus }> = {
  // Only someone at work can be eliminated or leave; someone already gone is gone for good, and coming back is a
  // new engagement recorded as a new roster entry, so the old history stays as it was.
  eliminate: { from: ['active'], to: 'eliminated' },
  leave: { from: ['active'], to: 'left' },
};

/** Where a change leads from a status, or null when it may not be made (eliminating someone already gone…). */
export function staffTransition(status: StaffStatus, change: StaffChange): StaffStatus | null {
  const rule = staffFlow[change];
  return rule.from.includes(status) ? rule.to : null;
}

/** The history event a change writes. */
export function staffEventOf(change: StaffChange): StaffEventKind {
  return change === 'eliminate' ? 'eliminated' : 'left';
}

/** A worker is eliminated or leaves on or after the day they started, never before (dates YYYY-MM-DD). */
export function staffChangeDateProblem(startedOn: string, changedOn: string): 'changeBeforeStart' | null {
  return changedOn < startedOn ? 'changeBeforeStart' : null;
}

/** Who organised a training session: 市, 区, 街道 (the street's own monthly business training). */
export const trainingOrganisers = ['city', 'district', 'street'] as const;
export type TrainingOrganiser = (typeof trainingOrganisers)[number];

/** Training hours are recorded in half hours, at most a day per session (as party service hours are). */
export const trainingHoursStep = 0.5;
export const maxTrainingHoursPerSession = 24;

export type TrainingHoursProblem = 'trainingHoursNotPositive' | 'trainingHoursStep' | 'trainingHoursTooMany';

/** What is wrong with a session's hours, or null: more than nothing, whole half hours, at most a day. */
export function trainingHoursProblem(hours: number): TrainingHoursProblem | null {
  if (!Number.isFinite(hours) || hours <= 0) return 'trainingHoursNotPositive';
  if (!Number.isInteger(hours / trainingHoursStep)) return 'trainingHoursStep';
  return hours > maxTrainingHoursPerSession ? 'trainingHoursTooMany' : null;
}

/** A worker's presence at a training session: the session's date and hours. */
export interface TrainingAttendance {
  staffId: number;
  /** YYYY-MM-DD */
  date: string;
  hours: number;
}

/**
 * A worker's training hours over the sessions dated from `from` to `to`, both days included. Summed as whole half
 * hours so a year of sessions adds up exactly; throws on hours the contract would have refused.
 */
export function trainingHours(
  attendance: readonly TrainingAttendance[],
  staffId: number,
  from: string,
  to: string,
): number {
  let halfHours = 0;
  for (const a of attendance) {
    if (a.staffId !== staffId || a.date < from || a.date > to) continue;
    if (trainingHoursProblem(a.hours) !== null) throw new RangeError(`Not training hours: ${a.hours}`);
    halfHours += Math.round(a.hours / trainingHoursStep);
  }
  return halfHours * trainingHoursStep;
}

/** 企业, 门店, 出租房, 重点场所: the places on a grid that are inspected. */
export const placeKinds = ['enterprise', 'shop', 'rental_house', 'key_place'] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** Who walks a police-grid patrol 警网融合巡逻: 民警, 网格员, 志愿者. */
export const patrolParticipantKinds = ['police', 'grid_worker', 'volunteer'] as const;
export type PatrolParticipantKind = (typeof patrolParticipantKinds)[number];

/**
 * A patrol ends at or after its start (instants in epoch ms); a patrol still under way has no end yet. An end equal
 * to the start is accepted: the bad input the issue names is an end before the start.
 */
export function patrolTimeProblem(startedAt: number, endedAt: number | null): 'patrolEndsBeforeStart' | null {
  return endedAt !== null && endedAt < startedAt ? 'patrolEndsBeforeStart' : null;
}
