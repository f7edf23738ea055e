// The months a member owes dues for, and how far ahead they may pay.
import { addMonths } from '../../../shared/domain/months';
import { maxMonthsPaidAhead } from '../../../shared/domain/party';

/** The membership a member owes dues for: from the month they arrived to the month they left (if they did). */
export interface DuesSpan {
  arrivedOn: string;
  status: string;
  statusDate: string | null;
}

export function firstDuesMonth(member: DuesSpan): string {
  return member.arrivedOn.slice(0, 7);
}

/** The last month dues are owed for; null while the member is active (their dues run on). */
export function lastDuesMonth(member: DuesSpan): string | null {
  return member.status === 'active' ? null : (member.statusDate ?? member.arrivedOn).slice(0, 7);
}

/** The last month an active member may pay for today: the current month and a year ahead. */
export function lastMonthPayable(current: string): string {
  return addMonths(current, maxMonthsPaidAhead);
}
