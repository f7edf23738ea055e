// Human case numbers (SQ202611-000123): the month a case was registered in the centre's time zone and the next
// number of that month, counted in case_number_sequences so two desks never get the same one.
import { formatCaseNumber } from '../../../shared/domain/cases';
import { localDate } from '../../../shared/domain/dates';
import type { Ctx } from '../context';

/** `YYYY-MM` of an instant at the centre: intake is counted per month. */
export function registeredMonthOf(at: number): string {
  return localDate(at).slice(0, 7);
}

/** The next number of the month `at` falls in; the first case of a month is 000001. */
export function nextCaseNumber(ctx: Ctx, at: number): { number: string; month: string } {
  const month = registeredMonthOf(at);
  const { last } = ctx.sqlite
    .prepare(
      `insert into case_number_sequences (month, last) values (?, 1)
       on conflict (month) do update set last = last + 1
       returning last`,
    )
    .get(month) as { last: number };
  return { number: formatCaseNumber(month, last), month };
}
