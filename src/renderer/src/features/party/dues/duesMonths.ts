// The months a dues payment may be for, around the sheet's month: the arrears window behind this month up to the
// months that may be paid ahead, never before the member came onto the roster.
import dayjs from 'dayjs';
import { arrearsWindowMonths, maxMonthsPaidAhead } from '../../../../../shared/domain/party';

/** YYYY-MM months from `from` to `to`, both included. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let at = dayjs(`${from}-01`); at.format('YYYY-MM') <= to; at = at.add(1, 'month')) {
    months.push(at.format('YYYY-MM'));
  }
  return months;
}

/** Newest first: the months offered in the dues form, with `wanted` (the sheet's month, the arrears) always among them. */
export function payableMonths(thisMonth: string, arrivedOn: string | undefined, wanted: string[]): string[] {
  const now = dayjs(`${thisMonth}-01`);
  let from = now.subtract(arrearsWindowMonths, 'month').format('YYYY-MM');
  for (const month of wanted) if (month < from) from = month;
  const arrived = arrivedOn?.slice(0, 7);
  if (arrived && arrived > from) from = arrived;
  const to = now.add(maxMonthsPaidAhead, 'month').format('YYYY-MM');
  return monthsBetween(from, to).reverse();
}
