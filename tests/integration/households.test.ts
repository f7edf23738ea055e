import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  householdInput,
  householdWithResident,
  idNumberOf,
  type RegisterDesk,
  residentInput,
  startRegisterDesk,
} from '../support/registerFactory';

let r: RegisterDesk;
beforeEach(() => {
  r = startRegisterDesk();
});
afterEach(() => r.desk.close());

const rental = {
  landlordName: '王房东',
  landlordPhone: '13912345678',
  tenantCount: 2,
  leaseStart: '2026-01-01',
  leaseEnd: '2026-12-31',
  pledgeSigned: true,
};

describe('registering a household', () => {
  it('writes the address as people say it, with the grid path, and audits it', () => {
    const h = r.desk.call('households.create', householdInput(r.grids.zxMicro1.id), r.tokens.desk);
    expect(h).toMatchObject({
      address: '振兴花园3栋2单元501室',
      gridPath: '振兴社区 / 第一网格 / 第01微网格',
      houseUse: 'owner_occupied',
      rental: null,
      version: 1,
    });
    const audit = r.desk.call('audit.list', { entity: 'households', entityId: h.id, limit: 10 }, r.tokens.admin);
    expect(audit.rows).toEqual([expect.objectContaining({ action: 'households.create', actorName: '陈晓燕' })]);
  });

  it('keeps the rental details of a rented house, and drops them for one lived in by its owner', () => {
    const rented = r.desk.call(
      'households.create',
      householdInput(r.grids.zxMicro1.id, { houseUse: 'rented', rental }),
      r.tokens.desk,
    );
    expect(rented.rental).toEqual(rental);
    const owned = r.desk.call(
      'households.create',
      householdInput(r.grids.zxMicro1.id, { room: '502', rental }),
      r.tokens.desk,
    );
    expect(owned.rental).toBeNull();
  });

  it('refuses an address already on the register however it is typed, naming the household, and writes nothing', () => {
    const first = r.desk.call('households.create', householdInput(r.grids.zxMicro1.id), r.tokens.desk);
    const before = r.desk.snapshot();
    const answer = r.desk.raw(
      'households.create',
      householdInput(r.grids.zxMicro2.id, { building: '３栋', unit: '2单元', room: '501室' }),
      r.tokens.desk,
    );
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: 'householdAddressTaken',
        params: { householdId: first.id, address: '振兴花园3栋2单元501室' },
        issues: [{ path: ['room'] }],
      },
    });
    expect(r.desk.snapshot()).toEqual(before);
  });

  it('puts households on micro-grids only, and writes nothing otherwise', () => {
    const before = r.desk.snapshot();
    for (const gridId of [r.grids.zxGrid.id, r.grids.zhenxing.id, 9999]) {
      expect(r.desk.raw('households.create', householdInput(gridId), r.tokens.desk)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', reason: 'householdNeedsMicroGrid', issues: [{ path: ['gridId'] }] },
      });
    }
    expect(r.desk.snapshot()).toEqual(before);
  });

  it('refuses a lease that ends before it starts', () => {
    const answer = r.desk.raw(
      'households.create',
      householdInput(r.grids.zxMicro1.id, { houseUse: 'rented', rental: { ...rental, leaseEnd: '2025-12-31' } }),
      r.tokens.desk,
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['rental', 'leaseEnd'] }] },
    });
  });
});

describe('changing a household', () => {
  it('moves it to another micro-grid and address, bumping its version', () => {
    const h = r.desk.call('households.create', householdInput(r.grids.zxMicro1.id), r.tokens.desk);
    const moved = r.desk.call(
      'households.update',
      { ...householdInput(r.grids.fhMicro.id, { estate: '凤凰苑', room: '601' }), id: h.id, version: h.version },
      r.tokens.desk,
    );
    expect(moved).toMatchObject({
      address: '凤凰苑3栋2单元601室',
      gridPath: '凤凰社区 / 第一网格 / 第01微网格',
      version: 2,
    });
  });

  it('refuses a save made from a stale screen and keeps the other change', () => {
    const h = r.desk.call('households.create', householdInput(r.grids.zxMicro1.id), r.tokens.desk);
    const input = { ...householdInput(r.grids.zxMicro1.id), id: h.id, version: h.version };
    r.desk.call('households.update', { ...input, houseUse: 'vacant' }, r.tokens.desk);
    const before = r.desk.snapshot();
    expect(r.desk.raw('households.update', { ...input, houseUse: 'commercial' }, r.tokens.desk)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'staleVersion' },
    });
    expect(r.desk.snapshot()).toEqual(before);
  });

  it('refuses to take another household’s address', () => {
    r.desk.call('households.create', householdInput(r.grids.zxMicro1.id), r.tokens.desk);
    const other = r.desk.call('households.create', householdInput(r.grids.zxMicro1.id, { room: '502' }), r.tokens.desk);
    expect(
      r.desk.raw(
        'households.update',
        { ...householdInput(r.grids.zxMicro1.id), id: other.id, version: other.version },
        r.tokens.desk,
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'householdAddressTaken' } });
  });
});

