// Migration 0009's rollups equal the records they count, on the demo street and after every kind of register and
// visit write: a household added or moved to another grid, residents added, moved between households (and grids),
// moved out or died, visits recorded (twice to one household in a month: one household visited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdInput, residentInput } from '../support/registerFactory';
import { registerRollups } from '../support/storeChecks';
import { startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let demo: TestGridDesk;
let admin: string;
beforeAll(() => {
  demo = startDemoGridDesk();
  admin = demo.login('admin');
});
afterAll(() => demo.close());

const rows = (sql: string) => demo.app.database.sqlite.prepare(sql).all();

// The rollups as stored and as counted from the records: one definition, shared with the crash and upgrade tests.
const rollups = () => registerRollups(demo.app.database.sqlite);
const registerFromRecords = () => rollups().fromRecords.register;
const registerRollup = () => rollups().stored.register;
const visitsFromRecords = () => rollups().fromRecords.visits;
const visitRollup = () => rollups().stored.visits;

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
