// The month's ranking of grid workers by their assessment totals, and the 末位 (bottom-ranked) flag.

/** What ranking needs of each worker's month. */
export interface RankEntry {
  staffId: number;
  name: string;
  total: number;
}

export type Ranked<T extends RankEntry> = T & { rank: number; bottom: boolean };

const byName = new Intl.Collator('zh-CN');

/**
 * The month's ranking: totals high to low, equal totals sharing a rank (1, 2, 2, 4) and listed by name, then id,
 * so the order never depends on how the rows arrived. 末位 flags the last `bottomCount` places: a worker is flagged
 * when fewer than `bottomCount` workers scored below them, so everyone tied at the boundary is flagged (all of them,
 * when all tie). The flag asks the manager to look; an elimination is a separate, recorded decision.
 */
export function rankWorkers<T extends RankEntry>(
  scores: readonly T[],
  { bottomCount }: { bottomCount: number },
): Ranked<T>[] {
  const tenths = (entry: RankEntry) => Math.round(entry.total * 10);
  const ordered = [...scores].sort(
    (a, b) => tenths(b) - tenths(a) || byName.compare(a.name, b.name) || a.staffId - b.staffId,
  );
  return ordered.map((entry) => {
    const above = ordered.filter((other) => tenths(other) > tenths(entry)).length;
    const below = ordered.filter((other) => tenths(other) < tenths(entry)).length;
    return { ...entry, rank: above + 1, bottom: below < bottomCount };
  });
}
