// insertRow answers a new row as a read of it gives it: the values given, the schema's defaults, the new id.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { insertRow } from '../../src/main/db/insertRow';
import { households, residents } from '../../src/main/db/schema';
import { startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let desk: TestGridDesk | null = null;
afterEach(() => {
  desk?.close();
  desk = null;
});

describe('adding a row without RETURNING', () => {
  it('answers a household and a resident exactly as reading them back gives them, keys in the same order', () => {
    desk = startDemoGridDesk();
    const { db, sqlite } = desk.app.database;
    const gridId = sqlite.prepare("select id from grids where level = 'micro_grid' limit 1").pluck().get() as number;
    const now = Date.parse('2026-11-16T02:00:00Z');
    // A rented flat: the flag stored as 0 or 1, optional columns left out, defaults (version) from the schema.
    const household = insertRow(sqlite, households, {
      gridId,
      estate: '振兴花园',
      building: '9',
      room: '1201',
      addressKey: 'test-insert-row-1201',
      address: '振兴花园9栋1201室',
      houseUse: 'rented',
      pledgeSigned: true,
      createdAt: now,
      updatedAt: now,
    });
    const readHousehold = db.select().from(households).where(eq(households.id, household.id)).get();
    expect(household).toStrictEqual(readHousehold);
    expect(Object.keys(household)).toEqual(Object.keys(readHousehold ?? {}));
    expect(household).toMatchObject({ pledgeSigned: true, unit: null, version: 1, archivedAt: null });

    const resident = insertRow(sqlite, residents, {
      householdId: household.id,
      name: '测试人',
      gender: 'female',
      birthDate: '1990-02-03',
      relationToHead: 'head',
      residenceType: 'registered',
      residenceStatus: 'present_registered',
      pinyin: 'ceshiren',
      initials: 'csr',
      createdAt: now,
      updatedAt: now,
    });
    const readResident = db.select().from(residents).where(eq(residents.id, resident.id)).get();
    expect(resident).toStrictEqual(readResident);
    expect(Object.keys(resident)).toEqual(Object.keys(readResident ?? {}));
    expect(resident).toMatchObject({ ethnicity: '汉族', politicalStatus: 'masses', lifeStatus: 'active', version: 1 });
  });
});
