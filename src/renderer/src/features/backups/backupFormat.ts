// How backup times and sizes read on the screen.
import dayjs from 'dayjs';

export const formatTime = (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm');

/** Sizes in the units a file manager shows: KB below a megabyte, MB below a gigabyte, GB above. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
