// @doyensec/electronegativity over the app's code (src/ and package.json): no HIGH or MEDIUM finding but the ones
// tests/support/electronegativityAllowlist.ts explains, and every explanation in the README. The scan runs offline
// and so the same every time: the scanner's two network calls (fresh translations of its messages, and Electron's
// release list for its AVAILABLE_SECURITY_FIXES check, which is left out) never leave the process.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AllowedFinding, allowedFindings } from '../support/electronegativityAllowlist';

const projectDir = path.resolve(__dirname, '../..');
const require = createRequire(path.join(projectDir, 'package.json'));

interface Finding {
  id: string;
  file: string;
  severity: { name: string; value: number };
  location: { line: number; column: number };
}
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}
type Scan = (options: Record<string, unknown>) => Promise<ScanResult>;

const medium = 2;
const scanned = fs.mkdtempSync(path.join(os.tmpdir(), 'griddesk-electronegativity-'));
let result: ScanResult;

/** The scanner with `got`, its HTTP client, replaced by one that fails at once: as if the machine were offline. */
function offlineScanner(): { scan: Scan; restore: () => void } {
  const scannerRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = scannerRequire.resolve('got');
  const offline = Object.assign(() => Promise.reject(new Error('offline')), {
    head: () => Promise.reject(new Error('offline')),
  });
  const previous = require.cache[gotPath];
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as NodeJS.Module;
  return {
    scan: require('@doyensec/electronegativity') as Scan,
    restore: () => {
      if (previous) require.cache[gotPath] = previous;
      else delete require.cache[gotPath];
    },
  };
}

/** Where a finding is, as the allowlist and the README name it: relative to the project, with forward slashes. */
function fileOf(finding: Finding): string {
  return finding.file === 'N/A' ? finding.file : finding.file.split(path.sep).join('/');
}

const matches = (allowed: AllowedFinding, finding: Finding) =>
  allowed.check === finding.id && allowed.file === fileOf(finding);

beforeAll(async () => {
  // What the app is made of, without node_modules (the scanner walks every folder it is given before filtering).
  fs.cpSync(path.join(projectDir, 'src'), path.join(scanned, 'src'), { recursive: true });
  fs.copyFileSync(path.join(projectDir, 'package.json'), path.join(scanned, 'package.json'));
  const electronVersion: string = require('electron/package.json').version;
  const { scan, restore } = offlineScanner();
  // It reports, in English, that it could not fetch its translations; the findings are what count.
  const quiet = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    result = await scan({
      input: scanned,
      isRelative: true,
      electronVersionOverride: electronVersion,
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      parserPlugins: [],
    });
  } finally {
    quiet.mockRestore();
    restore();
  }
}, 60_000);
afterAll(() => fs.rmSync(scanned, { recursive: true, force: true }));

describe('the electronegativity scan', () => {
  it('reads every file of the app', () => {
    expect(result.atomicChecks).toBeGreaterThan(0);
    expect(result.globalChecks).toBeGreaterThan(0);
    expect(result.errors.filter((error) => !error.tolerable)).toEqual([]);
  });

  it('finds nothing of HIGH or MEDIUM severity that the allowlist does not explain', () => {
    const unexplained = result.issues
      .filter((finding) => finding.severity.value >= medium)
      .filter((finding) => !allowedFindings.some((allowed) => matches(allowed, finding)))
      .map((finding) => `${finding.id} ${finding.severity.name} ${fileOf(finding)}:${finding.location.line}`);
    expect(unexplained).toEqual([]);
  });

  it('has no allowlist entry left over from a finding that is gone', () => {
    const serious = result.issues.filter((finding) => finding.severity.value >= medium);
    const stale = allowedFindings.filter((allowed) => !serious.some((finding) => matches(allowed, finding)));
    expect(stale).toEqual([]);
  });

  it('is not silenced in the code: no eng-disable comment anywhere in src', () => {
    const silenced: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/eng-disable/i.test(fs.readFileSync(full, 'utf8'))) silenced.push(path.relative(projectDir, full));
      }
    };
    walk(path.join(projectDir, 'src'));
    expect(silenced).toEqual([]);
  });

  it('has every allowed finding explained, with its file and reason, in the README’s security checklist', () => {
    const readme = fs.readFileSync(path.join(projectDir, 'README.md'), 'utf8');
    const start = readme.indexOf('### Security checklist');
    expect(start).toBeGreaterThanOrEqual(0);
    const next = readme.slice(start + 1).search(/\n##+ /);
    const section = next < 0 ? readme.slice(start) : readme.slice(start, start + 1 + next);
    // The README wraps long lines; compare with whitespace collapsed.
    const flat = section.replace(/\s+/g, ' ');
    for (const allowed of allowedFindings) {
      expect(flat).toContain(allowed.check);
      expect(flat).toContain(allowed.file);
      expect(flat).toContain(allowed.reason.replace(/\s+/g, ' '));
    }
  });
});
