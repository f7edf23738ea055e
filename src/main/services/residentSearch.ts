// Search while typing (residents.search): a handful of strategies, each limited, merged best first.
// Ranks: exact name, name prefix, initials, pinyin, ID number, phone, address; active residents before former ones.
// Each strategy starts from an index (b-tree range or FTS5 trigram), never from a scan of residents, with the
// actor's scope applied inside SQL so its limit still fills. A grid worker whose grids hold few households (a
// sparse scope, where an index walk would pass thousands of other people's rows) is served the other way round, in
// one pass: their households by the grid index, each resident tested against every strategy at once and ranked by
// the first it meets (at 1,000,000 residents: about 5 ms for a micro-grid of 7,000 households).
import type Database from 'better-sqlite3';
import type { SearchHit } from '../../shared/contract/residents';
import { maskPhone } from '../../shared/domain/masking';
import { addressKeyPrefixOf } from './addresses';
import type { Ctx, Handlers } from './context';
import { maskedIdNumberOf } from './residentViews';
import { scopeGridIds, withGridPaths } from './scope';

type MatchedBy = SearchHit['matchedBy'];

/**
 * One strategy: the index it starts from (`from`, joining `r` residents and `h` households) with its condition
 * (`where`), and the same test on the residents' and households' own columns (`test`), for the one-pass plan.
 */
export interface SearchStatement {
  matchedBy: MatchedBy;
  from: string;
  where: string;
  test: string;
  params: Record<string, string | number>;
}

/** Up to this many households in scope, reading them all beats walking an index past everyone else's rows. */
const onePassUpTo = 20_000;

/** Above every character a name, pinyin, number or address key can hold: the upper end of a prefix range. */
const highest = '\u{10FFFF}';

const selectHit = `select r.id as residentId, r.name, r.gender, r.birth_date as birthDate, r.id_number as idNumber,
  r.phone, r.life_status as lifeStatus, h.id as householdId, h.address, h.grid_id as gridId`;

const fromResidents = 'from residents r cross join households h on h.id = r.household_id';
const fromHouseholds = 'from households h cross join residents r on r.household_id = h.id';
const fromTrigrams = (table: string) =>
  `from ${table} f cross join residents r on r.id = f.rowid cross join households h on h.id = r.household_id`;
const fromAddressTrigrams =
  'from households_address_fts f cross join households h on h.id = f.rowid cross join residents r on r.household_id = h.id';

function prefix(from: string, column: string, matchedBy: MatchedBy, value: string): SearchStatement {
  const where = `${column} >= :low and ${column} < :high`;
  return { matchedBy, from, where, test: where, params: { low: value, high: value + highest } };
}

function exact(column: string, matchedBy: MatchedBy, value: string): SearchStatement {
  const where = `${column} = :value`;
  return { matchedBy, from: fromResidents, where, test: where, params: { value } };
}

/** Any part of a column, by its trigram table (`f`, which carries the column under the same name). */
function contains(from: string, column: string, matchedBy: MatchedBy, value: string): SearchStatement {
  const [, name] = column.split('.');
  return {
    matchedBy,
    from,
    where: `f.${name} like :pattern`,
    test: `${column} like :pattern`,
    params: { pattern: `%${value}%` },
  };
}

/** The strategies a query calls for, best rank first. */
export function searchStatements(query: string): SearchStatement[] {
  const text = query.normalize('NFKC').trim();
  const compact = text.replace(/\s+/g, '');
  const statements: SearchStatement[] = [exact('r.name', 'name', text), prefix(fromResidents, 'r.name', 'name', text)];
  const letters = compact.toLowerCase();
  if (/^[a-z]+$/.test(letters)) {
    statements.push(prefix(fromResidents, 'r.initials', 'initials', letters));
    statements.push(prefix(fromResidents, 'r.pinyin', 'pinyin', letters));
  }
  // Numbers: whole ones by their index; long ones as typed from the start (a b-tree range); any part of three
  // characters or more by the trigram index; one or two characters as a prefix.
  const idText = compact.toUpperCase();
  if (/^\d[\dX]*$/.test(idText)) {
    if (idText.length === 18) statements.push(exact('r.id_number', 'idNumber', idText));
    else if (idText.length >= 12 || idText.length < 3) {
      statements.push(prefix(fromResidents, 'r.id_number', 'idNumber', idText));
    } else statements.push(contains(fromTrigrams('residents_id_number_fts'), 'r.id_number', 'idNumber', idText));
  }
  if (/^\d[\d-]*$/.test(compact) && compact.length <= 13) {
    if (/^1\d{10}$/.test(compact)) statements.push(exact('r.phone', 'phone', compact));
    else if (compact.length >= 3)
      statements.push(contains(fromTrigrams('residents_phone_fts'), 'r.phone', 'phone', compact));
    else statements.push(prefix(fromResidents, 'r.phone', 'phone', compact));
  }
  if (/[^\sA-Za-z0-9-]/.test(text)) {
    // The trigram index takes no ESCAPE clause: LIKE's own wildcards are dropped from the text instead.
    const address = compact.replace(/[%_]/g, '');
    if ([...address].length >= 3) {
      statements.push(contains(fromAddressTrigrams, 'h.address', 'address', address));
    } else if (address) {
      statements.push(prefix(fromHouseholds, 'h.address_key', 'address', addressKeyPrefixOf(address)));
    }
  }
  return statements;
}

