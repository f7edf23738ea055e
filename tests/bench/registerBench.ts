// The register's hot operations at district scale: search while typing, and importing 100,000 rows.
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type { GridDesk } from '../../src/main/app';
import { storeUpload } from '../../src/main/services/transfer/uploads';
import { checkCharOf } from '../../src/shared/domain/idNumber';
import { type BenchRow, cycling, time } from './measure';

interface Sample {
  name: string;
  initials: string;
  pinyin: string;
  idNumber: string;
  phone: string;
}

function call(desk: GridDesk, token: string, procedure: string, input: unknown) {
  const answer = desk.router.call(procedure, input, { token, lang: 'zh-CN' });
  if (!answer.ok) throw new Error(`${procedure}: ${answer.error.message}`);
  return answer.data;
}

export function searchBenchmarks(desk: GridDesk, token: string, repetitions = 300): BenchRow[] {
  const { sqlite } = desk.database;
  // Residents spread over the whole table, so queries are not all answered from one warm page.
  const samples = sqlite
    .prepare(
      `select name, initials, pinyin, id_number as idNumber, phone from residents
       where id_number is not null and phone is not null and id % 4999 = 0 limit 300`,
    )
    .all() as Sample[];
  const kinds: { label: string; query: (s: Sample) => string; floorSql: string; floorArg: (q: string) => string }[] = [
    {
      label: 'initials (zs)',
      query: (s) => s.initials.slice(0, 3),
      floorSql: 'select id, name, household_id from residents where initials >= ? and initials < ? limit 20',
      floorArg: (q) => q,
    },
    {
      label: 'full pinyin prefix',
      query: (s) => s.pinyin.slice(0, 7),
      floorSql: 'select id, name, household_id from residents where pinyin >= ? and pinyin < ? limit 20',
      floorArg: (q) => q,
    },
    {
      label: 'name',
      query: (s) => s.name,
      floorSql: 'select id, name, household_id from residents where name >= ? and name < ? limit 20',
      floorArg: (q) => q,
    },
    {
      label: 'last 4 of ID number',
      query: (s) => s.idNumber.slice(-4),
      floorSql: '',
      floorArg: (q) => q,
    },
    {
      label: 'middle of a phone',
      query: (s) => s.phone.slice(3, 8),
      floorSql: '',
      floorArg: (q) => q,
    },
  ];
  return kinds.map((kind) => {
    const next = cycling(samples.map(kind.query));
    const timing = time(() => call(desk, token, 'residents.search', { query: next(), limit: 20 }), repetitions);
    let floor = null;
    if (kind.floorSql) {
      const statement = sqlite.prepare(kind.floorSql);
      const nextFloor = cycling(samples.map(kind.query));
      floor = time(() => {
        const q = kind.floorArg(nextFloor());
        return statement.all(q, `${q}\uffff`);
      }, repetitions);
    }
    return { operation: `residents.search: ${kind.label}`, timing, floor, targetMs: 50 };
  });
}

/** A real-looking register sheet of `rows` new people on existing micro-grids, as the desk would receive it. */
async function importSheet(desk: GridDesk, rows: number, run: number): Promise<Buffer> {
  const codes = desk.database.sqlite
    .prepare("select code from grids where level = 'micro_grid' and archived_at is null and code is not null")
    .pluck()
    .all() as string[];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('居民');
  sheet.addRow(['姓名', '公民身份号码', '联系电话', '与户主关系', '户籍类型', '住址', '所属网格']);
  const surnames = '王李张刘陈杨黄赵吴周';
  const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红';
  const relations = ['户主', '配偶', '子'];
  for (let i = 0; i < rows; i++) {
    // Families of three: a head, a spouse and a child at one address.
    const home = Math.floor(i / 3);
    const birth = new Date(Date.UTC(1950, 0, 1) + (i % 20_000) * 86_400_000).toISOString().slice(0, 10);
    // Region 110105 (Beijing), sequence from the row and the run: new to the district, unique in the file.
    const sequence = run * 5 + Math.floor(i / 20_000);
    const stem = `110105${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    sheet.addRow([
      `${surnames[home % 10]}${given[i % given.length]}${given[Math.floor(i / given.length) % given.length]}`,
      stem + checkCharOf(stem),
      `139${String(10_000_000 + i).slice(-8)}`,
      relations[i % 3],
      '户籍',
      `导入${'甲乙丙丁戊己庚辛壬癸'[run % 10]}村${Math.floor(home / 100) + 1}栋${(home % 4) + 1}单元${101 + Math.floor((home % 100) / 4)}室`,
      codes[home % codes.length],
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function importBenchmarks(
  desk: GridDesk,
  token: string,
  actorId: number,
  rows = 100_000,
): Promise<BenchRow[]> {
  // Each run imports new people, since the bench keeps its district database between runs.
  const run = (desk.database.sqlite.prepare('select count(*) as n from import_batches').get() as { n: number }).n;
  const bytes = await importSheet(desk, rows, run);
  const once = (operation: string, elapsed: number): BenchRow => ({
    operation,
    timing: { median: elapsed, p95: elapsed },
    floor: null,
    targetMs: Number.NaN,
  });

  let start = performance.now();
  const stored = await storeUpload(desk.router.dataDir, {
    fileName: `bench-${run}.xlsx`,
    bytes,
    actorId,
    now: Date.now(),
  });
  const read = performance.now() - start;

  start = performance.now();
  const preview = call(desk, token, 'imports.preview', { uploadId: stored.uploadId }) as {
    invalidCount: number;
    columns: { index: number; field: string | null }[];
  };
  const previewed = performance.now() - start;

  start = performance.now();
  const mapping = Object.fromEntries(preview.columns.map((c) => [String(c.index), c.field]));
  const result = call(desk, token, 'imports.commit', { uploadId: stored.uploadId, mapping }) as {
    residentsAdded: number;
  };
  const committed = performance.now() - start;
  if (result.residentsAdded !== rows) {
    throw new Error(`import added ${result.residentsAdded} of ${rows} (invalid: ${preview.invalidCount})`);
  }
  const label = rows.toLocaleString('en');
  return [
    once(`import ${label} rows: read the .xlsx`, read),
    once(`import ${label} rows: preview`, previewed),
    once(`import ${label} rows: commit`, committed),
    { ...once(`import ${label} rows: all three`, read + previewed + committed), targetMs: 20_000 },
  ];
}
