// Calendar dates in the centre's time zone: what "today" and "this month" mean at the desk.

export const defaultTimeZone = 'Asia/Shanghai';

// Building an Intl.DateTimeFormat costs far more than using one, and "today" is asked for every row of an import.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/** The `YYYY-MM-DD` date of an instant in a time zone. */
export function localDate(epochMs: number, timeZone: string = defaultTimeZone): string {
  return dateFormat(timeZone).format(new Date(epochMs));
}
