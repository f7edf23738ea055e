// How long a signed-in window may sit without the user's keyboard or pointer before it locks: a setting of the
// centre, the same for the screen and the server. 15 minutes by default, as a desk is often left for a visitor; at
// least 1 (a shared counter) and at most 120 (a back office), since a longer limit is no lock at all.

export const idleLockDefaultMinutes = 15;
export const idleLockMinMinutes = 1;
export const idleLockMaxMinutes = 120;

/** A stored setting as whole minutes within the bounds; anything unreadable falls back to the default. */
export function idleLockMinutesOf(stored: unknown): number {
  const minutes = typeof stored === 'string' ? Number(stored) : stored;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes)) return idleLockDefaultMinutes;
  return Math.min(idleLockMaxMinutes, Math.max(idleLockMinMinutes, minutes));
}
