// The district-size database `npm run bench` measures: the demo street with its accounts, grown to the
// district's register by the demo generator. Kept between runs in tests/.tmp/bench (delete it to rebuild).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGridDesk, type GridDesk } from '../../src/main/app';
import { refreshPlannerStatistics } from '../../src/main/db/plannerStatistics';
import { generateCases } from '../../src/main/demo/demoCases';
import { generateRegister } from '../../src/main/demo/demoRegister';

export const districtDir = path.resolve(__dirname, '../.tmp/bench');
export const districtSize = { households: 400_000, residents: 1_000_000, cases: 500_000 };
/** Bumped whenever the district gains data: a database built by an older version is rebuilt. */
const districtVersion = 6;
export const migrationsFolder = path.resolve(__dirname, '../../src/main/db/migrations');
const builtMarker = path.join(districtDir, 'district-built.json');

/** The bench times operations, not the daily backup: its schedule never fires here (the start-up lines time the
 * backup taken before migrating). */
export const noSchedule = { setTimeout: () => null, clearTimeout: () => undefined };

export interface District {
  desk: GridDesk;
  buildSeconds: number | null;
  /** How long opening took (with any pending migrations and their backup). */
  openSeconds: number;
}

export function openDistrict(now: number): District {
  const fresh = !fs.existsSync(builtMarker) || builtVersion() !== districtVersion;
  if (fresh) fs.rmSync(districtDir, { recursive: true, force: true });
  const opening = performance.now();
  const desk = createGridDesk({
    dataDir: districtDir,
    migrationsFolder,
    clock: { now: () => now },
    scheduler: noSchedule,
  });
  const openSeconds = (performance.now() - opening) / 1000;
  if (!fresh) return { desk, buildSeconds: null, openSeconds };

  const start = performance.now();
  const opened = desk.router.call('auth.openDemo', {}, { lang: 'zh-CN' });
  if (!opened.ok) throw new Error(`demo: ${opened.error.message}`);
  const { sqlite } = desk.database;
  const count = (table: string) => (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  // One call: the generator batches its own transactions and keeps ID numbers unique within a call.
  generateRegister(sqlite, {
    households: districtSize.households - count('households'),
    residentsPerHousehold: districtSize.residents / districtSize.households,
    seed: 2026,
    now,
    visitMonths: 2,
  });
  const casesStart = performance.now();
  // Two years of the demo street's pattern at a district's pace, and one case worked with 47 notes (a 51-step timeline).
  const cacheSize = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma('cache_size = -262144');
  generateCases(sqlite, { now, seed: 2027, total: districtSize.cases - count('cases'), longTimelineNotes: 47 });
  sqlite.pragma(`cache_size = ${Number(cacheSize)}`);
  const caseSeconds = (performance.now() - casesStart) / 1000;
  refreshPlannerStatistics(sqlite, 'all');
  const buildSeconds = (performance.now() - start) / 1000;
  fs.writeFileSync(
    builtMarker,
    JSON.stringify({ version: districtVersion, builtAt: new Date(now).toISOString(), buildSeconds, caseSeconds }),
  );
  return { desk, buildSeconds, openSeconds };
}

function builtVersion(): number | null {
  try {
    return (JSON.parse(fs.readFileSync(builtMarker, 'utf8')) as { version?: number }).version ?? null;
  } catch {
    return null;
  }
}
