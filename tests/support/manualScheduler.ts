// Timers a test fires itself: the backup schedule's checks run when the test says, at the time its clock says.
import type { Scheduler } from '../../src/main/services/backups/backupManager';

export function manualScheduler() {
  const timers = new Map<number, () => void>();
  let lastId = 0;
  const scheduler: Scheduler & { fire(): void; pending(): number } = {
    setTimeout: (run) => {
      lastId += 1;
      timers.set(lastId, run);
      return lastId;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
    /** Runs every timer set so far, as if its time had come (the ones they set in turn wait for the next fire). */
    fire: () => {
      const due = [...timers.values()];
      timers.clear();
      for (const run of due) run();
    },
    pending: () => timers.size,
  };
  return scheduler;
}
