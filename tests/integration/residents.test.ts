import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Household } from '../../src/shared/contract/households';
import { checkCharOf } from '../../src/shared/domain/idNumber';
import {
  householdInput,
  idNumberOf,
  type RegisterDesk,
  residentChanges,
  residentInput,
  startRegisterDesk,
} from '../support/registerFactory';

let r: RegisterDesk;
let home: Household;
beforeEach(() => {
  r = startRegisterDesk();
  home = r.desk.call('households.create', householdInput(r.grids.zxMicro1.id), r.tokens.desk);
});
afterEach(() => r.desk.close());

const auditText = () => JSON.stringify(r.desk.app.database.sqlite.prepare('select before, after from audit_log').all());

describe('adding a resident', () => {
  it('takes birth date and gender from the ID number, and keeps the number out of the audit log', () => {
    const idNumber = idNumberOf('1980-05-17', 124);
    const resident = r.desk.call('residents.create', residentInput(home.id, { idNumber }), r.tokens.desk);
    expect(resident).toMatchObject({
      name: '张三',
      birthDate: '1980-05-17',
      gender: 'female',
      maskedIdNumber: `3212**********${idNumber.slice(-4)}`,
      ethnicity: '汉族',
      politicalStatus: 'masses',
      lifeStatus: 'active',
      version: 1,
    });
    const row = r.desk.app.database.sqlite
      .prepare('select id_number, pinyin, initials from residents where id = ?')
      .get(resident.id);
    expect(row).toEqual({ id_number: idNumber, pinyin: 'zhangsan', initials: 'zs' });
    expect(auditText()).not.toContain(idNumber);
    expect(auditText()).toContain(`3212**********${idNumber.slice(-4)}`);
  });

  it('takes an ID number typed with a lower-case x', () => {
    const resident = r.desk.call(
      'residents.create',
      residentInput(home.id, { idNumber: '11010519491231002x' }),
      r.tokens.desk,
    );
    expect(resident).toMatchObject({ maskedIdNumber: '1101**********002X', birthDate: '1949-12-31', gender: 'female' });
  });

  it('refuses a wrong check digit and an impossible birth date with the field marked, writing nothing', () => {
    const valid = idNumberOf();
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const feb30 = `32120419990230123`;
    const before = r.desk.snapshot();
    expect(
      r.desk.raw('residents.create', residentInput(home.id, { idNumber: wrongCheck }), r.tokens.desk),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['idNumber'], message: expect.stringContaining('校验位') }] },
    });
    expect(
      r.desk.raw('residents.create', residentInput(home.id, { idNumber: feb30 + checkCharOf(feb30) }), r.tokens.desk),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['idNumber'], message: expect.stringContaining('出生日期') }] },
    });
    expect(r.desk.raw('residents.create', residentInput(home.id, { idNumber: '12345' }), r.tokens.desk)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['idNumber'] }] },
    });
    expect(
      r.desk.raw('residents.create', residentInput(home.id, { phone: '1801234199' }), r.tokens.desk),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['phone'] }] },
    });
    expect(r.desk.snapshot()).toEqual(before);
  });

  it('refuses an ID number already on the register, naming its holder and household: nobody lives in two households', () => {
    const first = r.desk.call('residents.create', residentInput(home.id), r.tokens.desk);
    const other = r.desk.call('households.create', householdInput(r.grids.zxMicro2.id, { room: '502' }), r.tokens.desk);
    const before = r.desk.snapshot();
    expect(
      r.desk.raw('residents.create', residentInput(other.id, { name: '张叁', idNumber: idNumberOf() }), r.tokens.desk),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: 'idNumberTaken',
        params: { name: '张三', residentId: first.id, householdId: home.id },
        issues: [{ path: ['idNumber'], message: expect.stringContaining('张三') }],
      },
    });
    expect(r.desk.snapshot()).toEqual(before);
  });

  it('asks for gender and birth date when there is no ID number, and refuses a birth date after today', () => {
    const noId = residentInput(home.id, { idNumber: undefined, name: '金敏智', residenceType: 'foreign' });
    expect(r.desk.raw('residents.create', noId, r.tokens.desk)).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          { path: ['gender'], message: expect.stringContaining('性别') },
          { path: ['birthDate'], message: expect.stringContaining('出生日期') },
        ],
      },
    });
    expect(
      r.desk.raw('residents.create', { ...noId, gender: 'female', birthDate: '2026-11-17' }, r.tokens.desk),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['birthDate'] }] } });
    const newborn = r.desk.call(
      'residents.create',
      { ...noId, gender: 'female', birthDate: '2026-11-01' },
      r.tokens.desk,
    );
    expect(newborn).toMatchObject({ maskedIdNumber: null, gender: 'female', birthDate: '2026-11-01' });
  });

  it('refuses a gender or birth date that contradicts the ID number', () => {
    expect(
      r.desk.raw(
        'residents.create',
        residentInput(home.id, { gender: 'female', birthDate: '1980-05-18' }),
        r.tokens.desk,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['gender'] }, { path: ['birthDate'] }] },
    });
  });

  it('refuses a household that does not exist, and one outside a grid worker’s grids', () => {
    const theirs = r.desk.call(
      'households.create',
      householdInput(r.grids.fhMicro.id, { estate: '凤凰苑' }),
      r.tokens.desk,
    );
    expect(r.desk.raw('residents.create', residentInput(9999), r.tokens.desk)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'householdNotFound' },
    });
    expect(r.desk.raw('residents.create', residentInput(theirs.id), r.tokens.worker)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'outsideYourGrids' },
    });
  });
});

