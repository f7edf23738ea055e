// Calendar dates in the centre's time zone: what "today" and "this month" mean at the desk.

export const defaultTimeZone = 'Asia/Shanghai';

/** The `YYYY-MM-DD` date of an instant in a time zone. */
export function localDate(epochMs: number, timeZone: string = defaultTimeZone): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(epochMs),
  );
}
