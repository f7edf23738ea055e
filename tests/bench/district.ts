// The district-size database `npm run bench` measures: the demo street with its accounts, grown to the
// district's register by the demo generator. Kept between runs in tests/.tmp/bench (delete it to rebuild).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGridDesk, type GridDesk } from '../../src/main/app';
import { generateRegister } from '../../src/main/demo/demoRegister';

export const districtDir = path.resolve(__dirname, '../.tmp/bench');
export const districtSize = { households: 400_000, residents: 1_000_000 };
const migrationsFolder = path.resolve(__dirname, '../../src/main/db/migrations');
const builtMarker = path.join(districtDir, 'district-built.json');

export interface District {
  desk: GridDesk;
  buildSeconds: number | null;
}

export function openDistrict(now: number): District {
  const fresh = !fs.existsSync(builtMarker);
  if (fresh) fs.rmSync(districtDir, { recursive: true, force: true });
  const desk = createGridDesk({ dataDir: districtDir, migrationsFolder, clock: { now: () => now } });
  if (!fresh) return { desk, buildSeconds: null };

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
  sqlite.pragma('optimize');
  const buildSeconds = (performance.now() - start) / 1000;
  fs.writeFileSync(builtMarker, JSON.stringify({ builtAt: new Date(now).toISOString(), buildSeconds }));
  return { desk, buildSeconds };
}
