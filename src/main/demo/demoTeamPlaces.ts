// The demo team's places and inspections: on each comprehensive grid 15–30 enterprises, shops, rental houses (the
// register's rented households) and key places with their contacts, and a year of each worker's inspections of
// their grid's places. A hazard is only recorded where the demo already has the case it became: a 巡查巡逻 case of
// the same grid registered that day, so every hazard inspection links a real case.
import type Database from 'better-sqlite3';
import { localDate } from '../../shared/domain/dates';
import type { PlaceKind } from '../../shared/domain/gridTeam';
import { addDays, dateBetween, dayOf, earlier, instantOn, later } from './demoPartyDates';
import { activeOn, type DemoWorker } from './demoTeamRoster';
import {
  enterpriseBrands,
  enterpriseTrades,
  findingsByKind,
  keyPlaceNames,
  roadNames,
  shopNames,
} from './demoTeamTexts';
import { chineseName, mobileNumber } from './names';
import type { Random } from './random';

export interface DemoGrid {
  id: number;
  community: string;
}

interface Place {
  id: number;
  kind: PlaceKind;
}

export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export function writePlaces(
  sqlite: Database.Database,
  random: Random,
  grids: readonly DemoGrid[],
  firstDay: string,
  now: number,
): Map<number, Place[]> {
  const rented = sqlite.prepare(
    `select h.address, h.landlord_name as landlord, h.landlord_phone as phone from households h
     join grids g on g.id = h.grid_id
     where h.house_use = 'rented' and h.archived_at is null and (g.id = ? or g.parent_id = ?) order by h.id`,
  );
  const insert = sqlite.prepare(
    `insert into places (grid_id, kind, name, address, contact_name, contact_phone, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const enterprises = shuffled(
    random,
    enterpriseBrands.flatMap((brand) => enterpriseTrades.map((trade) => `泰州${brand}${trade}有限公司`)),
  );
  const byGrid = new Map<number, Place[]>();
  for (const grid of grids) {
    const roads = roadNames[grid.community] ?? ['天目山路'];
    const address = () => `${random.pick(roads)}${random.int(1, 360)}号`;
    const planned: { kind: PlaceKind; name: string; address: string; contact: string | null; phone: string | null }[] =
      [];
    const person = () => ({ contact: chineseName(random), phone: mobileNumber(random) });
    for (let i = random.int(2, 4); i > 0; i--)
      planned.push({ kind: 'enterprise', name: enterprises.pop() as string, address: address(), ...person() });
    for (const shop of shuffled(random, shopNames).slice(0, random.int(6, 11)))
      planned.push({ kind: 'shop', name: shop, address: address(), ...person() });
    const houses = rented.all(grid.id, grid.id) as { address: string; landlord: string | null; phone: string | null }[];
    for (const house of shuffled(random, houses).slice(0, random.int(4, 8))) {
      const fallback = person();
      planned.push({
        kind: 'rental_house',
        name: `${house.address}出租房`,
        address: house.address,
        contact: house.landlord ?? fallback.contact,
        phone: house.phone ?? fallback.phone,
      });
    }
    for (const key of shuffled(random, keyPlaceNames).slice(0, random.int(3, 5))) {
      const road = random.pick(roads);
      planned.push({
        kind: 'key_place',
        name: `${road}${key}`,
        address: `${road}${random.int(1, 360)}号`,
        ...person(),
      });
    }
    const places: Place[] = [];
    for (const p of shuffled(random, planned)) {
      // Registered on the grid before the year of inspections began.
      const at = instantOn(random, addDays(firstDay, -random.int(30, 700)), now);
      const id = Number(insert.run(grid.id, p.kind, p.name, p.address, p.contact, p.phone, at, at).lastInsertRowid);
      places.push({ id, kind: p.kind });
    }
    byGrid.set(grid.id, places);
  }
  return byGrid;
}

interface Inspection {
  placeId: number;
  gridId: number;
  date: string;
  staffId: number;
  findings: string;
  caseId: number | null;
  /** When the hazard's case was registered: the inspection that found it was recorded with it. */
  at: number | null;
}

export function writeInspections(
  sqlite: Database.Database,
  random: Random,
  workers: readonly DemoWorker[],
  placesByGrid: Map<number, Place[]>,
  months: string[],
  today: string,
  now: number,
): { inspections: number; hazards: number } {
  // The demo's 巡查巡逻 cases by comprehensive grid, with their registration day, as hazards to link.
  const patrolCases = sqlite
    .prepare(
      `select c.id, c.registered_at as at, c.description, case when g.level = 'grid' then g.id else g.parent_id end as gridId
       from cases c join grids g on g.id = c.grid_id where c.source = 'patrol' order by c.registered_at, c.id`,
    )
    .all() as { id: number; at: number; description: string; gridId: number }[];
  const caseDays = new Map(patrolCases.map((c) => [c.id, localDate(c.at)]));
  const linked = new Set<number>();
  const planned: Inspection[] = [];
  for (const month of months) {
    const monthEnd = dayOf(month, 31);
    for (const worker of workers) {
      const places = placesByGrid.get(worker.comprehensiveGridId) ?? [];
      const from = later(`${month}-01`, worker.startedOn);
      const to = earlier(earlier(monthEnd, today), worker.statusDate ?? monthEnd);
      if (from > to || places.length === 0) continue;
      const count = random.int(4, 10);
      for (let i = 0; i < count; i++) {
        const place = random.pick(places);
        let date = dateBetween(random, from, to);
        let findings = random.pick(findingsByKind[place.kind]);
        let caseId: number | null = null;
        let at: number | null = null;
        if (random.next() < 0.1) {
          const hazard = patrolCases.find((c) => {
            const day = caseDays.get(c.id) as string;
            return c.gridId === worker.comprehensiveGridId && !linked.has(c.id) && day >= from && day <= to;
          });
          if (hazard) {
            linked.add(hazard.id);
            date = caseDays.get(hazard.id) as string;
            findings = `发现隐患：${hazard.description}`;
            caseId = hazard.id;
            at = hazard.at;
          }
        }
        if (!activeOn(worker, date)) throw new Error('A demo inspection by a worker not on duty.');
        planned.push({
          placeId: place.id,
          gridId: worker.comprehensiveGridId,
          date,
          staffId: worker.staffId,
          findings,
          caseId,
          at,
        });
      }
    }
  }
  planned.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const insert = sqlite.prepare(
    `insert into inspections (place_id, grid_id, inspected_on, month, inspector_staff_id, findings, hazard_found,
       case_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const p of planned)
    insert.run(
      p.placeId,
      p.gridId,
      p.date,
      p.date.slice(0, 7),
      p.staffId,
      p.findings,
      p.caseId === null ? 0 : 1,
      p.caseId,
      p.at ?? instantOn(random, p.date, now),
    );
  return { inspections: planned.length, hazards: linked.size };
}