describe('attention groups (重点人群)', () => {
  const attention = [
    { tag: 'elderly_alone' as const },
    { tag: 'severe_mental_disorder' as const, riskLevel: 'medium' as const },
  ];

  it('are seen by the grid worker and the manager, never by the desk', () => {
    const resident = r.desk.call('residents.create', residentInput(home.id, { tags: attention }), r.tokens.worker);
    const tagsSeenBy = (token: string) =>
      r.desk.call('residents.get', { id: resident.id }, token).tags.map((t) => t.tag);
    expect(tagsSeenBy(r.tokens.worker)).toEqual(['elderly_alone', 'severe_mental_disorder']);
    expect(tagsSeenBy(r.tokens.manager)).toEqual(['elderly_alone', 'severe_mental_disorder']);
    expect(tagsSeenBy(r.tokens.desk)).toEqual(['elderly_alone']);
    const file = r.desk.call('households.get', { id: home.id }, r.tokens.desk);
    expect(file.members[0]?.tags).toEqual([{ tag: 'elderly_alone', riskLevel: null }]);
    expect(JSON.stringify(file.history)).not.toContain('severe_mental_disorder');
    expect(r.desk.raw('residents.list', { tag: 'severe_mental_disorder' }, r.tokens.desk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'attentionTagsNotAllowed' },
    });
    expect(r.desk.call('residents.list', { tag: 'severe_mental_disorder' }, r.tokens.worker).rows).toHaveLength(1);
  });

  it('survive an edit from the desk, who cannot see them, and cannot be added by the desk', () => {
    const resident = r.desk.call('residents.create', residentInput(home.id, { tags: attention }), r.tokens.worker);
    const edited = r.desk.call(
      'residents.update',
      residentChanges(resident.id, 1, { name: '张三丰', tags: [{ tag: 'disabled' }] }),
      r.tokens.desk,
    );
    expect(edited.tags.map((t) => t.tag)).toEqual(['disabled']);
    expect(r.desk.call('residents.get', { id: resident.id }, r.tokens.worker).tags).toEqual([
      { tag: 'disabled', riskLevel: null },
      { tag: 'severe_mental_disorder', riskLevel: 'medium' },
    ]);
    const before = r.desk.snapshot();
    expect(
      r.desk.raw(
        'residents.update',
        residentChanges(resident.id, 2, { tags: [{ tag: 'released_prisoner' }] }),
        r.tokens.desk,
      ),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['tags', 0, 'tag'] }] } });
    expect(r.desk.snapshot()).toEqual(before);
  });

  it('record a risk level for severe mental disorder only', () => {
    expect(
      r.desk.raw(
        'residents.create',
        residentInput(home.id, { tags: [{ tag: 'disabled', riskLevel: 'high' }] }),
        r.tokens.worker,
      ),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['tags', 0, 'riskLevel'] }] } });
  });
});

