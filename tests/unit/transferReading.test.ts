// Reading what offices send: CSV quoting and encodings, headers and values in their usual words, addresses
// split into their parts, and the formula guard every exported cell passes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/main/services/transfer/address';
import { neutraliseFormula } from '../../src/main/services/transfer/cellSafety';
import { cleanEthnicity, cleanPhone, parseDate, parseTags } from '../../src/main/services/transfer/cellValues';
import { decodeText, looksBinary, parseCsv } from '../../src/main/services/transfer/csv';
import { readCsv } from '../../src/main/services/transfer/sheet';
import {
  fieldOfHeader,
  houseUseOf,
  politicalStatusOf,
  relationOf,
  residenceStatusOf,
  residenceTypeOf,
  tagOf,
} from '../../src/main/services/transfer/vocabulary';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures', name));

describe('the CSV reader', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields (RFC 4180)', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n1,,3\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\r\nlines'],
      ['1', '', '3'],
    ]);
  });

  it('numbers rows as a spreadsheet shows them, a quoted line break staying in its row', () => {
    const sheet = readCsv(new TextEncoder().encode('姓名,备注\n张三,"第一行\n第二行"\n\n李四,\n'));
    expect(sheet.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, '姓名'],
      [2, '张三'],
      [4, '李四'],
    ]);
  });

  it('finds tab- and semicolon-separated files by their first line', () => {
    expect(parseCsv('姓名\t电话\n张三\t139')).toEqual([
      ['姓名', '电话'],
      ['张三', '139'],
    ]);
    expect(parseCsv('姓名;电话\n张三;139')).toEqual([
      ['姓名', '电话'],
      ['张三', '139'],
    ]);
  });

  it('reads UTF-8 with a byte order mark as saved by Excel, the mark dropped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('姓名,性别\n张三,男')]);
    expect(decodeText(bytes)?.startsWith('姓名')).toBe(true);
  });

  it('reads GBK as saved by office software on Chinese Windows', () => {
    const bytes = fixture('residents-gbk.csv');
    // 姓 is D0 D5 in GBK: the fixture really is GBK, not UTF-8.
    expect([...bytes.subarray(0, 2)]).toEqual([0xd0, 0xd5]);
    const sheet = readCsv(bytes);
    expect(sheet.rows[0]?.cells.slice(0, 3)).toEqual(['姓名', '身份证号', '性别']);
    expect(sheet.rows[1]?.cells[0]).toBe('王建国');
    expect(sheet.rows[1]?.cells[10]).toBe('楼下车库，南侧');
  });

  it('refuses a PNG or an empty file with its reason', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => readCsv(png)).toThrow(expect.objectContaining({ reason: 'fileUnreadable' }));
    expect(() => readCsv(new TextEncoder().encode('\r\n ,, \r\n'))).toThrow(
      expect.objectContaining({ reason: 'fileEmpty' }),
    );
    expect(looksBinary('姓名,电话\n张三,139')).toBe(false);
  });
});

describe('the register’s words', () => {
  it('recognise the usual Chinese and English headers, with stars, spaces and remarks around them', () => {
    expect(fieldOfHeader('公民身份号码')).toBe('idNumber');
    expect(fieldOfHeader('身份证号码（必填）')).toBe('idNumber');
    expect(fieldOfHeader('* 姓 名')).toBe('name');
    expect(fieldOfHeader('手机号码')).toBe('phone');
    expect(fieldOfHeader('Date of birth')).toBe('birthDate');
    expect(fieldOfHeader('所属网格')).toBe('grid');
  });

  it('do not take a header that only contains a known word, such as 户主姓名', () => {
    expect(fieldOfHeader('户主姓名')).toBeNull();
    expect(fieldOfHeader('序号')).toBeNull();
  });

  it('map the values registers write to the register’s categories', () => {
    expect(['户主', '配偶', '之子', '长女', '母亲', '岳父'].map(relationOf)).toEqual([
      'head',
      'spouse',
      'son',
      'daughter',
      'parent',
      'parent_in_law',
    ]);
    expect(['户籍', '流动人口', '未落户', '境外'].map(residenceTypeOf)).toEqual([
      'registered',
      'floating',
      'unregistered',
      'foreign',
    ]);
    expect(['人户同在', '户在人不在', '人在户不在'].map(residenceStatusOf)).toEqual([
      'present_registered',
      'registered_absent',
      'present_unregistered',
    ]);
    expect(['群众', '共青团员', '中共党员', '中共预备党员'].map(politicalStatusOf)).toEqual([
      'masses',
      'league_member',
      'party_member',
      'probationary_member',
    ]);
    expect(['自住', '出租', '空置', '商用'].map(houseUseOf)).toEqual([
      'owner_occupied',
      'rented',
      'vacant',
      'commercial',
    ]);
    expect(['独居老人', '低保户', '残疾人', '社区矫正对象'].map(tagOf)).toEqual([
      'elderly_alone',
      'minimum_allowance',
      'disabled',
      'community_correction',
    ]);
    expect(relationOf('表舅')).toBeNull();
  });
});

