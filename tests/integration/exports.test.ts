// Exports opened again with exceljs, as the city platform and the desk's spreadsheet would: the filtered list with
// numbers masked, the changes since the last export with numbers whole, and no cell a spreadsheet would run.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/main/services/context';
import { renderedExport } from '../../src/main/services/transfer/exportFiles';
import { exportHandlers } from '../../src/main/services/transfer/exports';
import type { HouseholdRow } from '../../src/shared/contract/households';
import {
  householdInput,
  householdWithResident,
  idNumberOf,
  type RegisterDesk,
  residentChanges,
  startRegisterDesk,
} from '../support/registerFactory';

let r: RegisterDesk;

beforeAll(() => {
  r = startRegisterDesk();
});
afterAll(() => r.desk.close());

/** Every row of the export's first sheet as text, the header first. */
async function readExport(downloadId: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await renderedExport(r.desk.dataDir, downloadId));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the export has no worksheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((value) => (value === undefined ? '' : String(value))));
  });
  return rows;
}

describe('exporting the resident list', () => {
  it('writes the filtered list with Chinese headers, ID numbers masked, and a formula-looking name neutralised', async () => {
    const { zxMicro1, zxMicro2 } = r.grids;
    householdWithResident(
      r.desk,
      r.tokens.desk,
      zxMicro1.id,
      { room: '101' },
      { name: "=cmd|'/c calc'!A0", idNumber: idNumberOf('1980-05-17', 111), tags: [{ tag: 'elderly_alone' }] },
    );
    householdWithResident(
      r.desk,
      r.tokens.desk,
      zxMicro2.id,
      { room: '102' },
      { name: '钱二', idNumber: idNumberOf('1990-01-02', 222) },
    );
    const file = r.desk.call('exports.residents', { gridId: zxMicro1.id }, r.tokens.desk);
    expect(file).toMatchObject({ rowCount: 1, fileName: '居民名单-2026-11-16.xlsx' });
    expect(file.downloadId).toMatch(/^[a-f0-9]{32}$/);

    const rows = await readExport(file.downloadId);
    expect(rows[0]).toEqual([
      '姓名',
      '性别',
      '出生日期',
      '公民身份号码',
      '联系电话',
      '与户主关系',
      '户籍类型',
      '人户状态',
      '政治面貌',
      '住址',
      '所属网格',
      '标签',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        "'=cmd|'/c calc'!A0",
        '男',
        '1980-05-17',
        `3212${'*'.repeat(10)}${idNumberOf('1980-05-17', 111).slice(-4)}`,
        '18012341999',
        '户主',
        '户籍',
        '人户同在',
        '群众',
        '振兴花园3栋2单元101室',
        '振兴社区 / 第一网格 / 第01微网格',
        '独居老人',
      ],
    ]);
  });

  it('pages through the whole list, not just its first page', async () => {
    const { zxMicro2 } = r.grids;
    for (let i = 0; i < 210; i++) {
      householdWithResident(
        r.desk,
        r.tokens.desk,
        zxMicro2.id,
        { estate: '青云小区', room: String(1000 + i) },
        { name: `批量${i}`, idNumber: idNumberOf('1970-01-01', i, '110105') },
      );
    }
    const file = r.desk.call('exports.residents', { gridId: zxMicro2.id }, r.tokens.desk);
    expect(file.rowCount).toBe(211);
    expect((await readExport(file.downloadId)).length).toBe(212);
  });

  it('is refused an attention group for a desk, as the list is', () => {
    expect(r.desk.raw('exports.residents', { tag: 'community_correction' }, r.tokens.desk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(r.desk.raw('exports.residents', {}, r.tokens.worker)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('exporting the household list', () => {
  it('writes the households of a grid with their landlords, and a formula-looking landlord neutralised', async () => {
    const { zxMicro1, fhMicro } = r.grids;
    const { household } = householdWithResident(
      r.desk,
      r.tokens.desk,
      zxMicro1.id,
      {
        room: '502',
        houseUse: 'rented',
        rental: { landlordName: '=1+2', landlordPhone: '13905230001', tenantCount: 2, pledgeSigned: true },
      },
      { name: '李四', idNumber: idNumberOf('1985-07-08', 444) },
    );
    r.desk.call(
      'visits.record',
      { householdId: household.id, visitDate: '2026-11-10', type: 'routine' },
      r.tokens.desk,
    );
    r.desk.call('households.create', householdInput(fhMicro.id, { estate: '凤凰苑', room: '808' }), r.tokens.desk);

    const file = r.desk.call('exports.households', { gridId: zxMicro1.id }, r.tokens.desk);
    const listed = r.desk.call('households.list', { gridId: zxMicro1.id }, r.tokens.desk).rows;
    expect(file).toMatchObject({ rowCount: listed.length, fileName: '住户名单-2026-11-16.xlsx' });

    const rows = await readExport(file.downloadId);
    expect(rows[0]).toEqual(['地址', '网格', '房屋用途', '户主', '人数', '最近走访', '房东', '房东电话']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(listed.map((h) => h.address));
    expect(rows.find((row) => row[0] === '振兴花园3栋2单元502室')).toEqual([
      '振兴花园3栋2单元502室',
      '振兴社区 / 第一网格 / 第01微网格',
      '出租',
      '李四',
      '1',
      '2026-11-10',
      "'=1+2",
      '13905230001',
    ]);

    const byAddress = r.desk.call('exports.households', { address: '502', houseUse: 'rented' }, r.tokens.desk);
    expect(byAddress.rowCount).toBe(1);
  });

  it('keeps to a grid worker’s grids, as the household list does', async () => {
    // No grid worker holds households.export today; the export still answers only the rows the list would.
    expect(r.desk.raw('exports.households', {}, r.tokens.worker)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const { sqlite, db } = r.desk.app.database;
    const worker = sqlite.prepare("select id from users where username = 'worker'").get() as { id: number };
    const ctx = {
      db,
      sqlite,
      actor: { userId: worker.id, username: 'worker', displayName: '刘建华', role: 'grid_worker', sessionId: 0 },
      clock: r.desk.app.router.clock,
      dataDir: r.desk.dataDir,
      lang: 'zh-CN',
      audit: { record: () => {} },
    } as unknown as Ctx;
    const file = exportHandlers['exports.households'](ctx, {});
    const listed: HouseholdRow[] = [];
    let cursor: number | null = null;
    do {
      const page: { rows: HouseholdRow[]; nextCursor: number | null } = r.desk.call(
        'households.list',
        { limit: 200, ...(cursor ? { cursor } : {}) },
        r.tokens.worker,
      );
      listed.push(...page.rows);
      cursor = page.nextCursor;
    } while (cursor !== null);
    const addresses = (await readExport(file.downloadId)).slice(1).map((row) => row[0]);
    expect(addresses).toEqual(listed.map((h) => h.address));
    expect(addresses).toContain('振兴花园3栋2单元502室');
    expect(addresses).not.toContain('凤凰苑3栋2单元808室');
    expect(r.desk.call('households.list', { gridId: r.grids.fhMicro.id }, r.tokens.desk).rows.length).toBe(1);
  });
});

describe('exporting the changes for the city platform', () => {
  it('sends everyone the first time, nobody when nothing changed, then just the changed, whole and with their status', async () => {
    const total = r.desk.count('residents');
    const first = r.desk.call('exports.changes', {}, r.tokens.desk);
    expect(first).toMatchObject({ rowCount: total, since: null, fileName: '人员变更-2026-11-16.xlsx' });

    r.desk.advance(60_000);
    const nothing = r.desk.call('exports.changes', {}, r.tokens.desk);
    expect(nothing).toMatchObject({ rowCount: 0, since: r.desk.app.router.clock.now() - 60_000 });

    r.desk.advance(60_000);
    const idNumber = idNumberOf('1955-03-04', 333);
    const { resident } = householdWithResident(
      r.desk,
      r.tokens.desk,
      r.grids.fhMicro.id,
      { estate: '凤凰苑', room: '301' },
      { name: '孙三', idNumber, phone: '13905230003' },
    );
    const moved = r.desk.call(
      'residents.moveOut',
      { id: resident.id, version: resident.version, date: '2026-11-15' },
      r.tokens.desk,
    );
    const other = r.desk.app.database.sqlite.prepare("select id, version from residents where name = '钱二'").get() as {
      id: number;
      version: number;
    };
    r.desk.call(
      'residents.update',
      residentChanges(other.id, other.version, {
        name: '钱二',
        idNumber: idNumberOf('1990-01-02', 222),
        phone: '13905230004',
      }),
      r.tokens.desk,
    );
    r.desk.advance(60_000);
    const changes = r.desk.call('exports.changes', {}, r.tokens.desk);
    expect(changes.rowCount).toBe(2);
    expect(moved.lifeStatus).toBe('moved_out');

    const rows = await readExport(changes.downloadId);
    const byName = Object.fromEntries(rows.slice(1).map((row) => [row[2], row]));
    expect(rows[0]?.slice(0, 4)).toEqual(['变更类型', '变更时间', '姓名', '公民身份号码']);
    expect(byName.孙三).toEqual(
      expect.arrayContaining(['迁出', idNumber, '13905230003', '2026-11-15', '凤凰苑3栋2单元301室']),
    );
    expect(byName.钱二?.[0]).toBe('变更');
    expect(byName.钱二?.[3]).toBe(idNumberOf('1990-01-02', 222));
    expect(r.desk.count('export_marks')).toBe(3);
    const audit = r.desk.app.database.sqlite
      .prepare("select count(*) as n from audit_log where action = 'exports.changes' and entity = 'export_marks'")
      .get() as { n: number };
    expect(audit.n).toBe(3);
  });
});
