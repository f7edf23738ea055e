// The test's side of a crash: tests/support/crashChild.ts started in a Node process of its own, its lines read as
// they come, and SIGKILL sent when the test's kill point says so. Every line the child wrote was written after the
// call it reports had returned, so each is a call that committed, even one read after the kill was sent.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import type { InputOf } from '../../src/shared/contract';

export interface ImportPlan {
  uploadId: string;
  mapping: InputOf<'imports.commit'>['mapping'];
  /** A small page cache, so the import's pages reach the WAL before it commits. */
  smallCache: boolean;
  /** Wait for the kill inside the import's transaction, once this many residents are inserted. */
  pauseAtRow?: number;
}

export interface CaseUpdatesPlan {
  residentId: number;
  gridIds: number[];
  maxOps: number;
  /** How far the clock moves before each call. */
  stepMs: number;
  /** Wait for the kill inside the transaction of the first call that writes from this one on. */
  pauseInOp?: number;
}

export type ChildPlan = { dataDir: string; now: number; seed: number } & (
  | { mode: 'import'; import: ImportPlan }
  | { mode: 'cases'; cases: CaseUpdatesPlan }
);

/** A case call that committed: the case as the call answered it, and what the call wrote. */
export type CaseUpdateLine = {
  event: 'done';
  op: number;
  id: number;
  status: string;
  version: number;
} & (
  | {
      kind: 'create';
      description: string;
      urgency: string;
      categoryId: number;
      /** Timeline entries the registration wrote (registered, and accepted at once or not). */
      events: number;
    }
  | { kind: 'transition'; action: string; note: string }
  | { kind: 'edit'; description: string; urgency: string; categoryId: number }
);

/** A case call about to be made: the one that may be in flight when the kill lands. */
export interface CaseCallLine {
  event: 'begin';
  op: number;
  kind: 'create' | 'transition' | 'edit';
  id?: number;
  action?: string;
  note?: string;
  description?: string;
}

export type ChildLine =
  | { event: 'commitStart'; walBytes: number }
  | { event: 'committed'; result: unknown; ms: number }
  | { event: 'paused'; at: number; walBytes?: number }
  | { event: 'finished' }
  | { event: 'notKilled' }
  | CaseCallLine
  | CaseUpdateLine;

export interface ChildRun {
  lines: ChildLine[];
  /** What the child wrote on stderr (nothing, unless it failed). */
  stderr: string;
}

const projectRoot = path.resolve(__dirname, '../..');
const childScript = path.join(__dirname, 'crashChild.ts');

/**
 * Runs the child until `killPoint` calls `kill` (SIGKILL, no chance to clean up); answers every line the child wrote.
 * Fails if the child stops by itself or outlives `limitMs`.
 */
export function runUntilKilled(
  plan: ChildPlan,
  killPoint: (line: ChildLine, kill: () => void) => void,
  limitMs = 100_000,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, JSON.stringify(plan)], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: ChildLine[] = [];
    let stderr = '';
    let killSent = false;
    const kill = () => {
      if (killSent) return;
      killSent = true;
      child.kill('SIGKILL');
    };
    const limit = setTimeout(() => {
      kill();
      reject(new Error(`the child outlived ${limitMs} ms; its lines: ${JSON.stringify(lines.slice(-5))}`));
    }, limitMs);
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    readline.createInterface({ input: child.stdout }).on('line', (text) => {
      const line = JSON.parse(text) as ChildLine;
      lines.push(line);
      if (!killSent) killPoint(line, kill);
    });
    child.on('close', (code, signal) => {
      clearTimeout(limit);
      if (signal === 'SIGKILL' && killSent) resolve({ lines, stderr });
      else reject(new Error(`the child stopped by itself (code ${code}, signal ${signal}): ${stderr}`));
    });
  });
}
