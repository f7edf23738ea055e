// Month arithmetic on 'YYYY-MM' strings for dues: the months a member owes, how far ahead they may pay.
import { maxMonthsPaidAhead } from '../../../shared/domain/party';

/** The month `n` months after (or before, when negative) a month. */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthsFromTo(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

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
