// The case desk's hot operations at district scale (500,000 cases): a page of the case list under each kind of
// filter (first page and one further down by keyset), the case page of a 50-step timeline, and a month's rates.
// Each beside its raw SQL floor: the same rows by one hand-written prepared statement.
import type Database from 'better-sqlite3';
import type { GridDesk } from '../../src/main/app';
import type { CaseFilters } from '../../src/shared/contract/cases';
import { startOfLocalDate } from '../../src/shared/domain/dates';
import { type BenchRow, cycling, time } from './measure';

function call<T>(desk: GridDesk, token: string, procedure: string, input: unknown): T {
  const answer = desk.router.call(procedure, input, { token, lang: 'zh-CN' });
  if (!answer.ok) throw new Error(`${procedure}: ${answer.error.message}`);
  return answer.data as T;
}

/** The columns a case-list row reads, as the floor selects them. */
const rowColumns = `id, number, kind, source, status, urgency, category_id, description, grid_id, address, resident_id,
  handler_name, hotline_order_no, registered_at, resolve_by, resolved_at, supervision_level, extension_pending`;
const openStatuses = "('registered', 'accepted', 'assigned', 'claimed', 'in_progress', 'escalated')";
const pageSize = 50;

interface ListCase {
  label: string;
  filters: CaseFilters | (() => CaseFilters);
  /** The floor's condition over `cases`, and its parameters (the cursor is added last). */
  where: string;
  params: () => unknown[];
}

function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

function listCases(sqlite: Database.Database, now: number): ListCase[] {
  const one = <T>(sql: string) => sqlite.prepare(sql).get() as T;
  const grid = one<{ id: number }>("select id from grids where level = 'grid' order by id limit 1").id;
  const micro = (sqlite.prepare('select id from grids where parent_id = ?').pluck().all(grid) as number[]).join(', ');
  const noise = one<{ id: number }>("select id from case_categories where name = '噪声扰民'").id;
  const handler = one<{ id: number }>("select id from users where username = 'grid'").id;
  const month = new Date(now - 200 * 86_400_000).toISOString().slice(0, 7);
  const { from, to } = monthRange(month);
  const fromMs = startOfLocalDate(from);
  const toMs = startOfLocalDate(to) + 86_400_000;
  const community = one<{ id: number }>("select id from grids where level = 'community' order by id limit 1").id;
  const inCommunity = (
    sqlite
      .prepare(
        `with recursive below(id) as (select ? union all select g.id from grids g join below b on g.parent_id = b.id)
         select id from below`,
      )
      .pluck()
      .all(community) as number[]
  ).join(', ');
  const environment = one<{ id: number }>("select id from case_categories where name = '环境卫生'").id;
  const quarterFrom = monthRange(new Date(now - 300 * 86_400_000).toISOString().slice(0, 7)).from;
  const quarterTo = monthRange(new Date(now - 240 * 86_400_000).toISOString().slice(0, 7)).to;
  const numbers = sqlite.prepare('select number from cases where id % 9973 = 0 limit 100').pluck().all() as string[];
  const nextNumber = cycling(numbers);
  let currentNumber = numbers[0] ?? '';
  return [
    { label: 'no filter', filters: {}, where: '1', params: () => [] },
    {
      label: 'open',
      filters: { open: true },
      where: `resolved_at is null and status <> 'voided' and status in ${openStatuses}`,
      params: () => [],
    },
    { label: 'a grid', filters: { gridId: grid }, where: `grid_id in (${micro})`, params: () => [] },
    { label: 'a category', filters: { categoryId: noise }, where: 'category_id = ?', params: () => [noise] },
    {
      label: 'overdue',
      filters: { deadline: 'overdue' },
      where: `resolved_at is null and status <> 'voided' and status in ${openStatuses} and resolve_by < ?`,
      params: () => [now],
    },
    { label: '12345', filters: { source: ['hotline'] }, where: "source = 'hotline'", params: () => [] },
    {
      label: `a month (${month})`,
      filters: { registeredFrom: from, registeredTo: to },
      where: 'registered_at >= ? and registered_at < ?',
      params: () => [fromMs, toMs],
    },
    { label: 'handler', filters: { handlerUserId: handler }, where: 'handler_user_id = ?', params: () => [handler] },
    {
      label: 'closed + a community + a top category + a quarter',
      filters: {
        status: ['closed'],
        gridId: community,
        categoryId: environment,
        registeredFrom: quarterFrom,
        registeredTo: quarterTo,
      },
      where: `status = 'closed' and grid_id in (${inCommunity}) and top_category_id = ? and registered_at >= ? and registered_at < ?`,
      params: () => [environment, startOfLocalDate(quarterFrom), startOfLocalDate(quarterTo) + 86_400_000],
    },
    {
      label: 'demands and wishes + 12345 + a community',
      filters: { kind: ['demand', 'wish'], source: ['hotline'], gridId: community },
      where: `kind in ('demand', 'wish') and source = 'hotline' and grid_id in (${inCommunity})`,
      params: () => [],
    },
    {
      label: 'text: a two-character word (噪声)',
      filters: { text: '噪声' },
      where: "(description like '%噪声%' or contact_name like '%噪声%')",
      params: () => [],
    },
    {
      label: 'text: a case number',
      filters: () => {
        currentNumber = nextNumber();
        return { text: currentNumber };
      },
      where: 'number = ?',
      params: () => [currentNumber],
    },
  ];
}

