// Places on the grids and their inspections: the list with last inspection and open hazards, adding and editing a
// place, and an inspection whose hazard is registered as a case through the desk's intake.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/contract';
import { type ValidationKey, validationMessage } from '../../src/shared/i18n/validation';
import { categoryId, timelineOf, walk } from '../support/caseFactory';
import { type FieldDesk, startFieldDesk } from '../support/teamFactory';

let d: FieldDesk;
beforeEach(() => {
  d = startFieldDesk();
});
afterEach(() => d.desk.close());

const issue = (path: (string | number)[], key: ValidationKey, params: Record<string, string | number> = {}) => ({
  path,
  message: validationMessage('zh-CN', key, params),
});

function refusal(procedure: string, input: unknown, token = d.tokens.manager) {
  const before = d.desk.snapshot();
  const answer = d.desk.raw(procedure, input, token);
  expect(d.desk.snapshot()).toEqual(before);
  if (answer.ok) throw new Error(`${procedure} was not refused`);
  return answer.error;
}

type PlaceInput = InputOf<'team.savePlace'>;
const placeInput = (overrides: Partial<PlaceInput> = {}): PlaceInput => ({
  gridId: d.grids.zxMicro1.id,
  kind: 'shop',
  name: '振兴便利店',
  address: '振兴路12号',
  contactName: '钱老板',
  contactPhone: '13812345678',
  ...overrides,
});
const savePlace = (overrides: Partial<PlaceInput> = {}) =>
  d.desk.call('team.savePlace', placeInput(overrides), d.tokens.manager);

type InspectionInput = InputOf<'team.recordInspection'>;
const noise = () => categoryId(d.desk, d.tokens.manager, '环境卫生', '噪声扰民');
const inspect = (placeId: number, overrides: Partial<InspectionInput> = {}) =>
  d.desk.call(
    'team.recordInspection',
    { placeId, inspectedOn: '2026-11-15', inspectorStaffId: d.staffIds.liu, findings: '消防通道畅通', ...overrides },
    d.tokens.manager,
  );
const places = (input: InputOf<'team.places'> = {}) => d.desk.call('team.places', input, d.tokens.manager);

