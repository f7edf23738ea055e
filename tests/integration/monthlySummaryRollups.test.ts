// Migration 0009's rollups equal the records they count, on the demo street and after every kind of register and
// visit write: a household added or moved to another grid, residents added, moved between households (and grids),
// moved out or died, visits recorded (twice to one household in a month: one household visited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdInput, residentInput } from '../support/registerFactory';
import { startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let demo: TestGridDesk;
let admin: string;
beforeAll(() => {
  demo = startDemoGridDesk();
  admin = demo.login('admin');
});
afterAll(() => demo.close());

const rows = (sql: string) => demo.app.database.sqlite.prepare(sql).all();

const monthOf = (column: string) => `strftime('%Y-%m', ${column} / 1000 + 28800, 'unixepoch')`;

/** The register's rollup worked out from the records, one (grid, month) per row with anything in it. */
function registerFromRecords() {
  return rows(`
    select grid_id as gridId, month, sum(ha) as householdsAdded, sum(hx) as householdsArchived,
           sum(ra) as residentsAdded, sum(mo) as movedOut, sum(de) as deceased from (
      select grid_id, ${monthOf('created_at')} as month, 1 as ha, 0 as hx, 0 as ra, 0 as mo, 0 as de from households
      union all
      select grid_id, max(${monthOf('archived_at')}, ${monthOf('created_at')}), 0, 1, 0, 0, 0 from households
       where archived_at is not null
      union all
      select h.grid_id, ${monthOf('r.created_at')}, 0, 0, 1, 0, 0 from residents r join households h on h.id = r.household_id
      union all
      select h.grid_id, max(coalesce(substr(r.life_status_date, 1, 7), ${monthOf('r.created_at')}), ${monthOf('r.created_at')}),
             0, 0, 0, r.life_status = 'moved_out', r.life_status = 'deceased'
        from residents r join households h on h.id = r.household_id where r.life_status <> 'active'
    ) group by grid_id, month order by grid_id, month`);
}

function registerRollup() {
  return rows(`
    select grid_id as gridId, month, households_added as householdsAdded, households_archived as householdsArchived,
           residents_added as residentsAdded, moved_out as movedOut, deceased
      from register_monthly_counts
     where households_added <> 0 or households_archived <> 0 or residents_added <> 0 or moved_out <> 0 or deceased <> 0
     order by grid_id, month`);
}

const visitsFromRecords = () =>
  rows(`select grid_id as gridId, month, count(*) as visits, count(distinct household_id) as householdsVisited
          from visits group by grid_id, month order by grid_id, month`);
const visitRollup = () =>
  rows(`select grid_id as gridId, month, visits, households_visited as householdsVisited from visit_monthly_counts
         where visits <> 0 order by grid_id, month`);

/** The register's current totals per grid, as its lists count them, against the rollup's sums over all months. */
function currentTotals() {
  const fromRecords = rows(`
    select h.grid_id as gridId, count(distinct h.id) as households,
           (select count(*) from residents r join households x on x.id = r.household_id
             where x.grid_id = h.grid_id and r.life_status = 'active' and x.archived_at is null) as residents
      from households h where h.archived_at is null group by h.grid_id order by h.grid_id`);
  const fromRollup = rows(`
    select grid_id as gridId, sum(households_added - households_archived) as households,
           sum(residents_added - moved_out - deceased) as residents
      from register_monthly_counts group by grid_id having households <> 0 or residents <> 0 order by grid_id`);
  return { fromRecords, fromRollup };
}

describe('the rollups of migration 0009', () => {
  it('equal the demo’s records', () => {
    expect(registerRollup().length).toBeGreaterThan(0);
    expect(registerRollup()).toEqual(registerFromRecords());
    expect(visitRollup()).toEqual(visitsFromRecords());
    const { fromRecords, fromRollup } = currentTotals();
    expect(fromRollup).toEqual(fromRecords);
  });

  it('stay equal through every kind of register and visit write', () => {
    const tree = demo.call('grids.tree', {}, admin);
    const micro = tree.filter((g) => g.level === 'micro_grid');
    const [first, second] = [micro[0]?.id as number, micro[1]?.id as number];
    const household = demo.call(
      'households.create',
      householdInput(first, { estate: '测试小区', building: '9', room: '909' }),
      admin,
    );
    const a = demo.call(
      'residents.create',
      residentInput(household.id, {
        name: '测甲',
        idNumber: undefined,
        gender: 'male',
        birthDate: '1970-01-01',
        phone: undefined,
      }),
      admin,
    );
    const b = demo.call(
      'residents.create',
      residentInput(household.id, {
        name: '测乙',
        idNumber: undefined,
        gender: 'female',
        birthDate: '1972-01-01',
        relationToHead: 'spouse',
        phone: undefined,
      }),
      admin,
    );
    const other = demo.call(
      'households.create',
      householdInput(second, { estate: '测试小区', building: '9', room: '910' }),
      admin,
    );
    demo.call('residents.move', { id: b.id, version: b.version, householdId: other.id, relationToHead: 'head' }, admin);
    demo.call('residents.moveOut', { id: a.id, version: a.version, date: '2026-11-02' }, admin);
    // The household moves to the first micro-grid, carrying its resident's rows along; then she dies.
    const { version } = demo.call('households.get', { id: other.id }, admin).household;
    const address = { estate: '测试小区', building: '9', room: '910' };
    demo.call('households.update', { ...householdInput(first, address), id: other.id, version }, admin);
    const moved = demo.call('residents.get', { id: b.id }, admin);
    demo.call('residents.markDeceased', { id: b.id, version: moved.version, date: '2026-11-10' }, admin);
    for (const visitDate of ['2026-11-03', '2026-11-04']) {
      demo.call('visits.record', { householdId: household.id, visitDate, type: 'routine' }, admin);
    }
    expect(registerRollup()).toEqual(registerFromRecords());
    expect(visitRollup()).toEqual(visitsFromRecords());
    const { fromRecords, fromRollup } = currentTotals();
    expect(fromRollup).toEqual(fromRecords);
  });
});
