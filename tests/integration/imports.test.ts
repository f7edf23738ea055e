// Importing a register from real files: GBK and UTF-8 CSV, .xlsx as office software writes it, files that are no
// table, a file whose rows are half invalid, a second import of the same file, and a commit that fails halfway.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveUpload } from '../../src/main/rpc/files';
import { csvText, idNumberFor, registerHeader, registerRow, upload, xlsxBytes } from '../support/importFiles';
import { startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let desk: TestGridDesk;
let deskToken: string;

beforeAll(() => {
  desk = startDemoGridDesk();
  deskToken = desk.login('desk');
});
afterAll(() => desk.close());

const utf8 = (text: string) => new TextEncoder().encode(text);

function residentByIdNumber(idNumber: string) {
  return desk.app.database.sqlite
    .prepare(
      `select r.name, r.gender, r.birth_date as birthDate, r.phone, r.ethnicity, r.relation_to_head as relation,
              r.note, h.address, h.grid_id as gridId,
              (select group_concat(tag) from (select tag from resident_tags t where t.resident_id = r.id order by tag)) as tags
         from residents r join households h on h.id = r.household_id where r.id_number = ?`,
    )
    .get(idNumber) as Record<string, unknown> | undefined;
}

function gridIdOfCode(code: string): number {
  return (desk.app.database.sqlite.prepare('select id from grids where code = ?').get(code) as { id: number }).id;
}

describe('importing a GBK CSV saved by office software', () => {
  it('recognises its columns, previews three good rows, and commits them as one household', async () => {
    const bytes = fs.readFileSync(path.join(__dirname, '../fixtures/residents-gbk.csv'));
    const uploadId = await upload(desk, deskToken, '青云小区.csv', bytes);
    const before = desk.snapshot();
    const preview = desk.call('imports.preview', { uploadId }, deskToken);
    expect(desk.snapshot()).toEqual(before);
    expect(preview).toMatchObject({
      fileName: '青云小区.csv',
      rowCount: 3,
      validCount: 3,
      invalidCount: 0,
      alreadyOnRegister: 0,
      missingFields: [],
      previouslyImportedAt: null,
    });
    expect(preview.columns.map((c) => c.field)).toEqual([
      'name',
      'idNumber',
      'gender',
      'phone',
      'relationToHead',
      'residenceType',
      'address',
      'grid',
      'ethnicity',
      'tags',
      'note',
    ]);
    expect(preview.columns[0]?.samples).toEqual(['王建国', '李秀英', '王小明']);

    const mapping = Object.fromEntries(preview.columns.map((c) => [String(c.index), c.field]));
    const result = desk.call('imports.commit', { uploadId, mapping }, deskToken);
    expect(result).toEqual({ residentsAdded: 3, householdsAdded: 1, skipped: 0, invalid: 0 });
    expect(residentByIdNumber('110105198503071230')).toMatchObject({
      name: '王建国',
      gender: 'male',
      birthDate: '1985-03-07',
      phone: '13912345678',
      ethnicity: '汉族',
      relation: 'head',
      note: '楼下车库，南侧',
      address: '青云小区3栋2单元501室',
      gridId: gridIdOfCode('ZX-01-01'),
      tags: 'elderly_alone',
    });
    expect(residentByIdNumber('11010519870512234X')).toMatchObject({ phone: '13912345679', relation: 'spouse' });
    expect(residentByIdNumber('110105201001013457')).toMatchObject({ relation: 'son', tags: 'left_behind_child' });

    // Indexed for search as it was written: part of an ID number, the middle of a phone, part of the address.
    const found = (query: string) =>
      desk.call('residents.search', { query, limit: 20 }, deskToken).map((hit) => `${hit.matchedBy} ${hit.name}`);
    expect(found('19850307')).toContain('idNumber 王建国');
    expect(found('4567')).toEqual(expect.arrayContaining(['phone 王建国', 'phone 李秀英']));
    expect(found('青云小区3栋2')).toEqual(expect.arrayContaining(['address 王建国', 'address 王小明']));
    const sqlite = desk.app.database.sqlite;
    for (const index of ['residents_id_number_fts', 'residents_phone_fts', 'households_address_fts']) {
      expect(() => sqlite.prepare(`insert into ${index}(${index}) values ('integrity-check')`).run()).not.toThrow();
    }
  });
});

describe('importing a CSV saved as “CSV UTF-8” by Excel', () => {
  it('reads it past its byte order mark, the first header included', async () => {
    const text = csvText([
      [...registerHeader],
      registerRow({ 姓名: '韩梅', 公民身份号码: idNumberFor('19920202', 702), 住址: '青云小区2栋101室' }),
    ]);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const uploadId = await upload(desk, deskToken, 'utf8-bom.csv', bytes);
    const preview = desk.call('imports.preview', { uploadId }, deskToken);
    expect(preview.columns[0]).toMatchObject({ header: '姓名', field: 'name' });
    expect(preview).toMatchObject({ validCount: 1, invalidCount: 0 });
  });
});

describe('importing an .xlsx as office software writes it', () => {
  it('finds the header below a title, reads rich text, formula results and dates, and catches ID numbers typed as numbers', async () => {
    const id = idNumberFor('19620215', 556);
    const bytes = await xlsxBytes(
      [
        ['青云小区居民花名册（2026年11月）'],
        [],
        [
          '序号',
          '姓名',
          '身份证号',
          '性别',
          '出生日期',
          '与户主关系',
          '人口类型',
          '小区',
          '楼栋',
          '单元',
          '室',
          '网格',
        ],
        [
          1,
          { richText: [{ text: '赵' }, { text: '桂芳' }] },
          id,
          '女',
          new Date(Date.UTC(1962, 1, 15)),
          '户主',
          '户籍',
          '青云小区',
          5,
          1,
          101,
          '振兴社区/第一网格/第02微网格',
        ],
        [
          2,
          '钱进',
          // Typed into a number cell, as happens when nobody formats the column as text first.
          Number('110105199001011234'),
          '男',
          '1990-01-01',
          { formula: '"户"&"主"', result: '户主' },
          '流动',
          '青云小区',
          5,
          1,
          102,
          'ZX-01-02',
        ],
        [3, '孙丽', null, '女', '1988年3月5日', '户主', '境外', '青云小区', 5, 1, 103, '振兴社区 第一网格 第2微网格'],
      ],
      { sheets: ['说明'] },
    );
    const uploadId = await upload(desk, deskToken, '花名册.xlsx', bytes);
    const preview = desk.call('imports.preview', { uploadId }, deskToken);
    expect(preview.rowCount).toBe(3);
    expect(preview.columns.map((c) => c.field)).toEqual([
      null,
      'name',
      'idNumber',
      'gender',
      'birthDate',
      'relationToHead',
      'residenceType',
      'estate',
      'building',
      'unit',
      'room',
      'grid',
    ]);
    expect(preview.columns[1]?.samples[0]).toBe('赵桂芳');
    expect(preview.invalid).toEqual([
      {
        row: 5,
        name: '钱进',
        reasons: ['身份证号：身份证号被存成了数字，末几位已丢失：请把该列设为文本格式后重新填写'],
      },
    ]);
    expect(preview.validCount).toBe(2);
    const mapping = Object.fromEntries(preview.columns.map((c) => [String(c.index), c.field]));
    desk.call('imports.commit', { uploadId, mapping }, deskToken);
    expect(residentByIdNumber(id)).toMatchObject({
      name: '赵桂芳',
      address: '青云小区5栋1单元101室',
      gridId: gridIdOfCode('ZX-01-02'),
    });
    const foreigner = desk.app.database.sqlite
      .prepare(
        `select r.birth_date as birthDate, r.gender from residents r join households h on h.id = r.household_id
          where h.address = '青云小区5栋1单元103室'`,
      )
      .get();
    expect(foreigner).toEqual({ birthDate: '1988-03-05', gender: 'female' });
  });
});

describe('a file whose rows are half invalid', () => {
  const good = (n: number, overrides: Parameters<typeof registerRow>[0] = {}) =>
    registerRow({
      姓名: `周${'一二三四五六七八九十'[n]}`,
      公民身份号码: idNumberFor('19700101', 100 + n),
      住址: `青云小区8栋1单元${100 + n}室`,
      ...overrides,
    });
  const rows = [
    [...registerHeader],
    good(1),
    good(2, {
      公民身份号码:
        idNumberFor('19700101', 102).slice(0, 17) + (idNumberFor('19700101', 102).endsWith('1') ? '2' : '1'),
    }),
    good(3, { 公民身份号码: '110105197002301234' }),
    good(4, { 联系电话: '1391234567' }),
    good(5, { 所属网格: '第99微网格' }),
    good(6, { 所属网格: '第01微网格' }),
    good(7, { 住址: '青云小区门口' }),
    good(8, { 与户主关系: '表舅' }),
    good(9, { 公民身份号码: idNumberFor('19700101', 199) }),
    good(0, { 公民身份号码: idNumberFor('19700101', 199), 住址: '青云小区9栋1单元101室' }),
    good(1, { 姓名: '吴十一', 公民身份号码: idNumberFor('19700101', 111), 住址: '青云小区8栋1单元201室' }),
  ];

  it('shows each invalid row with its spreadsheet row number and every reason, and commits only the rest', async () => {
    const uploadId = await upload(desk, deskToken, '半数有误.csv', utf8(csvText(rows)));
    const preview = desk.call('imports.preview', { uploadId }, deskToken);
    expect(preview).toMatchObject({ rowCount: 11, validCount: 2, invalidCount: 9, alreadyOnRegister: 0 });
    const reasons = Object.fromEntries(preview.invalid.map((r) => [r.row, r.reasons]));
    expect(reasons).toEqual({
      3: ['公民身份号码：公民身份号码校验位不正确，请核对'],
      4: ['公民身份号码：公民身份号码中的出生日期不存在'],
      5: [expect.stringMatching(/^联系电话：请输入正确的电话号码/)],
      6: ['所属网格：没有名称或编号为“第99微网格”的微网格'],
      7: [expect.stringMatching(/^所属网格：有多个微网格叫“第01微网格”/)],
      8: [expect.stringMatching(/^住址：无法从“青云小区门口”中识别出/)],
      9: ['与户主关系：无法识别“表舅”'],
      10: [expect.stringMatching(/^公民身份号码：同一公民身份号码在文件中出现多次（第 10, 11 行）/)],
      11: [expect.stringMatching(/^公民身份号码：同一公民身份号码在文件中出现多次（第 10, 11 行）/)],
    });
    const result = desk.call('imports.commit', { uploadId, mapping: {} }, deskToken);
    expect(result).toEqual({ residentsAdded: 2, householdsAdded: 2, skipped: 0, invalid: 9 });
  });

  it('gives its reasons in English to an English desk', async () => {
    const uploadId = await upload(desk, deskToken, 'half.csv', utf8(csvText(rows.slice(0, 4))));
    const envelope = desk.raw('imports.preview', { uploadId }, deskToken, 'en');
    expect(envelope.ok).toBe(true);
    if (!envelope.ok) return;
    const data = envelope.data as { invalid: { row: number; reasons: string[] }[] };
    expect(data.invalid.find((r) => r.row === 3)?.reasons).toEqual([
      '公民身份号码: The check digit of this ID number is wrong; please check it',
    ]);
  });
});

describe('importing the same file again', () => {
  it('adds nothing twice: every row is already on the register, and the preview says when it was imported', async () => {
    const rows = [
      [...registerHeader],
      registerRow({ 姓名: '冯一', 公民身份号码: idNumberFor('19800101', 301), 住址: '青云小区10栋101室' }),
      registerRow({
        姓名: '冯二',
        公民身份号码: idNumberFor('19800101', 302),
        住址: '青云小区10栋101室',
        与户主关系: '配偶',
      }),
    ];
    const bytes = utf8(csvText(rows));
    const uploadId = await upload(desk, deskToken, '两次.csv', bytes);
    desk.call('imports.commit', { uploadId, mapping: {} }, deskToken);
    desk.advance(60_000);

    const again = await upload(desk, deskToken, '两次（副本）.csv', bytes);
    expect(again).toBe(uploadId);
    const preview = desk.call('imports.preview', { uploadId: again }, deskToken);
    expect(preview).toMatchObject({ validCount: 0, alreadyOnRegister: 2, invalidCount: 0 });
    expect(preview.previouslyImportedAt).toBe(desk.app.router.clock.now() - 60_000);
    const before = desk.count('residents');
    expect(desk.call('imports.commit', { uploadId: again, mapping: {} }, deskToken)).toEqual({
      residentsAdded: 0,
      householdsAdded: 0,
      skipped: 2,
      invalid: 0,
    });
    expect(desk.count('residents')).toBe(before);
    expect(desk.count('import_batches')).toBeGreaterThanOrEqual(2);
  });

  it('refuses an ID number already registered to someone else, naming them', async () => {
    const holder = desk.app.database.sqlite
      .prepare('select name, id_number as idNumber from residents where id_number is not null limit 1')
      .get() as { name: string; idNumber: string };
    const rows = [[...registerHeader], registerRow({ 姓名: '陌生人', 公民身份号码: holder.idNumber })];
    const uploadId = await upload(desk, deskToken, '冒用.csv', utf8(csvText(rows)));
    const preview = desk.call('imports.preview', { uploadId }, deskToken);
    expect(preview.invalid[0]?.reasons).toEqual([`公民身份号码：该公民身份号码已登记在 ${holder.name} 名下`]);
  });
});

describe('a commit', () => {
  it('is all or nothing: a row that fails while being written leaves the register as it was', async () => {
    const rows = [
      [...registerHeader],
      registerRow({ 姓名: '陈一', 公民身份号码: idNumberFor('19900101', 401), 住址: '青云小区11栋101室' }),
      registerRow({ 姓名: '陈二', 公民身份号码: idNumberFor('19900101', 402), 住址: '青云小区11栋102室' }),
      registerRow({ 姓名: '写入失败', 公民身份号码: idNumberFor('19900101', 403), 住址: '青云小区11栋103室' }),
    ];
    const uploadId = await upload(desk, deskToken, '中途失败.csv', utf8(csvText(rows)));
    expect(desk.call('imports.preview', { uploadId }, deskToken).validCount).toBe(3);
    const sqlite = desk.app.database.sqlite;
    // Stands in for anything that can fail mid-commit: a disk error, a constraint the checks did not foresee.
    sqlite.exec(
      "create trigger fail_import before insert on residents when new.name = '写入失败' begin select raise(abort, 'disk full'); end",
    );
    try {
      const before = desk.snapshot();
      const envelope = desk.raw('imports.commit', { uploadId, mapping: {} }, deskToken);
      expect(envelope.ok).toBe(false);
      expect(desk.snapshot()).toEqual(before);
    } finally {
      sqlite.exec('drop trigger fail_import');
    }
  });

  it('checks its rows again when the register changed after the preview: a household added meanwhile is joined', async () => {
    const rows = [
      [...registerHeader],
      registerRow({ 姓名: '韩一', 公民身份号码: idNumberFor('19910101', 601), 住址: '青云小区13栋101室' }),
    ];
    const uploadId = await upload(desk, deskToken, '预览之后.csv', utf8(csvText(rows)));
    expect(desk.call('imports.preview', { uploadId }, deskToken)).toMatchObject({ validCount: 1 });
    const household = desk.call(
      'households.create',
      { gridId: gridIdOfCode('ZX-01-01'), estate: '青云小区', building: '13', room: '101', houseUse: 'owner_occupied' },
      deskToken,
    );
    const result = desk.call('imports.commit', { uploadId, mapping: {} }, deskToken);
    expect(result).toEqual({ residentsAdded: 1, householdsAdded: 0, skipped: 0, invalid: 0 });
    expect(residentByIdNumber(idNumberFor('19910101', 601))).toMatchObject({
      name: '韩一',
      address: household.address,
    });
  });

  it('is refused while a field every row needs has no column, and the mapping step supplies it', async () => {
    const rows = [
      ['姓名', '公民身份号码', '户口类别', '与户主关系', '住址', '所属网格'],
      ['褚一', idNumberFor('19750101', 501), '户籍', '户主', '青云小区12栋101室', 'ZX-01-01'],
    ];
    const uploadId = await upload(desk, deskToken, '映射.csv', utf8(csvText(rows)));
    const preview = desk.call('imports.preview', { uploadId }, deskToken);
    expect(preview.missingFields).toEqual(['residenceType']);
    expect(preview.columns[2]).toMatchObject({ header: '户口类别', field: null, samples: ['户籍'] });
    const refused = desk.raw('imports.commit', { uploadId, mapping: {} }, deskToken);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'importFieldsMissing' } });

    const twice = desk.raw('imports.preview', { uploadId, mapping: { '2': 'name', '0': 'name' } }, deskToken);
    expect(twice).toMatchObject({ ok: false, error: { reason: 'fieldMappedTwice', params: { field: '姓名' } } });

    const mapped = desk.call('imports.preview', { uploadId, mapping: { '2': 'residenceType' } }, deskToken);
    expect(mapped).toMatchObject({ missingFields: [], validCount: 1 });
    expect(desk.call('imports.commit', { uploadId, mapping: { '2': 'residenceType' } }, deskToken)).toMatchObject({
      residentsAdded: 1,
    });
  });
});