describe('adding and editing a place', () => {
  it('keeps the place on its grid with no inspection yet, and audits it', () => {
    const place = savePlace();
    expect(place).toEqual({
      id: place.id,
      gridId: d.grids.zxMicro1.id,
      gridPath: '振兴社区 / 第一网格 / 第01微网格',
      kind: 'shop',
      name: '振兴便利店',
      address: '振兴路12号',
      contactName: '钱老板',
      contactPhone: '13812345678',
      lastInspectedOn: null,
      openHazards: 0,
      version: 1,
    });
    expect(places().rows).toEqual([place]);
    expect(d.desk.call('audit.list', { entity: 'places', limit: 5 }, d.tokens.admin).rows).toHaveLength(1);
  });

  it('edits a place with its version, on any active grid below the street, and refuses a stale version', () => {
    const place = savePlace();
    const edited = savePlace({ id: place.id, version: 1, gridId: d.grids.zhenxing.id, contactName: undefined });
    expect(edited).toMatchObject({ gridId: d.grids.zhenxing.id, gridPath: '振兴社区', contactName: null, version: 2 });
    expect(refusal('team.savePlace', placeInput({ id: place.id, version: 1 }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'staleVersion',
    });
  });

  it('refuses the street, an archived grid and an unknown grid on the grid field', () => {
    d.desk.app.database.sqlite.prepare('update grids set archived_at = 1 where id = ?').run(d.grids.zxMicro2.id);
    for (const gridId of [d.grids.street.id, d.grids.zxMicro2.id, 9999]) {
      expect(refusal('team.savePlace', placeInput({ gridId }))).toMatchObject({
        code: 'VALIDATION',
        issues: [issue(['gridId'], 'placeGridNotActive')],
      });
    }
  });

  it('refuses an unknown place, and the desk and grid workers who do not keep the team', () => {
    expect(refusal('team.savePlace', placeInput({ id: 9999, version: 1 }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'placeNotFound',
    });
    for (const token of [d.tokens.desk, d.tokens.grid]) {
      expect(refusal('team.savePlace', placeInput(), token)).toMatchObject({ code: 'FORBIDDEN' });
      expect(refusal('team.places', {}, token)).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

describe('the list of places', () => {
  it('filters by grid (with the grids below it), kind and a word of the name or address, paged by id', () => {
    const shop = savePlace();
    const rental = savePlace({
      kind: 'rental_house',
      name: '李家出租屋',
      address: '振兴花园5栋',
      gridId: d.grids.zxGrid.id,
    });
    const plant = savePlace({
      kind: 'enterprise',
      name: '凤凰机械厂',
      address: '凤凰路1号',
      gridId: d.grids.fhMicro.id,
    });
    const ids = (input: InputOf<'team.places'>) => places(input).rows.map((r) => r.id);
    expect(ids({ gridId: d.grids.zhenxing.id })).toEqual([shop.id, rental.id]);
    expect(ids({ gridId: d.grids.fenghuang.id })).toEqual([plant.id]);
    expect(ids({ kind: 'rental_house' })).toEqual([rental.id]);
    expect(ids({ q: '凤凰' })).toEqual([plant.id]);
    expect(ids({ q: '振兴花园' })).toEqual([rental.id]);
    expect(ids({ q: '%' })).toEqual([]);
    const first = places({ limit: 2 });
    expect(first).toMatchObject({ total: 3, nextCursor: rental.id });
    expect(places({ limit: 2, cursor: rental.id })).toMatchObject({ rows: [plant], nextCursor: null });
  });
});

describe('recording an inspection', () => {
  it('keeps an inspection without a hazard, dates the place’s last inspection, and audits it', () => {
    const place = savePlace();
    const inspection = inspect(place.id);
    expect(inspection).toEqual({
      id: inspection.id,
      placeId: place.id,
      placeName: '振兴便利店',
      placeKind: 'shop',
      gridPath: '振兴社区 / 第一网格 / 第01微网格',
      inspectedOn: '2026-11-15',
      inspectorStaffId: d.staffIds.liu,
      inspectorName: '刘建华',
      findings: '消防通道畅通',
      hazardFound: false,
      caseId: null,
      caseNumber: null,
      caseStatus: null,
    });
    expect(places().rows[0]).toMatchObject({ lastInspectedOn: '2026-11-15', openHazards: 0 });
    const stored = d.desk.app.database.sqlite.prepare('select month, grid_id from inspections').get();
    expect(stored).toEqual({ month: '2026-11', grid_id: d.grids.zxMicro1.id });
    expect(d.desk.call('audit.list', { entity: 'inspections', limit: 5 }, d.tokens.admin).rows).toHaveLength(1);
  });

  it('registers a hazard as a 巡查巡逻 case on the place’s grid and address, open until the case is resolved', () => {
    const place = savePlace();
    const inspection = inspect(place.id, {
      hazard: { categoryId: noise(), description: '店门口堆放纸箱，堵塞消防通道' },
    });
    expect(inspection).toMatchObject({
      hazardFound: true,
      caseNumber: 'SQ202611-000001',
      caseStatus: 'registered',
    });
    const caseId = inspection.caseId as number;
    const listed = d.desk.call('cases.list', { filters: { source: ['patrol'] } }, d.tokens.desk).rows;
    expect(listed).toEqual([
      expect.objectContaining({
        id: caseId,
        number: 'SQ202611-000001',
        kind: 'demand',
        source: 'patrol',
        status: 'registered',
        gridId: d.grids.zxMicro1.id,
        address: '振兴路12号',
        summary: '店门口堆放纸箱，堵塞消防通道',
      }),
    ]);
    const detail = d.desk.call('cases.get', { id: caseId }, d.tokens.desk);
    expect(detail).toMatchObject({ contactName: '钱老板', contactPhone: '13812345678' });
    expect(timelineOf(d.desk, caseId)).toEqual([
      expect.objectContaining({ kind: 'register', fromStatus: null, toStatus: 'registered', actorName: '周卫东' }),
    ]);
    // One change (the inspection that registered it); the case page's read of the contact's phone is logged apart.
    expect(
      d.desk
        .call('audit.list', { entity: 'cases', entityId: caseId, limit: 5 }, d.tokens.admin)
        .rows.map((row) => row.action),
    ).toEqual(['cases.get', 'team.recordInspection']);
    expect(places().rows[0]).toMatchObject({ openHazards: 1 });

    const accepted = walk(d.desk, { id: caseId, number: 'SQ202611-000001', status: 'registered', version: 1 }, [
      [d.tokens.manager, { action: 'accept' }],
    ]);
    expect(places().rows[0]).toMatchObject({ openHazards: 1 });
    walk(d.desk, accepted, [[d.tokens.manager, { action: 'resolve', resolution: '纸箱已清理' }]]);
    expect(places().rows[0]).toMatchObject({ openHazards: 0 });
    expect(d.desk.call('team.inspections', {}, d.tokens.manager).rows[0]).toMatchObject({ caseStatus: 'resolved' });
  });

  it('refuses a date after today and an inspector not on the roster, both at once, writing nothing', () => {
    const place = savePlace();
    const input = { placeId: place.id, inspectedOn: '2026-11-17', inspectorStaffId: d.staffIds.police };
    expect(refusal('team.recordInspection', input)).toMatchObject({
      code: 'VALIDATION',
      issues: [issue(['inspectedOn'], 'dateInFuture'), issue(['inspectorStaffId'], 'inspectorNotOnRoster')],
    });
  });

  it('takes a worker who has since left for a day they were at work, not for a day after they left', () => {
    const place = savePlace();
    expect(inspect(place.id, { inspectorStaffId: d.staffIds.gone, inspectedOn: '2026-10-31' })).toMatchObject({
      inspectorName: '李明',
    });
    const input = { placeId: place.id, inspectedOn: '2026-11-01', inspectorStaffId: d.staffIds.gone };
    expect(refusal('team.recordInspection', input)).toMatchObject({
      issues: [issue(['inspectorStaffId'], 'inspectorNotOnRoster')],
    });
  });

  it('refuses a category the intake refuses with the intake’s own reason, registering no case', () => {
    const place = savePlace();
    const input = {
      placeId: place.id,
      inspectedOn: '2026-11-15',
      inspectorStaffId: d.staffIds.liu,
      hazard: { categoryId: 9999, description: '消防通道堵塞' },
    };
    expect(refusal('team.recordInspection', input)).toMatchObject({
      code: 'VALIDATION',
      reason: 'invalidInput',
      issues: [issue(['hazard', 'categoryId'], 'caseCategoryNotUsable')],
    });
  });

  it('refuses an unknown or archived place', () => {
    const place = savePlace();
    d.desk.app.database.sqlite.prepare('update places set archived_at = 1 where id = ?').run(place.id);
    for (const placeId of [place.id, 9999]) {
      const input = { placeId, inspectedOn: '2026-11-15', inspectorStaffId: d.staffIds.liu };
      expect(refusal('team.recordInspection', input)).toMatchObject({ code: 'NOT_FOUND', reason: 'placeNotFound' });
    }
  });
});

describe('the list of inspections', () => {
  it('shows the newest first by date then id, paged by id, by place, grid (with those below) or month', () => {
    const shop = savePlace();
    const plant = savePlace({
      kind: 'enterprise',
      name: '凤凰机械厂',
      address: '凤凰路1号',
      gridId: d.grids.fhMicro.id,
    });
    const a = inspect(shop.id, { inspectedOn: '2026-10-20' });
    const b = inspect(plant.id, { inspectedOn: '2026-11-15', inspectorStaffId: d.staffIds.wang });
    const c = inspect(shop.id, { inspectedOn: '2026-11-02' });
    const e = inspect(shop.id, { inspectedOn: '2026-11-15' });
    const list = (input: InputOf<'team.inspections'>) => d.desk.call('team.inspections', input, d.tokens.manager);
    const ids = (input: InputOf<'team.inspections'>) => list(input).rows.map((r) => r.id);
    expect(ids({})).toEqual([e.id, b.id, c.id, a.id]);
    const first = list({ limit: 2 });
    expect(first).toMatchObject({ total: 4, nextCursor: b.id });
    expect(list({ limit: 2, cursor: b.id })).toMatchObject({ rows: [c, a], nextCursor: null });
    expect(ids({ placeId: plant.id })).toEqual([b.id]);
    expect(ids({ gridId: d.grids.zhenxing.id })).toEqual([e.id, c.id, a.id]);
    expect(ids({ month: '2026-10' })).toEqual([a.id]);
    expect(places().rows.map((r) => r.lastInspectedOn)).toEqual(['2026-11-15', '2026-11-15']);
  });
});
