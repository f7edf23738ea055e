import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byIndexesSearch, onePassSearch, searchSql, searchStatements } from '../../src/main/services/residentSearch';
import {
  householdInput,
  idNumberOf,
  type RegisterDesk,
  residentInput,
  startRegisterDesk,
} from '../support/registerFactory';

let r: RegisterDesk;
const ids = {
  zhangSan: idNumberOf('1980-05-17', 123),
  zhangShan: idNumberOf('1975-03-02', 457),
  liSi: idNumberOf('1990-08-08', 31, '341202'),
};

beforeAll(() => {
  r = startRegisterDesk();
  const zx = r.desk.call('households.create', householdInput(r.grids.zxMicro1.id), r.tokens.admin);
  const fh = r.desk.call(
    'households.create',
    householdInput(r.grids.fhMicro.id, { estate: '凤凰苑', building: '8', room: '102' }),
    r.tokens.admin,
  );
  const add = (householdId: number, fields: Parameters<typeof residentInput>[1]) =>
    r.desk.call('residents.create', residentInput(householdId, fields), r.tokens.admin);
  add(zx.id, { name: '张三', idNumber: ids.zhangSan, phone: '18012341999' });
  add(zx.id, { name: '张三丰', idNumber: idNumberOf('2001-01-01', 5), phone: undefined, relationToHead: 'son' });
  add(fh.id, {
    name: '张山',
    idNumber: ids.zhangShan,
    phone: '13952687777',
    tags: [{ tag: 'severe_mental_disorder', riskLevel: 'high' }],
  });
  const liSi = add(fh.id, { name: '李四', idNumber: ids.liSi, phone: '0523-86123456', relationToHead: 'spouse' });
  r.desk.call('residents.moveOut', { id: liSi.id, version: 1, date: '2026-10-01' }, r.tokens.admin);
});
afterAll(() => r.desk.close());

const search = (query: string, token = r.tokens.desk) => r.desk.call('residents.search', { query }, token);
const names = (query: string, token?: string) => search(query, token).map((hit) => hit.name);