describe('attention groups in an import', () => {
  it('are refused on rows from a desk, which may not record them, and taken from a manager', async () => {
    const rows = [
      ['姓名', '公民身份号码', '与户主关系', '户籍类型', '住址', '所属网格', '人群类别'],
      ['卫一', idNumberFor('19650101', 601), '户主', '户籍', '青云小区13栋101室', 'ZX-01-01', '社区矫正对象、低保'],
      ['卫二', idNumberFor('19650101', 602), '户主', '户籍', '青云小区13栋102室', 'ZX-01-01', '严重精神障碍（高）'],
    ];
    const uploadId = await upload(desk, deskToken, '重点人群.csv', utf8(csvText(rows)));
    const fromDesk = desk.call('imports.preview', { uploadId }, deskToken);
    expect(fromDesk.invalidCount).toBe(2);
    expect(fromDesk.invalid[0]?.reasons).toEqual(['人群类别：您的角色不能登记重点人群标签']);

    const manager = desk.login('manager');
    expect(desk.call('imports.commit', { uploadId, mapping: {} }, manager)).toMatchObject({ residentsAdded: 2 });
    expect(residentByIdNumber(idNumberFor('19650101', 601))?.tags).toBe('community_correction,minimum_allowance');
    const risk = desk.app.database.sqlite
      .prepare(
        `select risk_level as riskLevel from resident_tags
          where tag = 'severe_mental_disorder' and resident_id = (select id from residents where id_number = ?)`,
      )
      .get(idNumberFor('19650101', 602));
    expect(risk).toEqual({ riskLevel: 'high' });
  });
});