describe('changing a resident', () => {
  it('edits details, re-deriving pinyin, and refuses a save from a stale screen', () => {
    const resident = r.desk.call('residents.create', residentInput(home.id), r.tokens.desk);
    const edited = r.desk.call(
      'residents.update',
      residentChanges(resident.id, 1, { name: '李四', politicalStatus: 'party_member' }),
      r.tokens.desk,
    );
    expect(edited).toMatchObject({ name: '李四', politicalStatus: 'party_member', version: 2 });
    expect(r.desk.call('residents.search', { query: 'ls' }, r.tokens.desk).map((h) => h.name)).toEqual(['李四']);
    const before = r.desk.snapshot();
    expect(r.desk.raw('residents.update', residentChanges(resident.id, 1), r.tokens.desk)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'staleVersion' },
    });
    expect(r.desk.snapshot()).toEqual(before);
  });

  it('keeps the stored ID number when an edit leaves it out, as a screen that only shows it masked does', () => {
    const resident = r.desk.call('residents.create', residentInput(home.id), r.tokens.desk);
    const { idNumber: _left, ...withoutIdNumber } = residentChanges(resident.id, 1, { name: '张三丰' });
    const edited = r.desk.call('residents.update', withoutIdNumber, r.tokens.desk);
    expect(edited).toMatchObject({
      name: '张三丰',
      maskedIdNumber: resident.maskedIdNumber,
      birthDate: resident.birthDate,
    });
    expect(r.desk.call('residents.revealIdNumber', { id: resident.id }, r.tokens.desk).idNumber).toBe(idNumberOf());
  });

  it('keeps the resident’s own ID number free for themself on an edit', () => {
    const resident = r.desk.call('residents.create', residentInput(home.id), r.tokens.desk);
    expect(r.desk.raw('residents.update', residentChanges(resident.id, 1), r.tokens.desk).ok).toBe(true);
  });

  it('moves a resident to another household with a new relation', () => {
    const resident = r.desk.call('residents.create', residentInput(home.id), r.tokens.desk);
    const other = r.desk.call('households.create', householdInput(r.grids.zxMicro2.id, { room: '502' }), r.tokens.desk);
    const moved = r.desk.call(
      'residents.move',
      { id: resident.id, version: 1, householdId: other.id, relationToHead: 'spouse' },
      r.tokens.desk,
    );
    expect(moved).toMatchObject({ householdId: other.id, relationToHead: 'spouse', version: 2 });
    expect(r.desk.call('households.get', { id: home.id }, r.tokens.desk).members).toEqual([]);
    expect(r.desk.call('households.get', { id: other.id }, r.tokens.desk).members.map((m) => m.id)).toEqual([
      resident.id,
    ]);
  });

  it('records a move out: off the current register and the lists, kept as a former member; moving back restores', () => {
    const resident = r.desk.call('residents.create', residentInput(home.id), r.tokens.desk);
    const gone = r.desk.call(
      'residents.moveOut',
      { id: resident.id, version: 1, date: '2026-11-01', note: '迁往泰州市海陵区' },
      r.tokens.desk,
    );
    expect(gone).toMatchObject({ lifeStatus: 'moved_out', lifeStatusDate: '2026-11-01' });
    expect(r.desk.call('residents.list', {}, r.tokens.desk).rows).toEqual([]);
    expect(r.desk.call('residents.list', { lifeStatus: 'moved_out' }, r.tokens.desk).rows).toHaveLength(1);
    const file = r.desk.call('households.get', { id: home.id }, r.tokens.desk);
    expect(file.formerMembers.map((m) => m.id)).toEqual([resident.id]);
    expect(file.history[0]).toMatchObject({
      action: 'residents.moveOut',
      after: expect.objectContaining({ statusNote: '迁往泰州市海陵区' }),
    });
    expect(
      r.desk.raw('residents.markDeceased', { id: resident.id, version: 2, date: '2026-11-02' }, r.tokens.desk),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'residentNotActive' } });
    const back = r.desk.call(
      'residents.move',
      { id: resident.id, version: 2, householdId: home.id, relationToHead: 'head' },
      r.tokens.desk,
    );
    expect(back).toMatchObject({ lifeStatus: 'active', lifeStatusDate: null });
  });

  it('refuses a date after today or before birth, and moving someone who has died', () => {
    const resident = r.desk.call('residents.create', residentInput(home.id), r.tokens.desk);
    const before = r.desk.snapshot();
    for (const date of ['2026-11-17', '1970-01-01']) {
      expect(r.desk.raw('residents.markDeceased', { id: resident.id, version: 1, date }, r.tokens.desk)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: ['date'] }] },
      });
    }
    expect(r.desk.snapshot()).toEqual(before);
    r.desk.call('residents.markDeceased', { id: resident.id, version: 1, date: '2026-11-16' }, r.tokens.desk);
    expect(
      r.desk.raw(
        'residents.move',
        { id: resident.id, version: 2, householdId: home.id, relationToHead: 'head' },
        r.tokens.desk,
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'residentDeceased' } });
  });

  it('refuses changes outside a grid worker’s grids, and hides those residents from them', () => {
    const theirs = r.desk.call(
      'households.create',
      householdInput(r.grids.fhMicro.id, { estate: '凤凰苑' }),
      r.tokens.desk,
    );
    const resident = r.desk.call('residents.create', residentInput(theirs.id), r.tokens.desk);
    const before = r.desk.snapshot();
    expect(r.desk.raw('residents.get', { id: resident.id }, r.tokens.worker)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'residentNotFound' },
    });
    expect(
      r.desk.raw('residents.moveOut', { id: resident.id, version: 1, date: '2026-11-01' }, r.tokens.worker),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'outsideYourGrids' } });
    expect(
      r.desk.raw(
        'residents.move',
        { id: resident.id, version: 1, householdId: home.id, relationToHead: 'other' },
        r.tokens.worker,
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'outsideYourGrids' } });
    expect(r.desk.raw('residents.revealIdNumber', { id: resident.id }, r.tokens.worker)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(r.desk.call('residents.list', {}, r.tokens.worker).rows).toEqual([]);
    expect(r.desk.snapshot()).toEqual(before);
  });
});

