// Vitest's global setup: every test file's temp folders (os.tmpdir() via TMPDIR) go under one folder per run,
// removed when the run ends, so runs do not pile up gigabytes of databases in /tmp.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'griddesk-run-'));
  process.env.TMPDIR = runDir;
  return () => fs.rmSync(runDir, { recursive: true, force: true });
}
