// The case desk's hot operations at district scale (500,000 cases): a page of the case list under each kind of
// filter (first page and one further down by keyset), the case page of a 50-step timeline, and a month's rates.
// Each beside its raw SQL floor: the same rows by one hand-written prepared statement.
import type Database from 'better-sqlite3';
import type { GridDesk } from '../../src/main/app';
import type { CaseFilters } from '../../src/shared/contract/cases';
import { dueSoonMs } from '../../src/shared/domain/caseDeadlines';
import { startOfLocalDate } from '../../src/shared/domain/dates';
import {
  chainLink,
  deadlineStateSql,
  gridJoins,
  gridPathSql,
  sameIds,
  scratchAuditTable,
  withJsonParsed,
} from './floorSql';
import { type BenchRow, cycling, timeBeside } from './measure';

function call<T>(desk: GridDesk, token: string, procedure: string, input: unknown): T {
  const answer = desk.router.call(procedure, input, { token, lang: 'zh-CN' });
  if (!answer.ok) throw new Error(`${procedure}: ${answer.error.message}`);
  return answer.data as T;
}

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
    { label: 'a category', filters: { categoryId: noise }, where: 'category_id = @p1', params: () => [noise] },
    {
      label: 'overdue',
      filters: { deadline: 'overdue' },
      where: `resolved_at is null and status <> 'voided' and status in ${openStatuses} and resolve_by < @p1`,
      params: () => [now],
    },
    { label: '12345', filters: { source: ['hotline'] }, where: "source = 'hotline'", params: () => [] },
    {
      label: `a month (${month})`,
      filters: { registeredFrom: from, registeredTo: to },
      where: 'registered_at >= @p1 and registered_at < @p2',
      params: () => [fromMs, toMs],
    },
    { label: 'handler', filters: { handlerUserId: handler }, where: 'handler_user_id = @p1', params: () => [handler] },
    {
      label: 'closed + a community + a top category + a quarter',
      filters: {
        status: ['closed'],
        gridId: community,
        categoryId: environment,
        registeredFrom: quarterFrom,
        registeredTo: quarterTo,
      },
      where: `+status = 'closed' and grid_id in (${inCommunity}) and top_category_id = @p1 and registered_at >= @p2 and registered_at < @p3`,
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
      where: 'number = @p1',
      params: () => [currentNumber],
    },
  ];
}

/**
 * The floor of a case-list page: one statement giving the page's rows with every column of a caseRow (category path,
 * grid path, the resident's name, the summary, the deadline state) and the total counted up to the cap, as
 * listCases answers. The page's ids come first from the narrowest index, then their rows.
 */
function casePageFloor(sqlite: Database.Database, where: string, cap: number, now: number): Database.Statement {
  return sqlite.prepare(
    `with page(id) as (select id from cases where ${where} order by id desc limit @limit)
     select c.id, c.number, c.kind, c.source, c.status, c.urgency, c.category_id as categoryId,
            case when parent.id is null then k.name else parent.name || ' / ' || k.name end as categoryPath,
            substr(c.description, 1, 120) as summary, c.grid_id as gridId, ${gridPathSql} as gridPath, c.address,
            r.name as residentName, c.handler_name as handlerName, c.hotline_order_no as hotlineOrderNo,
            c.registered_at as registeredAt, c.resolve_by as resolveBy, c.resolved_at as resolvedAt,
            ${deadlineStateSql(String(now), dueSoonMs)} as deadlineState,
            c.supervision_level as supervisionLevel, c.extension_pending as extensionPending,
            (select count(*) from (select 1 from cases where ${where.replace(/ and id < @cursor$/, '')} limit ${cap + 1})) as counted
       from page cross join cases c on c.id = page.id
       cross join case_categories k on k.id = c.category_id left join case_categories parent on parent.id = k.parent_id
       ${gridJoins('c.grid_id')}
       left join residents r on r.id = c.resident_id
      order by c.id desc`,
  );
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
    // Words of one or two characters are counted to a lower cap (caseListQuery.shortTextCountCap).
    const cap = /^text: a two-character/.test(c.label) ? 1_000 : 10_000;
    const first = casePageFloor(sqlite, c.where, cap, now);
    const later = casePageFloor(sqlite, `(${c.where}) and id < @cursor`, cap, now);
    const bind = (at?: number) => ({
      ...paramsOf(c.params()),
      limit: pageSize + 1,
      ...(at === undefined ? {} : { cursor: at }),
    });
    const list = (at?: number) => () =>
      call<{ rows: { id: number }[] }>(desk, token, 'cases.list', {
        filters: filtersOf(),
        cursor: at,
        limit: pageSize,
      });
    const check = (label: string, at?: number) =>
      sameIds(
        label,
        list(at)().rows.map((r) => r.id),
        (first === undefined ? [] : ((at === undefined ? first : later).all(bind(at)) as { id: number }[]))
          .slice(0, pageSize)
          .map((r) => r.id),
      );
    check(c.label);
    rows.push({
      operation: `cases.list: ${c.label}`,
      ...timeBeside(list(), () => first.all(bind()), repetitions),
      targetMs: 30,
    });
    if (cursor !== undefined) {
      const at = cursor;
      check(`${c.label}, page 11`, at);
      rows.push({
        operation: `cases.list: ${c.label}, page 11`,
        ...timeBeside(list(at), () => later.all(bind(at)), repetitions),
        targetMs: 30,
      });
    }
  }
  return rows;
}