describe('revealing an ID number', () => {
  it('answers the whole number and audits the act, without writing the number down', () => {
    const idNumber = idNumberOf();
    const resident = r.desk.call('residents.create', residentInput(home.id, { idNumber }), r.tokens.desk);
    expect(r.desk.call('residents.revealIdNumber', { id: resident.id }, r.tokens.desk)).toEqual({ idNumber });
    const audit = r.desk.call('audit.list', { action: 'residents.revealIdNumber', limit: 10 }, r.tokens.admin);
    expect(audit.rows).toEqual([
      expect.objectContaining({ entity: 'residents', entityId: resident.id, after: { revealed: 'idNumber' } }),
    ]);
    expect(auditText()).not.toContain(idNumber);
  });
});

describe('listing residents', () => {
  it('filters by grid below, tag, residence type and house use, paged by id', () => {
    const rented = r.desk.call(
      'households.create',
      householdInput(r.grids.fhMicro.id, {
        estate: '凤凰苑',
        houseUse: 'rented',
        rental: { landlordName: '王房东', tenantCount: 1, pledgeSigned: true },
      }),
      r.tokens.desk,
    );
    r.desk.call('residents.create', residentInput(home.id, { tags: [{ tag: 'disabled' }] }), r.tokens.desk);
    r.desk.call(
      'residents.create',
      residentInput(rented.id, {
        name: '李四',
        idNumber: idNumberOf('1990-01-01', 11, '341202'),
        residenceType: 'floating',
        residenceStatus: 'present_unregistered',
      }),
      r.tokens.desk,
    );
    const names = (input: Parameters<typeof r.desk.call<'residents.list'>>[1]) =>
      r.desk.call('residents.list', input, r.tokens.desk).rows.map((row) => row.name);
    expect(names({})).toEqual(['张三', '李四']);
    expect(names({ gridId: r.grids.zhenxing.id })).toEqual(['张三']);
    expect(names({ tag: 'disabled' })).toEqual(['张三']);
    expect(names({ residenceType: 'floating' })).toEqual(['李四']);
    expect(names({ houseUse: 'rented' })).toEqual(['李四']);
    const page = r.desk.call('residents.list', { limit: 1 }, r.tokens.desk);
    expect(page.rows[0]).toMatchObject({
      address: '振兴花园3栋2单元501室',
      gridPath: '振兴社区 / 第一网格 / 第01微网格',
    });
    expect(names({ limit: 1, cursor: page.nextCursor ?? 0 })).toEqual(['李四']);
  });
});