export function caseListBenchmarks(desk: GridDesk, token: string, now: number, repetitions = 100): BenchRow[] {
  const { sqlite } = desk.database;
  const rows: BenchRow[] = [];
  for (const c of listCases(sqlite, now)) {
    const filtersOf = () => (typeof c.filters === 'function' ? c.filters() : c.filters);
    // A page further down: follow the cursor ten pages (or as far as the list goes).
    let cursor: number | undefined;
    for (let i = 0; i < 10; i++) {
      const page = call<{ nextCursor: number | null }>(desk, token, 'cases.list', {
        filters: filtersOf(),
        cursor,
        limit: pageSize,
      });
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    // The page's ids from the narrowest index first, then their rows: the fastest one statement we know.
    const pageOf = (where: string) =>
      sqlite.prepare(
        `select ${rowColumns} from cases where id in (select id from cases where ${where} order by id desc limit ?)
         order by id desc`,
      );
    const first = pageOf(c.where);
    const later = pageOf(`(${c.where}) and id < ?`);
    const list = (at?: number) => () =>
      call(desk, token, 'cases.list', { filters: filtersOf(), cursor: at, limit: pageSize });
    rows.push({
      operation: `cases.list: ${c.label}`,
      timing: time(list(), repetitions),
      floor: time(() => first.all(...c.params(), pageSize + 1), repetitions),
      targetMs: 30,
    });
    if (cursor !== undefined) {
      const at = cursor;
      rows.push({
        operation: `cases.list: ${c.label}, page 11`,
        timing: time(list(at), repetitions),
        floor: time(() => later.all(...c.params(), at, pageSize + 1), repetitions),
        targetMs: 30,
      });
    }
  }
  return rows;
}

export function caseBenchmarks(desk: GridDesk, token: string, now: number, repetitions = 100): BenchRow[] {
  const { sqlite } = desk.database;
  const long = sqlite
    .prepare(
      `select c.id from cases c where (select count(*) from case_events e where e.case_id = c.id) >= 50
       order by c.id desc limit 1`,
    )
    .pluck()
    .get() as number | undefined;
  if (long === undefined) throw new Error('The district has no case with a 50-step timeline.');
  const steps = sqlite.prepare('select count(*) from case_events where case_id = ?').pluck().get(long) as number;
  const caseFloor = sqlite.prepare(
    'select c.*, e.* from cases c join case_events e on e.case_id = c.id where c.id = ? order by e.id',
  );
  const month = new Date(now - 40 * 86_400_000).toISOString().slice(0, 7);
  const { from, to } = monthRange(month);
  const fromMs = startOfLocalDate(from);
  const toMs = startOfLocalDate(to) + 86_400_000;
  // The floor counts what the rates count, without the 30-day repeat lookup.
  const ratesFloor = sqlite.prepare(
    `select
       (select count(*) from cases where registered_at >= @from and registered_at < @to and status <> 'voided') as newCases,
       (select count(*) from cases where registered_at >= @from and registered_at < @to and source = 'hotline') as hotline,
       (select count(*) || '/' || sum(first_handling_resolved) || '/' || sum(resolved_at <= resolve_by) from cases
         where resolved_at >= @from and resolved_at < @to and status <> 'voided') as resolved,
       (select count(*) || '/' || sum(satisfaction in ('satisfied', 'basically_satisfied')) from cases
         where followed_up_at >= @from and followed_up_at < @to) as followedUp`,
  );
  return [
    ...caseListBenchmarks(desk, token, now, repetitions),
    {
      operation: `cases.get: ${steps}-step timeline`,
      timing: time(() => call(desk, token, 'cases.get', { id: long }), repetitions),
      floor: time(() => caseFloor.all(long), repetitions),
      targetMs: 10,
    },
    {
      operation: `cases.rates: ${month}, the street`,
      timing: time(() => call(desk, token, 'cases.rates', { from, to }), 30, 3),
      floor: time(() => ratesFloor.get({ from: fromMs, to: toMs }), 30, 3),
      targetMs: 100,
    },
  ];
}
