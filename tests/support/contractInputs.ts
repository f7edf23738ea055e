// Inputs and callers for the contract under attack: records worth naming, sampled from the demo, and hints that steer
// inputs drawn from each procedure's schema to real ids and to values validation accepts, with hostile ones mixed in.
import type { Database as Sqlite } from 'better-sqlite3';
import fc from 'fast-check';
import { toJSONSchema } from 'zod';
import { contract, type ProcedureName } from '../../src/shared/contract';
import type { Procedure } from '../../src/shared/contract/procedure';
import { checkCharOf } from '../../src/shared/domain/idNumber';
import { type Role, roleHasPermission, roles } from '../../src/shared/domain/roles';
import { hostileText, hostileValue, spoiled } from './hostileInput';
import { arbitraryOf, integerIn, type JsonSchema, type SchemaHints } from './schemaArbitrary';
import { defaultNow } from './testGridDesk';

export type Caller = { kind: 'none' } | { kind: 'forged'; token: string } | { kind: 'role'; role: Role };

/** Records worth naming, sampled from the demo: ids per table, each with its version where the table keeps one. */
export interface Pools {
  rows: Map<string, { id: number; version?: number }[]>;
  usernames: string[];
  words: string[];
  idNumbers: string[];
  caseNumbers: string[];
  uploadIds: string[];
  attachmentHashes: string[];
  backupNames: string[];
}

/** The table an `id` names, by procedure. */
const idTables: [RegExp, string][] = [
  [/^users\./, 'users'],
  [/^grids\./, 'grids'],
  [/^households\./, 'households'],
  [/^residents\./, 'residents'],
  [/^cases\.attachmentFile$/, 'case_attachments'],
  [/^cases\.removeView$/, 'case_views'],
  [/^cases\.updateCategory$/, 'case_categories'],
  [/^(cases|wishes)\./, 'cases'],
  [/^party\.(branch|updateBranch)$/, 'party_branches'],
  [/^party\.(member|updateMember|changeMember)$/, 'party_members'],
  [/^party\.(meeting|updateMeeting)$/, 'party_meetings'],
  [/^team\.(staffMember|updateStaff|changeStaff)$/, 'staff'],
  [/^team\.training$/, 'training_sessions'],
  [/^team\.savePlace$/, 'places'],
  [/^team\.removeDeduction$/, 'assessment_deductions'],
];

/** The table other id fields name, whatever the procedure. */
const keyTables: Record<string, string> = {
  gridId: 'grids',
  householdId: 'households',
  residentId: 'residents',
  caseId: 'cases',
  categoryId: 'case_categories',
  staffId: 'staff',
  inspectorStaffId: 'staff',
  memberId: 'party_members',
  claimantMemberId: 'party_members',
  branchId: 'party_branches',
  placeId: 'places',
  assignmentId: 'grid_staff',
  handlerUserId: 'users',
  secretaryUserId: 'users',
};

function tableFor(procedure: string, key: string): string | undefined {
  if (key === 'id') return idTables.find(([pattern]) => pattern.test(procedure))?.[1];
  if (key === 'parentId') return procedure.startsWith('cases.') ? 'case_categories' : 'grids';
  return keyTables[key];
}