describe('the household file', () => {
  it('shows members head first, former members apart, visits and the change history newest first', () => {
    const { household, resident: head } = householdWithResident(r.desk, r.tokens.desk, r.grids.zxMicro1.id);
    const son = r.desk.call(
      'residents.create',
      residentInput(household.id, {
        name: '张小明',
        idNumber: idNumberOf('2010-03-01', 211),
        relationToHead: 'son',
        phone: undefined,
      }),
      r.tokens.desk,
    );
    const grandma = r.desk.call(
      'residents.create',
      residentInput(household.id, {
        name: '李桂英',
        idNumber: idNumberOf('1940-02-02', 402),
        relationToHead: 'parent',
      }),
      r.tokens.desk,
    );
    r.desk.call(
      'residents.markDeceased',
      { id: grandma.id, version: grandma.version, date: '2026-10-01' },
      r.tokens.desk,
    );
    r.desk.call(
      'visits.record',
      { householdId: household.id, visitDate: '2026-11-10', type: 'routine' },
      r.tokens.desk,
    );

    const file = r.desk.call('households.get', { id: household.id }, r.tokens.desk);
    expect(file.members.map((m) => m.name)).toEqual(['张三', '张小明']);
    expect(file.formerMembers).toEqual([expect.objectContaining({ name: '李桂英', lifeStatus: 'deceased' })]);
    expect(file.visits).toEqual([expect.objectContaining({ visitDate: '2026-11-10', visitorName: '陈晓燕' })]);
    expect(file.history.map((e) => [e.action, e.entityId])).toEqual([
      ['residents.markDeceased', grandma.id],
      ['residents.create', grandma.id],
      ['residents.create', son.id],
      ['residents.create', head.id],
      ['households.create', household.id],
    ]);
    expect(file.members[0]).toMatchObject({
      maskedIdNumber: expect.stringMatching(/^3212\*{10}123[\dX]$/),
      phone: '18012341999',
    });
  });

  it('lists households with head, member count and last visit, paged by id, filtered by grid below and address', () => {
    householdWithResident(r.desk, r.tokens.desk, r.grids.zxMicro1.id);
    r.desk.call('households.create', householdInput(r.grids.zxMicro2.id, { room: '502' }), r.tokens.desk);
    r.desk.call('households.create', householdInput(r.grids.fhMicro.id, { estate: '凤凰苑' }), r.tokens.desk);
    const first = r.desk.call('households.list', { gridId: r.grids.zhenxing.id, limit: 1 }, r.tokens.desk);
    expect(first.rows).toEqual([
      expect.objectContaining({
        address: '振兴花园3栋2单元501室',
        headName: '张三',
        memberCount: 1,
        lastVisitDate: null,
      }),
    ]);
    const second = r.desk.call(
      'households.list',
      { gridId: r.grids.zhenxing.id, limit: 1, cursor: first.nextCursor ?? 0 },
      r.tokens.desk,
    );
    expect(second.rows).toEqual([
      expect.objectContaining({ address: '振兴花园3栋2单元502室', headName: null, memberCount: 0 }),
    ]);
    expect(second.nextCursor).toBeNull();
    const byAddress = r.desk.call('households.list', { address: '凤凰苑3栋' }, r.tokens.desk);
    expect(byAddress.rows.map((h) => h.gridPath)).toEqual(['凤凰社区 / 第一网格 / 第01微网格']);
    expect(r.desk.call('households.list', { houseUse: 'vacant' }, r.tokens.desk).rows).toEqual([]);
  });
});

describe('a grid worker’s reach', () => {
  it('sees and changes only the households of their own grids', () => {
    const mine = r.desk.call('households.create', householdInput(r.grids.zxMicro2.id), r.tokens.worker);
    const theirs = r.desk.call(
      'households.create',
      householdInput(r.grids.fhMicro.id, { estate: '凤凰苑' }),
      r.tokens.desk,
    );
    expect(r.desk.call('households.list', {}, r.tokens.worker).rows.map((h) => h.id)).toEqual([mine.id]);
    expect(r.desk.call('households.list', {}, r.tokens.desk).rows).toHaveLength(2);
    expect(r.desk.raw('households.get', { id: theirs.id }, r.tokens.worker)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'householdNotFound' },
    });
    const before = r.desk.snapshot();
    expect(
      r.desk.raw(
        'households.update',
        { ...householdInput(r.grids.fhMicro.id, { estate: '凤凰苑', houseUse: 'vacant' }), id: theirs.id, version: 1 },
        r.tokens.worker,
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'outsideYourGrids' } });
    expect(
      r.desk.raw('households.create', householdInput(r.grids.fhMicro.id, { room: '999' }), r.tokens.worker),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'outsideYourGrids' } });
    expect(
      r.desk.raw(
        'households.update',
        { ...householdInput(r.grids.fhMicro.id), id: mine.id, version: mine.version },
        r.tokens.worker,
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'outsideYourGrids' } });
    expect(r.desk.snapshot()).toEqual(before);
  });

  it('loses their reach when their duty ends', () => {
    const h = r.desk.call('households.create', householdInput(r.grids.zxMicro1.id), r.tokens.desk);
    expect(r.desk.raw('households.get', { id: h.id }, r.tokens.worker).ok).toBe(true);
    const duty = r.desk.call('grids.get', { id: r.grids.zxGrid.id }, r.tokens.admin).staff[0];
    r.desk.call('grids.unassignStaff', { assignmentId: duty?.id ?? 0 }, r.tokens.admin);
    expect(r.desk.raw('households.get', { id: h.id }, r.tokens.worker)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
