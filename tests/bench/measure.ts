// Timing for `npm run bench`: repeated runs of an operation, its median and 95th percentile, and the
// ratio to the raw SQL floor (the same rows fetched by one hand-written prepared statement).
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
}

/**
 * Turns of an operation and its floor before timing, unless a count is given: as many as V8 needs to compile an
 * operation's code as it runs in an app open all day (a few hundred turns of a short one), within about a second and
 * a half for a long one. Ten turns left a case page's JavaScript half-compiled: twice as slow as when it is hot.
 */
const warmUpTurns = 300;
const warmUpMs = 1500;

function warmUp(run: () => unknown, floor: () => unknown, turns: number | 'hot'): void {
  const until = performance.now() + warmUpMs;
  const limit = turns === 'hot' ? warmUpTurns : turns;
  for (let i = 0; i < limit && (turns !== 'hot' || i < 3 || performance.now() < until); i++) {
    run();
    floor();
  }
}

/**
 * An operation and its floor timed in turns, one call of each by turns: on a machine that other work slows down now
 * and then, both meet the same moments, so their ratio holds even when the absolute figures do not.
 * Each goes first every other turn: the second of a pair finds the rows the first just read still in SQLite's page
 * cache and the processor's, which made a floor that always came second look a third faster than it is.
 */
export function timeBeside(
  run: () => unknown,
  floor: () => unknown,
  repetitions: number,
  warmup: number | 'hot' = 'hot',
): { timing: Timing; floor: Timing } {
  warmUp(run, floor, warmup);
  const samples: number[] = [];
  const floorSamples: number[] = [];
  const timed = (operation: () => unknown, into: number[]) => {
    const start = performance.now();
    operation();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < repetitions; i++) {
    if (i % 2 === 0) {
      timed(run, samples);
      timed(floor, floorSamples);
    } else {
      timed(floor, floorSamples);
      timed(run, samples);
    }
  }
  return { timing: summarise(samples), floor: summarise(floorSamples) };
}

function summarise(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Cycles through a list of inputs, so a benchmark does not time one cached query. */
export function cycling<T>(inputs: readonly T[]): () => T {
  let i = 0;
  return () => inputs[i++ % inputs.length] as T;
}

export interface BenchRow {
  operation: string;
  timing: Timing;
  floor: Timing | null;
  /** The target from the issues, in ms at the 95th percentile (or for one run). */
  targetMs: number;
}

const pad = (value: string, width: number) => value + ' '.repeat(Math.max(0, width - [...value].length));
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(2));

/** The table the README records: one line per operation, with its target and whether it is met. */
export function formatTable(rows: BenchRow[]): string {
  const header = '| operation | median ms | p95 ms | floor p95 ms | ratio | target p95 ms | met |';
  const rule = '|---|---:|---:|---:|---:|---:|---|';
  const lines = rows.map((row) => {
    const ratio = row.floor ? row.timing.median / Math.max(row.floor.median, 0.001) : null;
    const met = Number.isNaN(row.targetMs) ? '' : row.timing.p95 <= row.targetMs ? 'yes' : 'NO';
    return [
      '',
      pad(row.operation, 40),
      ms(row.timing.median),
      ms(row.timing.p95),
      row.floor ? ms(row.floor.p95) : '—',
      ratio === null ? '—' : ratio.toFixed(2),
      Number.isNaN(row.targetMs) ? '' : String(row.targetMs),
      met,
      '',
    ]
      .join(' | ')
      .trim();
  });
  return [header, rule, ...lines].join('\n');
}