describe('a cell', () => {
  it('gives a date in the forms desks type it, or says it holds only a month', () => {
    expect(['1985-03-07', '1985/3/7', '1985.3.7', '1985年3月7日', '19850307'].map(parseDate)).toEqual(
      Array(5).fill('1985-03-07'),
    );
    expect(parseDate('1985年3月')).toBe('partial');
    expect(parseDate('三月七日')).toBeNull();
  });

  it('gives the first phone number, a mobile without its spaces or +86', () => {
    expect(cleanPhone('139 1234 5678')).toBe('13912345678');
    expect(cleanPhone('+86 139-1234-5678')).toBe('13912345678');
    expect(cleanPhone('0523-86123456 / 13912345678')).toBe('0523-86123456');
  });

  it('completes 汉 to 汉族 and reads tags with a risk level', () => {
    expect([cleanEthnicity('汉'), cleanEthnicity('回族'), cleanEthnicity('其他')]).toEqual(['汉族', '回族', '其他']);
    const unknown: string[] = [];
    expect(parseTags('独居老人、严重精神障碍（高） 低保户,表演者', (word) => unknown.push(word))).toEqual([
      { tag: 'elderly_alone' },
      { tag: 'severe_mental_disorder', riskLevel: 'high' },
      { tag: 'minimum_allowance' },
    ]);
    expect(unknown).toEqual(['表演者']);
  });
});

describe('an address', () => {
  it('is split into estate, building, unit and room', () => {
    expect(parseAddress('振兴花园3栋2单元501室')).toEqual({
      estate: '振兴花园',
      building: '3',
      unit: '2',
      room: '501',
    });
    expect(parseAddress('人民路18号2单元301')).toEqual({ estate: '人民路', building: '18', unit: '2', room: '301' });
    expect(parseAddress('振兴花园 3号楼 1201')).toEqual({
      estate: '振兴花园',
      building: '3',
      unit: null,
      room: '1201',
    });
    expect(parseAddress('华润24城5幢二单元602室')).toEqual({
      estate: '华润24城',
      building: '5',
      unit: '2',
      room: '602',
    });
    expect(parseAddress('振兴花园3-2-501')).toEqual({ estate: '振兴花园', building: '3', unit: '2', room: '501' });
  });

  it('loses the province, city, district, street and community written before the estate', () => {
    const places = ['天目山街道', '振兴社区'];
    expect(parseAddress('江苏省泰州市姜堰区天目山街道振兴社区振兴花园3栋2单元501室', places)?.estate).toBe('振兴花园');
    expect(parseAddress('泰州市姜堰区振兴花园3栋501室')?.estate).toBe('振兴花园');
    expect(parseAddress('东方小区3栋501室', places)?.estate).toBe('东方小区');
  });

  it('that names no room in a building is not guessed at', () => {
    expect(parseAddress('人民路18号')).toBeNull();
    expect(parseAddress('振兴花园3栋2单元')).toBeNull();
    expect(parseAddress('不详')).toBeNull();
    expect(parseAddress('')).toBeNull();
  });
});

describe('the formula guard', () => {
  it('puts a single quote before text a spreadsheet would run: = + - @ tab and CR', () => {
    expect(neutraliseFormula('=cmd|"/c calc"!A1')).toBe('\'=cmd|"/c calc"!A1');
    expect(neutraliseFormula('+86 139')).toBe("'+86 139");
    expect(neutraliseFormula('-1+1')).toBe("'-1+1");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
  });

  it('leaves everything else as it is', () => {
    expect(neutraliseFormula('王建国')).toBe('王建国');
    expect(neutraliseFormula('3210**********123X')).toBe('3210**********123X');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
  });
});
