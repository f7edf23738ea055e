// The register's hot operations at district scale: search while typing, and importing 100,000 rows.
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { GridDesk } from '../../src/main/app';
import { withSearchIndexesAfterLoad } from '../../src/main/db/searchIndexLoad';
import { addressKeyPrefixOf } from '../../src/main/services/addresses';
import { storeUpload } from '../../src/main/services/transfer/uploads';
import { checkCharOf } from '../../src/shared/domain/idNumber';
import {
  chainLink,
  gridJoins,
  gridPathSql,
  maskedIdNumberSql,
  maskedPhoneSql,
  sameIds,
  scratchAuditTable,
} from './floorSql';
import { type BenchRow, cycling, timeBeside } from './measure';

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

/** Above every character a name, pinyin, number or address key can hold: the upper end of a prefix range. */
const highest = '\u{10FFFF}';

/** A strategy: the index it starts from, its condition there, and the same test on the row's own columns. */
type Arm = { matchedBy: string; from: string; where: string; test: string };
const fromResidents = 'from residents r cross join households h on h.id = r.household_id';
const viaTrigrams = (table: string) =>
  `from ${table} f cross join residents r on r.id = f.rowid cross join households h on h.id = r.household_id`;
const onColumns = (matchedBy: string, where: string, from = fromResidents): Arm => ({
  matchedBy,
  from,
  where,
  test: where,
});

/** The strategies residents.search runs for a query, by hand: which index, which condition, which rank. */
export function searchArms(query: string): { arms: Arm[]; params: Record<string, string> } {
  const q = query.trim();
  const arms: Arm[] = [onColumns('name', 'r.name = @q'), onColumns('name', 'r.name >= @q and r.name < @qHigh')];
  const params: Record<string, string> = { q, qHigh: q + highest, letters: q.toLowerCase(), pattern: `%${q}%` };
  params.lettersHigh = params.letters + highest;
  if (/^[a-z]+$/i.test(q)) {
    arms.push(onColumns('initials', 'r.initials >= @letters and r.initials < @lettersHigh'));
    arms.push(onColumns('pinyin', 'r.pinyin >= @letters and r.pinyin < @lettersHigh'));
  }
  // Parts of numbers of three characters up to eleven, by their trigram indexes (the queries timed here are such).
  if (/^\d[\dX]*$/i.test(q) && q.length >= 3 && q.length < 12) {
    params.idPattern = `%${q.toUpperCase()}%`;
    const from = viaTrigrams('residents_id_number_fts');
    arms.push({
      matchedBy: 'idNumber',
      from,
      where: 'f.id_number like @idPattern',
      test: 'r.id_number like @idPattern',
    });
  }
  if (/^\d+$/.test(q) && q.length >= 3 && q.length < 11) {
    const from = viaTrigrams('residents_phone_fts');
    arms.push({ matchedBy: 'phone', from, where: 'f.phone like @pattern', test: 'r.phone like @pattern' });
  }
  if (/[^\sA-Za-z0-9-]/.test(q)) {
    if ([...q].length >= 3) {
      arms.push({
        matchedBy: 'address',
        from: 'from households_address_fts f cross join households h on h.id = f.rowid cross join residents r on r.household_id = h.id',
        where: 'f.address like @pattern',
        test: 'h.address like @pattern',
      });
    } else {
      params.key = addressKeyPrefixOf(q);
      params.keyHigh = params.key + highest;
      const where = 'h.address_key >= @key and h.address_key < @keyHigh';
      arms.push(onColumns('address', where, 'from households h cross join residents r on r.household_id = h.id'));
    }
  }
  return { arms, params };
}

/**
 * The floor of a search: one statement giving the same hits with the same columns: the strategies one after another
 * (active residents first, then former ones), each leaving out whom an earlier one found, read no further than the
 * limit, with masked numbers and the grid path.
 */
