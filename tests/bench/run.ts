// `npm run bench`: builds (once) a district-size database and times each hot operation against its target.
// `npm run bench -- --only cases,import` times some groups alone; it only prints, never fails on a timing.

import { caseBenchmarks } from './caseBench';
import { dashboardBenchmarks } from './dashboardBench';
import { openDistrict } from './district';
import { type BenchRow, formatTable } from './measure';
import { importBenchmarks, searchBenchmarks } from './registerBench';
import { startupBenchmarks } from './startupBench';
import { summaryBenchmarks } from './summaryBench';

const groups = ['search', 'cases', 'dashboard', 'summary', 'import', 'startup'] as const;
type Group = (typeof groups)[number];

function chosenGroups(argv: readonly string[]): Set<Group> {
  const at = argv.indexOf('--only');
  // The older spellings still work: --only-cases, --skip-import.
  if (argv.includes('--only-cases')) return new Set(['cases']);
  const chosen = new Set<Group>(groups);
  if (at >= 0) {
    chosen.clear();
    for (const name of (argv[at + 1] ?? '').split(',')) {
      if (!(groups as readonly string[]).includes(name)) {
        throw new Error(`--only takes a comma-separated list of: ${groups.join(', ')} (got "${name}")`);
      }
      chosen.add(name as Group);
    }
  }
  if (argv.includes('--skip-import')) chosen.delete('import');
  return chosen;
}

async function main() {
  const chosen = chosenGroups(process.argv.slice(2));
  const now = Date.now();
  console.log('Opening the district database (the first run builds it: 1,000,000 residents, 500,000 cases)…');
  const { desk, buildSeconds, openSeconds } = openDistrict(now);
  if (buildSeconds !== null) console.log(`  built in ${buildSeconds.toFixed(0)} s`);
  else console.log(`  opened in ${openSeconds.toFixed(1)} s`);
  const login = desk.router.call('auth.login', { username: 'desk', password: 'demo1234' }, { lang: 'zh-CN' });
  if (!login.ok) throw new Error(login.error.message);
  const { token, user } = login.data as { token: string; user: { id: number } };

  const rows: BenchRow[] = [];
  const section = (name: Group, run: () => BenchRow[]) => {
    if (!chosen.has(name)) return;
    console.log(`  timing ${name}…`);
    rows.push(...run());
  };
  section('search', () => searchBenchmarks(desk, token));
  section('cases', () => caseBenchmarks(desk, token, now));
  section('dashboard', () => dashboardBenchmarks(desk, token, now));
  section('summary', () => summaryBenchmarks(desk, token, now));
  if (chosen.has('import')) {
    console.log('  timing import…');
    rows.push(...(await importBenchmarks(desk, token, user.id)));
  }
  desk.close();
  // Last: it copies the district file and opens the copy, with the district itself closed.
  if (chosen.has('startup')) {
    console.log('  timing startup…');
    rows.push(...startupBenchmarks(now));
  }
  console.log(`\n${formatTable(rows)}\n`);
  console.log(
    'ratio = median / floor median; floor = the same answer by one hand-written prepared statement (see README).',
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