/** Positional parameters as the named ones the floors bind: p1, p2, … */
function paramsOf(values: unknown[]): Record<string, unknown> {
  return Object.fromEntries(values.map((value, i) => [`p${i + 1}`, value]));
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
  // The case page in one statement: the case with its joined names and paths, its timeline and attachments as JSON.
  const caseFloor = sqlite.prepare(
    `select c.*, case when parent.id is null then k.name else parent.name || ' / ' || k.name end as categoryPath,
            substr(c.description, 1, 120) as summary, ${gridPathSql} as gridPath, r.name as residentName,
            ${deadlineStateSql(String(now), dueSoonMs)} as deadlineState, h.address as householdAddress,
            d.number as duplicateNumber, u.display_name as registeredByName,
            (select json_group_array(json_object('id', e.id, 'kind', e.kind, 'fromStatus', e.from_status,
                      'toStatus', e.to_status, 'actorName', e.actor_name, 'at', e.at, 'note', e.note,
                      'data', json(coalesce(e.data, '{}'))))
               from (select * from case_events where case_id = c.id order by id) e) as timeline,
            (select json_group_array(json_object('id', a.id, 'fileName', a.file_name, 'mediaType', a.media_type,
                      'size', a.size, 'uploadedByName', a.name, 'uploadedAt', a.uploaded_at))
               from (select a.*, au.display_name as name from case_attachments a
                       left join users au on au.id = a.uploaded_by where a.case_id = c.id order by a.id) a) as attachments
       from cases c cross join case_categories k on k.id = c.category_id
       left join case_categories parent on parent.id = k.parent_id
       ${gridJoins('c.grid_id')}
       left join residents r on r.id = c.resident_id left join households h on h.id = c.household_id
       left join cases d on d.id = c.duplicate_of_id left join users u on u.id = c.registered_by
      where c.id = ?`,
  );
  // A case page that shows a caller's phone writes its audit row before answering (sensitiveReads), linked to the
  // row before by hash: the floor reads the last hash, links and writes one row too and commits, into a table shaped
  // and indexed like audit_log (not the log itself, whose chain must stay whole), dropped afterwards.
  const scratchAudit = scratchAuditTable(sqlite);
  const lastHash = sqlite.prepare(`select hash from ${scratchAudit.name} order by rowid desc limit 1`).pluck();
  const readLogged = sqlite.prepare(
    `insert into ${scratchAudit.name} (at, actor_id, action, entity, entity_id, after, prev_hash, hash)
     values (?, null, 'cases.get', 'cases', ?, '{"shown":["callerPhone"]}', ?, ?)`,
  );
  const caseFloorRun = () => {
    const row = withJsonParsed(caseFloor.get(long) as Record<string, unknown>, ['timeline', 'attachments']);
    if (row.contact_phone !== null || row.claimant_phone !== null) {
      sqlite.exec('begin immediate');
      const prevHash = (lastHash.get() as string | undefined) ?? '';
      const at = Date.now();
      readLogged.run(
        at,
        long,
        prevHash,
        chainLink(prevHash, [at, 'cases.get', 'cases', long, '{"shown":["callerPhone"]}']),
      );
      sqlite.exec('commit');
    }
    return row;
  };
  const month = new Date(now - 40 * 86_400_000).toISOString().slice(0, 7);
  const { from, to } = monthRange(month);
  const fromMs = startOfLocalDate(from);
  const toMs = startOfLocalDate(to) + 86_400_000;
  // The rates' counts, each from its period's index (the repeat flag as the triggers keep it), and the rates.
  const ratesFloor = sqlite.prepare(
    `select newCases, hotlineCount, resolved, firstContactResolved, resolvedOnTime, followedUp, satisfied,
            1.0 * firstContactResolved / nullif(resolved, 0) as firstContactRate,
            1.0 * resolvedOnTime / nullif(resolved, 0) as onTimeRate, 1.0 * satisfied / nullif(followedUp, 0) as satisfactionRate
       from (select count(*) as newCases, coalesce(sum(source = 'hotline'), 0) as hotlineCount from cases
              where registered_at >= @from and registered_at < @to and status <> 'voided'),
            (select count(*) as resolved, coalesce(sum(first_handling_resolved = 1 and came_back = 0), 0) as firstContactResolved,
                    coalesce(sum(resolved_at <= resolve_by), 0) as resolvedOnTime from cases
              where resolved_at >= @from and resolved_at < @to and status <> 'voided'),
            (select count(*) as followedUp, coalesce(sum(satisfaction in ('satisfied', 'basically_satisfied')), 0) as satisfied
               from cases where followed_up_at >= @from and followed_up_at < @to and status <> 'voided')`,
  );
  const answered = call<Record<string, unknown>>(desk, token, 'cases.rates', { from, to });
  const counted = ratesFloor.get({ from: fromMs, to: toMs }) as Record<string, unknown>;
  const differing = Object.keys(counted).filter((key) => answered[key] !== counted[key]);
  if (differing.length > 0)
    console.log(`  ! cases.rates: the floor's ${differing.join(', ')} differ from the answer's`);
  const casePage = timeBeside(() => call(desk, token, 'cases.get', { id: long }), caseFloorRun, repetitions);
  scratchAudit.drop();
  return [
    ...caseListBenchmarks(desk, token, now, repetitions),
    { operation: `cases.get: ${steps}-step timeline`, ...casePage, targetMs: 10 },
    {
      operation: `cases.rates: ${month}, the street`,
      ...timeBeside(
        () => call(desk, token, 'cases.rates', { from, to }),
        () => ratesFloor.get({ from: fromMs, to: toMs }),
        30,
      ),
      targetMs: 100,
    },
  ];
}