export function searchFloor(sqlite: Database.Database, arms: Arm[]): Database.Statement {
  const armSql = (arm: Arm, i: number, active: boolean) => {
    const earlier = arms.slice(0, i).map((a) => `(${a.test})`);
    // A former resident's earlier strategies include every active one: they were tested, and found no room.
    const notBefore = earlier.length > 0 ? `and not (${earlier.join(' or ')})` : '';
    return `select * from (select r.id as residentId, '${arm.matchedBy}' as matchedBy ${arm.from}
       where ${arm.where} ${notBefore} and r.life_status ${active ? "= 'active'" : "<> 'active'"}
       and h.archived_at is null limit @limit)`;
  };
  const union = [true, false].flatMap((active) => arms.map((arm, i) => armSql(arm, i, active))).join(' union all ');
  return sqlite.prepare(
    `select r.id as residentId, r.name, r.gender, r.birth_date as birthDate, ${maskedIdNumberSql('r.id_number')} as maskedIdNumber,
            ${maskedPhoneSql('r.phone')} as maskedPhone, r.life_status as lifeStatus, h.id as householdId, h.address,
            ${gridPathSql} as gridPath, hits.matchedBy
       from (select * from (${union}) limit @limit) hits cross join residents r on r.id = hits.residentId
       cross join households h on h.id = r.household_id ${gridJoins('h.grid_id')}`,
  );
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
  const kinds: { label: string; query: (s: Sample) => string }[] = [
    { label: 'initials (zs)', query: (s) => s.initials.slice(0, 3) },
    { label: 'full pinyin prefix', query: (s) => s.pinyin.slice(0, 7) },
    { label: 'name', query: (s) => s.name },
    { label: 'last 4 of ID number', query: (s) => s.idNumber.slice(-4) },
    { label: 'middle of a phone', query: (s) => s.phone.slice(3, 8) },
  ];
  return kinds.map((kind) => {
    const queries = samples.map(kind.query);
    // Each query's floor statement and parameters, made before timing (a name's arms depend on its length).
    const floors = queries.map((query) => {
      const { arms, params } = searchArms(query);
      return { statement: searchFloor(sqlite, arms), params: { ...params, limit: 20 } };
    });
    const first = queries[0] ?? '';
    const answer = call(desk, token, 'residents.search', { query: first, limit: 20 }) as { residentId: number }[];
    const floorRows = floors[0]?.statement.all(floors[0].params) as { residentId: number }[];
    sameIds(
      `residents.search: ${kind.label} (${first})`,
      [...answer.map((hit) => hit.residentId)].sort((a, b) => a - b),
      [...floorRows.map((hit) => hit.residentId)].sort((a, b) => a - b),
    );
    const next = cycling(queries);
    const nextFloor = cycling(floors);
    const { timing, floor } = timeBeside(
      () => call(desk, token, 'residents.search', { query: next(), limit: 20 }),
      () => {
        const { statement, params } = nextFloor();
        return statement.all(params);
      },
      repetitions,
    );
    return { operation: `residents.search: ${kind.label}`, timing, floor, targetMs: 50 };
  });
}

/** A real-looking register sheet of `rows` new people on existing micro-grids, as the desk would receive it. */
export async function importSheet(desk: GridDesk, rows: number, run: number): Promise<Buffer> {
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
      `导入${'甲乙丙丁戊己庚辛壬癸'[run % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(run / 10) % 12]}村${Math.floor(home / 100) + 1}栋${(home % 4) + 1}单元${101 + Math.floor((home % 100) / 4)}室`,
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

  const before = lastIds(desk.database.sqlite);
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
  const floorMs = importFloor(desk.database.sqlite, before);
  const label = rows.toLocaleString('en');
  return [
    once(`import ${label} rows: read the .xlsx`, read),
    once(`import ${label} rows: preview`, previewed),
    { ...once(`import ${label} rows: commit`, committed), floor: { median: floorMs, p95: floorMs } },
    { ...once(`import ${label} rows: all three`, read + previewed + committed), targetMs: 20_000 },
  ];
}

interface LastIds {
  household: number;
  resident: number;
  audit: number;
}

export function lastIds(sqlite: Database.Database): LastIds {
  const last = (table: string) => sqlite.prepare(`select coalesce(max(id), 0) from ${table}`).pluck().get() as number;
  return { household: last('households'), resident: last('residents'), audit: last('audit_log') };
}

/**
 * The commit's floor: the rows it wrote (households, residents, their tags and the audit rows) written again by
 * prepared inserts of positional values in one transaction, committed; the copies are deleted afterwards, untimed,
 * so the district keeps only what the import added. Like the commit, the floor indexes the new rows for search once,
 * at the end (db/searchIndexLoad.ts), and links each audit row to the one before by hash; the audit rows go to a
 * scratch table shaped like audit_log, whose own chain must stay whole. So that the copies do not collide with the rows
 * they copy yet land beside them in every index, as the import's did, their ID numbers take another check character
 * and their address keys a suffix. Reading the rows back is not timed.
 */
