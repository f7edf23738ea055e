// Exporting the case list: the sheet, opened again with exceljs, holds exactly the rows cases.list shows for the same
// filters, in Chinese, with the description whole and no cell a spreadsheet would run; grid workers may not export.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDownload } from '../../src/main/rpc/files';
import { zhCN } from '../../src/renderer/src/i18n/zh-CN';
import type { CaseFilters } from '../../src/shared/contract/cases';
import { type CaseDesk, categoryId, passTime, registerCase, startCaseDesk, walk } from '../support/caseFactory';

const hourMs = 60 * 60_000;
const dayMs = 24 * hourMs;

let c: CaseDesk;
let ids: { noise: number; light: number; formula: number; done: number };
const longDescription = `楼道灯坏了很久，${'晚上回家看不清台阶，老人孩子上下楼很危险，'.repeat(8)}请尽快修理。`;

const userIdOf = (username: string) =>
  c.desk.app.database.sqlite.prepare('select id from users where username = ?').pluck().get(username) as number;

beforeAll(() => {
  c = startCaseDesk();
  const noise = registerCase(c.desk, c.tokens.desk, { residentId: c.resident.id, contactPhone: '13900001111' });
  passTime(c, hourMs);
  const light = registerCase(c.desk, c.tokens.desk, {
    kind: 'complaint',
    source: 'hotline',
    categoryId: categoryId(c.desk, c.tokens.desk, '公共设施', '路灯'),
    description: longDescription,
    gridId: c.grids.fhMicro.id,
    contactName: '钱先生',
    hotlineOrderNo: 'GD20261116001',
    hotlineDeadline: c.desk.app.router.clock.now() + 2 * dayMs,
  });
  passTime(c, hourMs);
  const formula = registerCase(c.desk, c.tokens.desk, { description: '=1+1', gridId: c.grids.zxMicro2.id });
  passTime(c, hourMs);
  const done = walk(c.desk, registerCase(c.desk, c.tokens.desk, { gridId: c.grids.zxMicro1.id }), [
    [c.tokens.desk, { action: 'assign', handlerUserId: userIdOf('worker'), note: '' }],
    [c.tokens.worker, { action: 'start', note: '' }],
    [c.tokens.worker, { action: 'resolve', resolution: '已协调' }],
    [c.tokens.desk, { action: 'followUp', satisfaction: 'basically_satisfied', note: '' }],
  ]);
  ids = { noise: noise.id, light: light.id, formula: formula.id, done: done.id };
});
afterAll(() => c.desk.close());