/** A valid ID number nobody on the register holds (born in Beijing between 1930 and 2020). */
const newIdNumber = fc
  .tuple(
    fc.integer({ min: 1930, max: 2020 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([y, m, d, seq]) => {
    const first17 = `110105${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
    return first17 + checkCharOf(first17);
  });

const phoneNumber = fc.oneof(
  fc
    .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }))
    .map(([d, n]) => `1${d}${String(n).padStart(9, '0')}`),
  fc.integer({ min: 1_000_000, max: 99_999_999 }).map((n) => `0512-${n}`),
);

/**
 * `text` padded and cut to a length zod lets through once it has trimmed it (counted in UTF-16 units, as zod
 * counts), so hostile text reaches the service instead of stopping at validation.
 */
function fitted(text: string, min: number, max: number): string {
  const long = text.trim().length >= min ? text : `${'王'.repeat(min)}${text}`;
  return long.slice(0, max);
}

/** An epoch instant near the test clock's now, as patrols and hotline deadlines carry. */
const instantNearNow = fc.integer({ min: -90 * 86_400_000, max: 30 * 86_400_000 }).map((offset) => defaultNow + offset);

/** Samples the demo for records worth naming; uploads and attachments are added once stored. */
export function samplePools(db: Sqlite): Pools {
  const pools: Pools = {
    rows: new Map(),
    usernames: [],
    words: [],
    idNumbers: [],
    caseNumbers: [],
    uploadIds: [],
    attachmentHashes: [],
    backupNames: [],
  };
  const tables = new Set([...Object.values(keyTables), ...idTables.map(([, table]) => table)]);
  for (const table of tables) {
    const hasVersion = (db.pragma(`table_info("${table}")`) as { name: string }[]).some((c) => c.name === 'version');
    const rows = db
      .prepare(`select id${hasVersion ? ', version' : ''} from "${table}" order by random() limit 150`)
      .all() as { id: number; version?: number }[];
    pools.rows.set(table, rows);
  }
  pools.usernames = db.prepare('select username from users').pluck().all() as string[];
  pools.idNumbers = db
    .prepare('select id_number from residents where id_number is not null limit 50')
    .pluck()
    .all() as string[];
  pools.caseNumbers = db.prepare('select number from cases order by random() limit 50').pluck().all() as string[];
  pools.words = [
    ...(db.prepare('select name from residents order by random() limit 40').pluck().all() as string[]),
    ...(db.prepare('select distinct estate from households limit 20').pluck().all() as string[]),
    ...(db.prepare('select name from grids limit 20').pluck().all() as string[]),
    '王',
    'smy',
    '3210',
    '138',
    '环境卫生',
    '路灯不亮，晚上出行不便',
  ];
  return pools;
}

/** The hints that steer drawn inputs to real records and to values validation accepts. */
function hintsFor(procedure: ProcedureName, pools: Pools): SchemaHints {
  const realIds = (table: string | undefined) => {
    const rows = table ? pools.rows.get(table) : undefined;
    return rows && rows.length > 0 ? fc.constantFrom(...rows.map((r) => r.id)) : undefined;
  };
  const anyIds = fc.constantFrom(...[...pools.rows.values()].flat().map((r) => r.id));
  const realistic = fc.constantFrom(...pools.words);
  return {
    text: (min, max) =>
      fc
        .oneof(
          { weight: 6, arbitrary: realistic },
          { weight: 2, arbitrary: hostileText },
          { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, min + 20) }) },
          { weight: 1, arbitrary: fc.constant('长'.repeat(max)) },
        )
        .map((text) => fitted(text, min, max)),
    field: (key, schema) => {
      if (schema.type === 'integer') {
        const bounds = integerIn(
          schema.exclusiveMinimum !== undefined
            ? schema.exclusiveMinimum + 1
            : (schema.minimum ?? Number.MIN_SAFE_INTEGER),
          schema.maximum ?? Number.MAX_SAFE_INTEGER,
        );
        const real = realIds(tableFor(procedure, key));
        if (real) return fc.oneof({ weight: 6, arbitrary: real }, { weight: 1, arbitrary: bounds });
        if (key === 'version')
          return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 8 }) }, { weight: 1, arbitrary: bounds });
        if (key === 'cursor' || key === 'entityId') return fc.oneof(anyIds, bounds);
        if (/At$|Deadline$/.test(key))
          return fc.oneof({ weight: 4, arbitrary: instantNearNow }, { weight: 1, arbitrary: bounds });
        return undefined;
      }
      if (schema.type !== 'string') return undefined;
      if (key === 'uploadId' && pools.uploadIds.length > 0)
        return fc.oneof(fc.constantFrom(...pools.uploadIds), fc.stringMatching(/^[a-f0-9]{64}$/));
      if (key === 'sha256' && pools.attachmentHashes.length > 0)
        return fc.oneof(fc.constantFrom(...pools.attachmentHashes), fc.stringMatching(/^[a-f0-9]{64}$/));
      if (key === 'name' && procedure.startsWith('backups.') && pools.backupNames.length > 0) {
        return fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...pools.backupNames) },
          { weight: 1, arbitrary: hostileText },
        );
      }
      if (schema.pattern || schema.format) return undefined;
      if (/phone$/i.test(key))
        return fc.oneof({ weight: 6, arbitrary: phoneNumber }, { weight: 1, arbitrary: hostileText });
      if (key === 'idNumber') {
        return fc.oneof(
          { weight: 4, arbitrary: newIdNumber },
          { weight: 1, arbitrary: fc.constantFrom(...pools.idNumbers) },
          { weight: 1, arbitrary: hostileText },
        );
      }
      if (key === 'username')
        return fc.oneof(fc.constantFrom(...pools.usernames), fc.stringMatching(/^[a-z0-9_.-]{3,32}$/), hostileText);
      if (/password$/i.test(key))
        return fc.oneof(fc.constant('demo1234'), fc.constant('Strong-pass-2026'), hostileText);
      if (/Number$/.test(key) && pools.caseNumbers.length > 0)
        return fc.oneof(fc.constantFrom(...pools.caseNumbers), hostileText);
      return undefined;
    },
    object: (keys) => {
      if (!keys.includes('version')) return undefined;
      const idKey = keys.includes('id') ? 'id' : keys.find((key) => key.endsWith('Id') && tableFor(procedure, key));
      const rows = idKey
        ? pools.rows.get(tableFor(procedure, idKey) ?? '')?.filter((r) => r.version !== undefined)
        : undefined;
      if (!idKey || !rows || rows.length === 0) return undefined;
      return fc.constantFrom(...rows).map((row) => (value: Record<string, unknown>) => {
        value[idKey] = row.id;
        value.version = row.version;
      });
    },
  };
}

/** Inputs for a procedure: mostly drawn from its schema, some of those spoiled in one part, some plain hostile. */
export function inputsFor(procedure: ProcedureName, pools: Pools): fc.Arbitrary<unknown> {
  const schema = toJSONSchema(contract[procedure].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const valid = arbitraryOf(schema, hintsFor(procedure, pools));
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 3, arbitrary: valid.chain(spoiled) },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** Callers: nobody, a forged token, and every role, those the procedure admits more often. */
export function callersFor(procedure: ProcedureName): fc.Arbitrary<Caller> {
  const access = (contract[procedure] as Procedure).access;
  const admits = (role: Role) => access === 'public' || access === 'signedIn' || roleHasPermission(role, access);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<Caller>({ kind: 'none' }) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(fc.base64String({ minLength: 40, maxLength: 44 }), hostileText)
        .map((token): Caller => ({ kind: 'forged', token })),
    },
    ...roles.map((role) => ({ weight: admits(role) ? 4 : 1, arbitrary: fc.constant<Caller>({ kind: 'role', role }) })),
  );
}
