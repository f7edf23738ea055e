import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoShowcaseFamily } from '../../src/main/demo/buildDemo';
import { generateRegister } from '../../src/main/demo/demoRegister';
import { localDate } from '../../src/shared/domain/dates';
import { idNumberProblem } from '../../src/shared/domain/idNumber';
import { isPhoneNumber } from '../../src/shared/domain/phone';
import { defaultNow, startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let demo: TestGridDesk;
beforeAll(() => {
  demo = startDemoGridDesk();
});
afterAll(() => demo.close());

const all = <T>(sql: string, ...params: unknown[]) => demo.app.database.sqlite.prepare(sql).all(...params) as T[];
const one = <T>(sql: string) => demo.app.database.sqlite.prepare(sql).get() as T;

describe('the demo register', () => {
  it('holds about 15,000 residents in about 5,500 households on every one of the 52 micro-grids', () => {
    expect(demo.count('residents')).toBeGreaterThan(14_000);
    expect(demo.count('residents')).toBeLessThan(16_500);
    expect(demo.count('households')).toBeGreaterThan(5_000);
    const perGrid = all<{ n: number }>(
      `select count(h.id) as n from grids g left join households h on h.grid_id = g.id
        where g.level = 'micro_grid' group by g.id`,
    );
    expect(perGrid).toHaveLength(52);
    expect(Math.min(...perGrid.map((g) => g.n))).toBeGreaterThan(50);
  });

  it('gives every resident with an ID number a valid one, agreeing with their birth date and gender', () => {
    const today = localDate(defaultNow);
    const people = all<{ id_number: string | null; birth_date: string; gender: string }>(
      'select id_number, birth_date, gender from residents',
    );
    const withId = people.filter((p) => p.id_number !== null);
    expect(withId.length).toBeGreaterThan(people.length * 0.98);
    expect(withId.filter((p) => idNumberProblem(p.id_number as string, today) !== null)).toEqual([]);
    for (const p of withId.slice(0, 500)) {
      const id = p.id_number as string;
      expect(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`).toBe(p.birth_date);
      expect(Number(id[16]) % 2 === 1 ? 'male' : 'female').toBe(p.gender);
    }
  });

  it('has valid phones, families with heads, rentals with their details, care and attention groups, former members', () => {
    const phones = all<{ phone: string }>('select phone from residents where phone is not null');
    expect(phones.filter((p) => !isPhoneNumber(p.phone))).toEqual([]);
    expect(one<{ n: number }>("select count(*) as n from residents where relation_to_head = 'head'").n).toBeGreaterThan(
      4_500,
    );
    expect(
      one<{ n: number }>(
        "select count(*) as n from households where house_use = 'rented' and landlord_name is not null and lease_start <= lease_end",
      ).n,
    ).toBeGreaterThan(300);
    const tags = new Map(
      all<{ tag: string; n: number }>('select tag, count(*) as n from resident_tags group by tag').map((t) => [
        t.tag,
        t.n,
      ]),
    );
    for (const tag of ['elderly_80_plus', 'elderly_alone', 'disabled', 'minimum_allowance', 'severe_mental_disorder']) {
      expect(tags.get(tag), tag).toBeGreaterThan(5);
    }
    expect(
      one<{ n: number }>(
        "select count(*) as n from resident_tags where tag = 'severe_mental_disorder' and risk_level is null",
      ).n,
    ).toBe(0);
    expect(
      one<{ n: number }>("select count(*) as n from residents where residence_type = 'floating'").n,
    ).toBeGreaterThan(500);
    expect(one<{ n: number }>("select count(*) as n from residents where life_status <> 'active'").n).toBeGreaterThan(
      20,
    );
  });

  it('visits 60–95% of households in each of the last three months, and part of this month', () => {
    const token = demo.login('manager');
    const months = ['2026-08', '2026-09', '2026-10'];
    for (const month of months) {
      const { coverage } = demo.call('visits.coverage', { month }, token).total;
      expect(coverage, month).toBeGreaterThan(0.6);
      expect(coverage, month).toBeLessThan(0.95);
    }
    const now = demo.call('visits.coverage', { month: '2026-11' }, token).total.coverage ?? 0;
    expect(now).toBeGreaterThan(0.2);
    expect(now).toBeLessThan(0.6);
    expect(one<{ n: number }>("select count(*) as n from visits where visit_date > '2026-11-16'").n).toBe(0);
  });

  it('lets the desk find the showcase family by pinyin initials and by the last four digits of an ID number', () => {
    const token = demo.login('desk');
    const [head] = demoShowcaseFamily;
    const hits = demo.call('residents.search', { query: 'smy' }, token);
    expect(hits.map((h) => h.name)).toContain('邵明远');
    const byId = demo.call('residents.search', { query: head?.idNumber?.slice(-4) ?? '' }, token);
    expect(byId[0]).toMatchObject({ name: '邵明远', address: '振兴花园1栋1单元101室' });
    const gridWorker = demo.login('grid');
    expect(demo.call('residents.search', { query: '邵明远' }, gridWorker)).toHaveLength(1);
  });

  it('is the same on every build', () => {
    const again = startDemoGridDesk();
    const tables = ['residents', 'households', 'visits', 'resident_tags', 'cases', 'case_events'];
    const digest = (desk: TestGridDesk) => tables.map((table) => desk.rowsOf(table));
    expect(digest(again)).toEqual(digest(demo));
    again.close();
  });
});

describe('the district-size generator', () => {
  it('adds households at new addresses and residents with unique ID numbers on top of a register', () => {
    const before = demo.count('residents');
    const summary = generateRegister(demo.app.database.sqlite, {
      households: 2_000,
      residentsPerHousehold: 2.5,
      seed: 99,
      now: defaultNow,
      visitMonths: 1,
    });
    expect(summary.households).toBe(2_000);
    expect(summary.residents).toBeGreaterThan(4_000);
    expect(demo.count('residents')).toBe(before + summary.residents);
    const indexed = one<{ n: number }>(
      "select count(*) as n from residents_id_number_fts where id_number like '%0331%'",
    ).n;
    expect(indexed).toBe(one<{ n: number }>("select count(*) as n from residents where id_number like '%0331%'").n);
  });
});