const inScope = 'h.grid_id in (select value from json_each(:grids))';

/** The whole SQL of a statement: active or former residents, within the scope when there is one. */
export function searchSql(statement: SearchStatement, options: { active: boolean; scoped: boolean }): string {
  return [
    selectHit,
    `${statement.from} where ${statement.where}`,
    options.scoped ? `and ${inScope}` : '',
    options.active ? "and r.life_status = 'active'" : "and r.life_status <> 'active'",
    'and h.archived_at is null limit :limit',
  ].join(' ');
}

/**
 * Every strategy in one pass over the residents of the scope's households: the first test a resident meets is
 * their rank. Each statement's parameters are numbered, so `:low` of one does not meet `:low` of another.
 */
export function onePassSearch(statements: SearchStatement[]): { sql: string; params: Record<string, string | number> } {
  const numbered = statements.map((statement, i) => ({
    test: statement.test.replace(/:(\w+)/g, `:$1_${i}`),
    params: Object.fromEntries(Object.entries(statement.params).map(([key, value]) => [`${key}_${i}`, value])),
  }));
  const rank = numbered.map((n, i) => `when ${n.test} then ${i}`).join(' ');
  return {
    sql: `${selectHit}, case ${rank} end as rank ${fromHouseholds}
      where ${inScope} and h.archived_at is null and (${numbered.map((n) => n.test).join(' or ')})
      order by r.life_status <> 'active', rank, r.id limit :limit`,
    params: Object.assign({}, ...numbered.map((n) => n.params)),
  };
}

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(sqlite: Database.Database, sql: string): Database.Statement {
  let cache = statementCache.get(sqlite);
  if (!cache) {
    cache = new Map();
    statementCache.set(sqlite, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

export interface HitRow {
  residentId: number;
  name: string;
  gender: SearchHit['gender'];
  birthDate: string | null;
  idNumber: string | null;
  phone: string | null;
  lifeStatus: SearchHit['lifeStatus'];
  householdId: number;
  address: string;
  gridId: number;
}

/** Whether the scope holds few enough households for the one-pass plan: counted no further than the threshold. */
function isSmallScope(ctx: Ctx, grids: string): boolean {
  const sql = `select count(*) from (select 1 from households where grid_id in (select value from json_each(?))
    limit ${onePassUpTo + 1})`;
  return (prepared(ctx.sqlite, sql).pluck().get(grids) as number) <= onePassUpTo;
}

export type FoundRow = HitRow & { matchedBy: MatchedBy };

/** Strategy by strategy, each from its index: active residents first, former ones to fill what is left. */
function byIndexes(ctx: Ctx, statements: SearchStatement[], limit: number, grids: string | null): FoundRow[] {
  const found = new Map<number, FoundRow>();
  for (const active of [true, false]) {
    for (const statement of statements) {
      if (found.size >= limit) break;
      const sql = searchSql(statement, { active, scoped: grids !== null });
      const params = { ...statement.params, ...(grids === null ? {} : { grids }), limit };
      for (const row of prepared(ctx.sqlite, sql).all(params) as HitRow[]) {
        if (!found.has(row.residentId)) found.set(row.residentId, { ...row, matchedBy: statement.matchedBy });
      }
    }
  }
  return [...found.values()].slice(0, limit);
}

function inOnePass(ctx: Ctx, statements: SearchStatement[], limit: number, grids: string): FoundRow[] {
  const { sql, params } = onePassSearch(statements);
  const rows = prepared(ctx.sqlite, sql).all({ ...params, grids, limit }) as (HitRow & { rank: number })[];
  return rows.map(({ rank, ...row }) => ({ ...row, matchedBy: statements[rank]?.matchedBy ?? 'name' }));
}

/**
 * The residents the statements find within the given grids (null: everywhere), best first, active before former,
 * by the plan that suits the scope's size. Other lookups (party.residentCandidates) search through here too.
 */
export function findResidents(
  ctx: Ctx,
  statements: SearchStatement[],
  limit: number,
  scope: readonly number[] | null,
): FoundRow[] {
  if (scope !== null && scope.length === 0) return [];
  const grids = scope === null ? null : JSON.stringify(scope);
  return grids !== null && isSmallScope(ctx, grids)
    ? inOnePass(ctx, statements, limit, grids)
    : byIndexes(ctx, statements, limit, grids);
}

export const residentSearchHandlers: Handlers<'residents.search'> = {
  'residents.search': (ctx: Ctx, input) => {
    const found = findResidents(ctx, searchStatements(input.query), input.limit, scopeGridIds(ctx));
    return withGridPaths(ctx, found).map(({ idNumber, phone, gridId: _grid, ...hit }) => ({
      ...hit,
      maskedIdNumber: maskedIdNumberOf(idNumber),
      maskedPhone: phone === null ? null : maskPhone(phone),
    }));
  },
};
