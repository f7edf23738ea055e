// `npm run bench`: builds (once) a district-size database and times each hot operation against its target.

import { caseBenchmarks } from './caseBench';
import { dashboardBenchmarks } from './dashboardBench';
import { openDistrict } from './district';
import { formatTable } from './measure';
import { importBenchmarks, searchBenchmarks } from './registerBench';
import { summaryBenchmarks } from './summaryBench';

async function main() {
  const now = Date.now();
  console.log('Opening the district database (the first run builds it: 1,000,000 residents, 500,000 cases)…');
  const { desk, buildSeconds } = openDistrict(now);
  if (buildSeconds !== null) console.log(`  built in ${buildSeconds.toFixed(0)} s`);
  const login = desk.router.call('auth.login', { username: 'desk', password: 'demo1234' }, { lang: 'zh-CN' });
  if (!login.ok) throw new Error(login.error.message);
  const { token, user } = login.data as { token: string; user: { id: number } };

  // --only-cases: the case desk's operations alone (no search, no import).
  const onlyCases = process.argv.includes('--only-cases');
  const rows = onlyCases ? [] : [...searchBenchmarks(desk, token)];
  rows.push(...caseBenchmarks(desk, token, now));
  if (!onlyCases) rows.push(...dashboardBenchmarks(desk, token, now), ...summaryBenchmarks(desk, token, now));
  if (!onlyCases && !process.argv.includes('--skip-import')) {
    rows.push(...(await importBenchmarks(desk, token, user.id)));
  }
  console.log(`\n${formatTable(rows)}\n`);
  console.log('ratio = median / floor median; floor = the same rows by one hand-written prepared statement.');
  desk.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
