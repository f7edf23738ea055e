// Timing for `npm run bench`: repeated runs of an operation, its median and 95th percentile, and the
// ratio to the raw SQL floor (the same rows fetched by one hand-written prepared statement).
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
}

export function time(run: () => unknown, repetitions: number, warmup = Math.min(10, repetitions)): Timing {
  for (let i = 0; i < warmup; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/**
 * An operation and its floor timed in turns, one call of each by turns: on a machine that other work slows down now
 * and then, both meet the same moments, so their ratio holds even when the absolute figures do not.
 */
export function timeBeside(
  run: () => unknown,
  floor: () => unknown,
  repetitions: number,
  warmup = Math.min(10, repetitions),
): { timing: Timing; floor: Timing } {
  for (let i = 0; i < warmup; i++) {
    run();
    floor();
  }
  const samples: number[] = [];
  const floorSamples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    let start = performance.now();
    run();
    samples.push(performance.now() - start);
    start = performance.now();
    floor();
    floorSamples.push(performance.now() - start);
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