/** Every row of the export's sheet as text, the header first, fetched as the download route fetches it. */
async function download(downloadId: string, token: string): Promise<string[][]> {
  const answer = await openDownload(c.desk.app.router, { token, downloadId });
  if (!answer.ok) throw new Error(`download refused: ${JSON.stringify(answer.error)}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(answer.data.file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the export has no worksheet');
  const rows: string[][] = [];
  // Empty cells at a row's end are not stored: every row is read to the header's width.
  sheet.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(
      Array.from({ length: sheet.columnCount }, (_, i) => (values[i + 1] === undefined ? '' : String(values[i + 1]))),
    );
  });
  return rows;
}

function exportCases(filters: CaseFilters, token = c.tokens.desk) {
  return c.desk.call('exports.cases', { filters }, token);
}

const header = [
  '编号',
  '状态',
  '类型',
  '来源',
  '分类',
  '诉求内容',
  '居民',
  '地址',
  '网格',
  '联系人',
  '联系电话',
  '12345工单号',
  '登记时间',
  '受理时限',
  '办结时限',
  '办结时间',
  '办理人',
  '满意度',
  '是否超期',
];

describe('exporting the case list', () => {
  it('writes every case the list shows, newest first, in Chinese, the description whole and formulas neutralised', async () => {
    const file = exportCases({});
    expect(file).toMatchObject({ rowCount: 4, fileName: '诉求列表-2026-11-16.xlsx' });
    const rows = await download(file.downloadId, c.tokens.desk);
    expect(rows[0]).toEqual(header);

    const list = c.desk.call('cases.list', { filters: {}, limit: 200 }, c.tokens.desk).rows;
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[4], r[8], r[16]])).toEqual(
      list.map((r) => [
        r.number,
        zhCN.caseStatuses[r.status],
        zhCN.caseKinds[r.kind],
        zhCN.caseSources[r.source],
        r.categoryPath,
        r.gridPath,
        r.handlerName ?? '',
      ]),
    );
    expect(list.map((r) => r.id)).toEqual([ids.done, ids.formula, ids.light, ids.noise]);

    const [done, formula, light, noise] = rows.slice(1);
    expect(noise).toEqual([
      list[3]?.number,
      '已受理',
      '诉求',
      '窗口来访',
      '环境卫生 / 噪声扰民',
      '楼上装修噪声扰民，晚上十点后仍在施工',
      '张三',
      expect.any(String),
      '振兴社区 / 第一网格 / 第01微网格',
      '张三',
      // The desk keeps the register's files, so it sees the phone whole, as on the household file.
      '13900001111',
      '',
      '2026-11-16 10:00',
      expect.stringMatching(/^2026-11-\d\d \d\d:\d\d$/),
      expect.stringMatching(/^2026-1[12]-\d\d \d\d:\d\d$/),
      '',
      '',
      '',
      '否',
    ]);
    expect(light?.slice(1, 6)).toEqual(['已受理', '投诉', '12345热线', '公共设施 / 路灯', longDescription]);
    expect(light?.[9]).toBe('钱先生');
    expect(light?.[11]).toBe('GD20261116001');
    expect(light?.[14]).toBe('2026-11-18 11:00');
    expect(formula?.[5]).toBe("'=1+1");
    expect(done?.slice(1, 2)).toEqual(['已回访']);
    expect(done?.[15]).toBe('2026-11-16 13:00');
    expect(done?.[16]).toBe('刘建华');
    expect(done?.[17]).toBe('基本满意');
  });

  it('holds exactly the rows cases.list shows for the same filters', async () => {
    const filters: CaseFilters[] = [
      { kind: ['complaint'] },
      { gridId: c.grids.zhenxing.id },
      { status: ['accepted'], gridId: c.grids.zxGrid.id },
      { text: '路灯' },
      { open: true },
    ];
    for (const f of filters) {
      const list = c.desk.call('cases.list', { filters: f, limit: 200 }, c.tokens.manager).rows;
      const file = exportCases(f, c.tokens.manager);
      expect(file.rowCount).toBe(list.length);
      const rows = await download(file.downloadId, c.tokens.manager);
      expect(rows.slice(1).map((r) => r[0])).toEqual(list.map((r) => r.number));
    }
  });

  it('is audited with its filters and row count', () => {
    exportCases({ kind: ['complaint'] });
    const audit = c.desk.app.database.sqlite
      .prepare("select after from audit_log where action = 'exports.cases' order by id desc limit 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(audit)).toEqual({
      fileName: '诉求列表-2026-11-16.xlsx',
      filters: { kind: ['complaint'] },
      rowCount: 1,
    });
  });

  it('hands the file only to its maker', async () => {
    const file = exportCases({});
    const answer = await openDownload(c.desk.app.router, { token: c.tokens.manager, downloadId: file.downloadId });
    expect(answer.ok ? null : answer.error.code).toBe('NOT_FOUND');
  });

  it('refuses a grid worker and a branch secretary, writing nothing', () => {
    const before = c.desk.snapshot();
    for (const token of [c.tokens.worker, c.tokens.secretary]) {
      const answer = c.desk.raw('exports.cases', { filters: {} }, token);
      expect(answer.ok ? null : answer.error.code).toBe('FORBIDDEN');
    }
    expect(c.desk.snapshot()).toEqual(before);
  });
});