/** The same ID number with a check character it cannot have: unique, and next to it in the index. */
const otherCheckCharacter = (idNumber: string) => idNumber.slice(0, 17) + (idNumber.endsWith('X') ? '0' : 'X');

export function importFloor(sqlite: Database.Database, after: LastIds): number {
  const imported = lastIds(sqlite);
  const columnsOf = (table: string) =>
    (sqlite.prepare('select name from pragma_table_info(?)').pluck().all(table) as string[]).filter((c) => c !== 'id');
  const readRows = (table: string, columns: string[], key: string, from: number) =>
    sqlite
      .prepare(`select ${columns.join(', ')} from ${table} where ${key} > ? order by rowid`)
      .raw()
      .all(from) as unknown[][];
  const insertInto = (table: string, columns: string[]) =>
    sqlite.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);

  const householdColumns = columnsOf('households');
  const residentColumns = columnsOf('residents');
  const tagColumns = columnsOf('resident_tags');
  const auditColumns = columnsOf('audit_log');
  const householdRows = readRows('households', ['id', ...householdColumns], 'id', after.household);
  const residentRows = readRows('residents', ['id', ...residentColumns], 'id', after.resident);
  const tagRows = readRows('resident_tags', tagColumns, 'resident_id', after.resident);
  const auditRows = readRows('audit_log', auditColumns, 'id', after.audit);
  const at = (columns: string[], name: string) => columns.indexOf(name);
  const addressKey = at(householdColumns, 'address_key');
  const householdOf = at(residentColumns, 'household_id');
  const idNumberAt = at(residentColumns, 'id_number');
  const tagResident = at(tagColumns, 'resident_id');
  const prevHashAt = at(auditColumns, 'prev_hash');
  const hashAt = at(auditColumns, 'hash');

  const scratchAudit = scratchAuditTable(sqlite);
  const insertHousehold = insertInto('households', householdColumns);
  const insertResident = insertInto('residents', residentColumns);
  const insertTag = insertInto('resident_tags', tagColumns);
  const insertAudit = insertInto(scratchAudit.name, auditColumns);
  // The same page cache as the commit's (transfer/imports.ts).
  const usualCache = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma('cache_size = -262144');
  let committed = false;
  const start = performance.now();
  sqlite.exec('begin immediate');
  try {
    const households = new Map<unknown, number | bigint>();
    const residentIds = new Map<unknown, number | bigint>();
    withSearchIndexesAfterLoad(sqlite, 'households', 'newRows', () =>
      withSearchIndexesAfterLoad(sqlite, 'residents', 'newRows', () => {
        for (const [id, ...values] of householdRows) {
          values[addressKey] = `${values[addressKey]} floor`;
          households.set(id, insertHousehold.run(values).lastInsertRowid);
        }
        for (const [id, ...values] of residentRows) {
          const idNumber = values[idNumberAt];
          if (typeof idNumber === 'string') values[idNumberAt] = otherCheckCharacter(idNumber);
          values[householdOf] = households.get(values[householdOf]) ?? values[householdOf];
          residentIds.set(id, insertResident.run(values).lastInsertRowid);
        }
      }),
    );
    for (const values of tagRows) {
      values[tagResident] = residentIds.get(values[tagResident]);
      insertTag.run(values);
    }
    let prevHash = '';
    for (const values of auditRows) {
      const fields = values.filter((_, i) => i !== prevHashAt && i !== hashAt);
      values[prevHashAt] = prevHash;
      prevHash = chainLink(prevHash, fields);
      values[hashAt] = prevHash;
      insertAudit.run(values);
    }
    sqlite.exec('commit');
    committed = true;
    return performance.now() - start;
  } finally {
    if (!committed) sqlite.exec('rollback');
    else removeRowsAfter(sqlite, imported);
    scratchAudit.drop();
    sqlite.pragma(`cache_size = ${Number(usualCache)}`);
  }
}

/** Deletes the floor's copies: every household, resident and tag after the import's last ones. */
function removeRowsAfter(sqlite: Database.Database, last: LastIds): void {
  sqlite.transaction(() => {
    sqlite.prepare('delete from resident_tags where resident_id > ?').run(last.resident);
    sqlite.prepare('delete from residents where id > ?').run(last.resident);
    sqlite.prepare('delete from households where id > ?').run(last.household);
  })();
}