describe('searching while typing', () => {
  it('finds 张三 by pinyin initials (zs) and by the start of the full pinyin (zhangs)', () => {
    expect(search('zs')[0]).toMatchObject({ name: '张三', matchedBy: 'initials' });
    expect(names('zs')).toContain('张山');
    expect(names('zhangs')).toEqual(expect.arrayContaining(['张三', '张三丰', '张山']));
    expect(names('ZhangSan')).toEqual(['张三', '张三丰']);
    expect(names('zsf')).toEqual(['张三丰']);
  });

  it('puts the exact name before names that start with it', () => {
    expect(search('张三').map((h) => [h.name, h.matchedBy])).toEqual([
      ['张三', 'name'],
      ['张三丰', 'name'],
    ]);
  });

  it('finds a resident by the last four characters of the ID number, or by the whole number', () => {
    expect(search(ids.zhangShan.slice(-4))[0]).toMatchObject({ name: '张山', matchedBy: 'idNumber' });
    expect(names(ids.zhangSan)).toEqual(['张三']);
    expect(names(ids.zhangSan.slice(6, 14))).toEqual(['张三']);
  });

  it('finds a resident by the middle of a phone number, mobile or landline', () => {
    expect(search('2341')[0]).toMatchObject({ name: '张三', matchedBy: 'phone' });
    expect(search('13952687777')[0]).toMatchObject({ name: '张山', matchedBy: 'phone' });
    expect(search('86123').map((h) => [h.name, h.matchedBy])).toEqual([['李四', 'phone']]);
  });

  it('finds the people of an address by any part of it, with household and grid', () => {
    expect(search('凤凰苑8栋')).toEqual([
      expect.objectContaining({
        name: '张山',
        address: '凤凰苑8栋2单元102室',
        gridPath: '凤凰社区 / 第一网格 / 第01微网格',
        matchedBy: 'address',
      }),
      expect.objectContaining({ name: '李四', lifeStatus: 'moved_out' }),
    ]);
    expect(names('振兴')).toEqual(['张三', '张三丰']);
  });

  it('shows people who moved out or died after everyone on the current register, with their status', () => {
    const hits = search('凤凰苑');
    expect(hits.map((h) => [h.name, h.lifeStatus])).toEqual([
      ['张山', 'active'],
      ['李四', 'moved_out'],
    ]);
  });

  it('masks ID numbers and phones in every hit, whatever the role, and carries no tags', () => {
    const [hit] = search('张山', r.tokens.manager);
    expect(hit).toMatchObject({
      maskedIdNumber: `3212**********${ids.zhangShan.slice(-4)}`,
      maskedPhone: '139****7777',
    });
    expect(JSON.stringify(hit)).not.toContain('severe_mental_disorder');
  });

  it('shows a grid worker only the residents of their own grids', () => {
    expect(names('zs', r.tokens.worker)).toEqual(['张三', '张三丰']);
    expect(names(ids.zhangShan.slice(-4), r.tokens.worker)).toEqual([]);
    expect(names('凤凰苑', r.tokens.worker)).toEqual([]);
  });

  it('answers nothing for a query that matches nobody, and refuses an empty one', () => {
    expect(search('不存在的人')).toEqual([]);
    expect(r.desk.raw('residents.search', { query: '  ' }, r.tokens.desk)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('the search plans', () => {
  const queries = [
    '张',
    '张三',
    'zs',
    'zhangsan',
    '12',
    '1999',
    ids.zhangSan,
    ids.zhangSan.slice(0, 14),
    '13952687777',
    '0523-861',
    '振兴',
    '凤凰苑8栋',
  ];
  const sqlite = () => r.desk.app.database.sqlite;
  const planOf = (sql: string, params: object) =>
    (sqlite().prepare(`explain query plan ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail);
  const grids = () => JSON.stringify([r.grids.zxMicro1.id, r.grids.fhMicro.id]);

  it.each(queries)('start every strategy for %s from an index, never a scan of residents or households', (query) => {
    const statements = searchStatements(query);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      for (const active of [true, false]) {
        for (const scoped of [true, false]) {
          const details = planOf(searchSql(statement, { active, scoped }), {
            ...statement.params,
            limit: 20,
            ...(scoped ? { grids: grids() } : {}),
          });
          const where = `${statement.matchedBy}: ${details.join(' | ')}`;
          expect(
            details.filter((d) => /^SCAN (r|h)\b/.test(d)),
            where,
          ).toEqual([]);
          expect(details[0], where).toMatch(/USING (COVERING )?INDEX|VIRTUAL TABLE INDEX \d+:L|PRIMARY KEY/);
        }
      }
    }
    for (const scoped of [true, false]) {
      const union = byIndexesSearch(statements, scoped);
      const details = planOf(union.sql, { ...union.params, limit: 20, ...(scoped ? { grids: grids() } : {}) });
      expect(
        details.filter((d) => /^SCAN (r|h)\b/.test(d)),
        details.join(' | '),
      ).toEqual([]);
    }
    const onePass = onePassSearch(statements);
    const details = planOf(onePass.sql, { ...onePass.params, grids: grids(), limit: 20 });
    expect(
      details.filter((d) => /^SCAN (r|h)\b/.test(d)),
      details.join(' | '),
    ).toEqual([]);
    expect(details.find((d) => !/json_each|LIST SUBQUERY/.test(d))).toMatch(/SEARCH h USING INDEX households_grid_idx/);
  });

  it.each(queries)('find the same residents for %s strategy by strategy, in one statement and in one pass', (query) => {
    const statements = searchStatements(query);
    const params = { grids: grids(), limit: 1000 };
    const byStrategy = new Set(
      statements.flatMap((statement) =>
        [true, false].flatMap((active) =>
          (
            sqlite()
              .prepare(searchSql(statement, { active, scoped: true }))
              .all({ ...statement.params, ...params }) as { residentId: number }[]
          ).map((row) => row.residentId),
        ),
      ),
    );
    const onePass = onePassSearch(statements);
    const inOnePass = (
      sqlite()
        .prepare(onePass.sql)
        .all({ ...onePass.params, ...params }) as { residentId: number }[]
    ).map((row) => row.residentId);
    expect(new Set(inOnePass)).toEqual(byStrategy);
    const union = byIndexesSearch(statements, true);
    const inUnion = (
      sqlite()
        .prepare(union.sql)
        .all({ ...union.params, ...params }) as { residentId: number }[]
    ).map((row) => row.residentId);
    expect(inUnion.length, 'each resident once').toBe(new Set(inUnion).size);
    expect(new Set(inUnion)).toEqual(byStrategy);
  });
});
