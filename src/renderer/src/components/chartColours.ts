// The colours of chart series, shared by the dashboard and the monthly summary so a category looks the same in both.

/** Colour-blind-friendly categorical colours (after Tableau 10), readable on white and in print. */
const palette = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#9c755f',
  '#ff9da7',
  '#bab0ac',
  '#17becf',
  '#bcbd22',
];

/**
 * The colours of categories or areas, by id, so each keeps its colour whatever the scope and period; two that
 * would share one in the same chart move the later one to the next free colour.
 */
export function seriesColours(ids: number[]): Map<number, string> {
  const taken = new Set<number>();
  const colours = new Map<number, string>();
  for (const id of [...ids].sort((a, b) => a - b)) {
    let slot = id % palette.length;
    for (let tries = 0; taken.has(slot) && tries < palette.length; tries++) slot = (slot + 1) % palette.length;
    taken.add(slot);
    colours.set(id, palette[slot] ?? '#8c8c8c');
  }
  return colours;
}
