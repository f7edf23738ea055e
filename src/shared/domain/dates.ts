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

/** The day last asked for, per time zone: an import asks "today" for every row, and formatting is not free. */
const lastDays = new Map<string, { from: number; to: number; date: string }>();

/** The `YYYY-MM-DD` date of an instant in a time zone. */
export function localDate(epochMs: number, timeZone: string = defaultTimeZone): string {
  const last = lastDays.get(timeZone);
  if (last && epochMs >= last.from && epochMs < last.to) return last.date;
  const date = dateFormat(timeZone).format(new Date(epochMs));
  lastDays.set(timeZone, {
    from: startOfLocalDate(date, timeZone),
    to: startOfLocalDate(nextDate(date), timeZone),
    date,
  });
  return date;
}

/** The instant a `YYYY-MM-DD` date begins (local midnight) in a time zone: periods of whole days become instants. */
export function startOfLocalDate(date: string, timeZone: string = defaultTimeZone): number {
  const asUtc = Date.parse(`${date}T00:00:00Z`);
  // The zone's offset at that moment, found by reading the UTC instant's wall-clock time there; a second pass
  // settles dates whose offset changes that night (summer time).
  let at = asUtc - offsetAt(asUtc, timeZone);
  at = asUtc - offsetAt(at, timeZone);
  return at;
}

/** The day after a `YYYY-MM-DD` date. */
export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 24 * 60 * 60_000).toISOString().slice(0, 10);
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function offsetAt(epochMs: number, timeZone: string): number {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(epochMs / 1000) * 1000;
}
