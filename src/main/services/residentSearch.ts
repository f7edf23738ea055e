import type { SearchHit } from '../../shared/contract/residents';
import { maskPhone } from '../../shared/domain/masking';
import { addressKeyPrefixOf } from './addresses';
import type { Ctx, Handlers } from './context';
import { maskedIdNumberOf } from './residentViews';
import { gridPaths, scopeGridIds } from './scope';

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
export function searchSql(
  statement: SearchStatement,
  options: { active: boolean; scoped: boolean; rank?: number },
): string {
  return [
    options.rank === undefined ? selectHit : `${selectHit}, ${options.rank} as rank`,
    `${statement.from} where ${statement.where}`,
    options.scoped ? `and ${inScope}` : '',
    options.active ? "and r.life_status = 'active'" : "and r.life_status <> 'active'",
    'and h.archived_at is null limit :limit',
  ].join(' ');
}

/** Each statement's SQL with its parameters numbered, so `:low` of one does not meet `:low` of another. */
function numbered(statements: SearchStatement[]): (SearchStatement & { rank: number })[] {
  return statements.map((statement, i) => ({
    ...statement,
    rank: i,
    where: statement.where.replace(/:(\w+)/g, `:$1_${i}`),
    test: statement.test.replace(/:(\w+)/g, `:$1_${i}`),
  }));
}

/** The statements' parameters, numbered as `numbered` numbers them in the SQL. */
function numberedParams(statements: SearchStatement[]): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  statements.forEach((statement, i) => {
    for (const key in statement.params) params[`${key}_${i}`] = statement.params[key] as string | number;
  });
  return params;
}

/**
 * The SQL for a shape of statements (their indexes and conditions, not their values), written once: a desk types
 * a few kinds of query all day, and writing the SQL costs a fair part of answering one.
 */
const sqlOfShape = new Map<string, string>();
const shapesKept = 256;

function sqlFor(kind: string, statements: SearchStatement[], write: () => string): string {
  const shape = `${kind}\u0002${statements.map((s) => `${s.from}\u0001${s.where}\u0001${s.test}`).join('\u0002')}`;
  let sql = sqlOfShape.get(shape);
  if (sql === undefined) {
    sql = write();
    if (sqlOfShape.size >= shapesKept) sqlOfShape.clear();
    sqlOfShape.set(shape, sql);
  }
  return sql;
}

/** Every strategy in one pass over the residents of the scope's households: the first test a resident meets is their rank. */
export function onePassSearch(statements: SearchStatement[]): { sql: string; params: Record<string, string | number> } {
  const sql = sqlFor('onePass', statements, () => {
    const tests = numbered(statements);
    const rank = tests.map((n) => `when ${n.test} then ${n.rank}`).join(' ');
    return `${selectHit}, case ${rank} end as rank ${fromHouseholds}
      where ${inScope} and h.archived_at is null and (${tests.map((n) => n.test).join(' or ')})
      order by r.life_status <> 'active', rank, r.id limit :limit`;
  });
  return { sql, params: numberedParams(statements) };
}

/**
 * Every strategy from its own index in one statement: active residents first, then former ones, strategy by strategy,
 * each leaving out whom an earlier one found (`is not 1`: a test on a missing number is null, not false), and read no
 * further than the limit. SQLite runs a UNION ALL's parts in order and stops at the outer limit, so a later
 * strategy's index is only read when the earlier ones left room.
 */
export function byIndexesSearch(
  statements: SearchStatement[],
  scoped: boolean,
): { sql: string; params: Record<string, string | number> } {
  const sql = sqlFor(scoped ? 'scoped' : 'everywhere', statements, () => {
    const tests = numbered(statements);
    const parts = [true, false].flatMap((active) =>
      tests.map((n, i) => {
        const earlier = tests.slice(0, i).map((e) => `(${e.test})`);
        const notFoundBefore = earlier.length > 0 ? `and (${earlier.join(' or ')}) is not 1` : '';
        return `select * from (${searchSql({ ...n, where: `${n.where} ${notFoundBefore}` }, { active, scoped, rank: n.rank })})`;
      }),
    );
    return `select * from (${parts.join(' union all ')}) limit :limit`;
  });
  return { sql, params: numberedParams(statements) };
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
  return (ctx.sqlite.prepare(sql).pluck().get(grids) as number) <= onePassUpTo;
}

/** A hit with the rank of the strategy that found it, and that strategy's name. */
export type FoundRow = HitRow & { rank: number; matchedBy: MatchedBy };

/** Names each row's strategy in place: a copy of every row would cost a good part of reading them. */
function namingStrategies(rows: FoundRow[], statements: SearchStatement[]): FoundRow[] {
  for (const row of rows) row.matchedBy = statements[row.rank]?.matchedBy ?? 'name';
  return rows;
}

function byIndexes(ctx: Ctx, statements: SearchStatement[], limit: number, grids: string | null): FoundRow[] {
  const { sql, params } = byIndexesSearch(statements, grids !== null);
  const rows = ctx.sqlite.prepare(sql).all({ ...params, ...(grids === null ? {} : { grids }), limit }) as FoundRow[];
  return namingStrategies(rows, statements);
}

function inOnePass(ctx: Ctx, statements: SearchStatement[], limit: number, grids: string): FoundRow[] {
  const { sql, params } = onePassSearch(statements);
  const rows = ctx.sqlite.prepare(sql).all({ ...params, grids, limit }) as FoundRow[];
  return namingStrategies(rows, statements);
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
  'residents.search': (ctx: Ctx, input): SearchHit[] => {
    const found = findResidents(ctx, searchStatements(input.query), input.limit, scopeGridIds(ctx));
    const paths = gridPaths(
      ctx,
      found.map((hit) => hit.gridId),
    );
    return found.map((hit) => ({
      residentId: hit.residentId,
      name: hit.name,
      gender: hit.gender,
      birthDate: hit.birthDate,
      maskedIdNumber: maskedIdNumberOf(hit.idNumber),
      maskedPhone: hit.phone === null ? null : maskPhone(hit.phone),
      lifeStatus: hit.lifeStatus,
      householdId: hit.householdId,
      address: hit.address,
      gridPath: paths.get(hit.gridId) ?? '',
      matchedBy: hit.matchedBy,
    }));
  },
};