describe('a file that is no register', () => {
  it('is refused when uploaded, with the reason, and nothing of it is kept', async () => {
    const refusals: [string, Uint8Array, string][] = [
      ['empty.csv', new Uint8Array(0), 'fileEmpty'],
      ['blank.csv', utf8('\r\n,,\r\n'), 'fileEmpty'],
      [
        'photo.png',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
        'fileUnreadable',
      ],
      ['broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'fileUnreadable'],
      ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xlsFormat'],
    ];
    for (const [fileName, bytes, reason] of refusals) {
      const envelope = await receiveUpload(desk.app.router, { token: deskToken, fileName, bytes });
      expect(envelope, fileName).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason } });
    }
    const kept = fs.readdirSync(path.join(desk.dataDir, 'uploads'));
    expect(kept.filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('with more than 200,000 rows is refused before anything is checked', async () => {
    const line = `某人,${idNumberFor('19800101', 1)},13912345678,户主,户籍,青云小区1栋101室,ZX-01-01\n`;
    const text = `${registerHeader.join(',')}\n${line.repeat(200_001)}`;
    const uploadId = await upload(desk, deskToken, 'huge.csv', utf8(text));
    expect(desk.raw('imports.preview', { uploadId }, deskToken)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'tooManyRows', params: { max: 200_000 } },
    });
  });

  it('cannot be uploaded or previewed by a role without households.import', async () => {
    const grid = desk.login('grid');
    const envelope = await receiveUpload(desk.app.router, {
      token: grid,
      fileName: 'a.csv',
      bytes: utf8('a,b\n1,2\n'),
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const uploadId = await upload(desk, deskToken, 'a.csv', utf8('姓名,住址\n张三,青云小区1栋101室\n'));
    expect(desk.raw('imports.preview', { uploadId }, grid)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(desk.raw('imports.preview', { uploadId: 'f'.repeat(64) }, deskToken)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'uploadNotFound' },
    });
  });
});
