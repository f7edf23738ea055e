// exports.residents and exports.households (the filtered lists, as the lists show them: ID numbers masked, phones
// as the role sees them) and exports.changes (every resident changed since the last such export, whole, for the
// city platform 泰治理; audited).
import { and, asc, desc, eq, gt, inArray, lte, type SQL } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ResidentSummary } from '../../../shared/contract/residents';
import { localDate } from '../../../shared/domain/dates';
import type { Gender, LifeStatus } from '../../../shared/domain/residents';
import { exportMarks, grids, households, residents } from '../../db/schema';
import type { Ctx, Handlers, SignedInCtx } from '../context';
import { householdsHandlers } from '../households';
import type { StoredTag } from '../register';
import { residentsHandlers } from '../residents';
import { loadTags, phoneForActor, visibleTags } from '../residentViews';
import { gridPaths, inGrids, visibleGridIds } from '../scope';
import { neutraliseFormula } from './cellSafety';
import { writeExport } from './exportFiles';
import {
  genderWords,
  houseUseWords,
  politicalStatusWords,
  relationWords,
  residenceStatusWords,
  residenceTypeWords,
  riskLevelWords,
  tagWords,
  wordFor,
} from './vocabulary';

const lifeStatusWords: Record<LifeStatus, string> = { active: '在册', moved_out: '迁出', deceased: '死亡' };

/** 独居老人、严重精神障碍（高）. */
function tagsText(tags: readonly StoredTag[]): string {
  return tags
    .map((t) => wordFor(tagWords, t.tag) + (t.riskLevel ? `（${wordFor(riskLevelWords, t.riskLevel)}）` : ''))
    .join('、');
}

/** Every cell through the formula guard: names, notes and addresses are typed by people. */
export function safeRow(cells: (string | null | undefined)[]): string[] {
  return cells.map((cell) => neutraliseFormula(cell ?? ''));
}

/** A column of an export: its header as the city platform and desks expect it, and its width in characters. */
export type Column = readonly [header: string, width: number];

const listColumns: Column[] = [
  ['姓名', 10],
  ['性别', 6],
  ['出生日期', 12],
  ['公民身份号码', 22],
  ['联系电话', 16],
  ['与户主关系', 10],
  ['户籍类型', 10],
  ['人户状态', 12],
  ['政治面貌', 12],
  ['住址', 30],
  ['所属网格', 30],
  ['标签', 24],
];

/** Every page of residents.list for the filters: the same rows, scope and masking as the screen's list. */
function listedResidents(ctx: Ctx, input: ParsedInputOf<'exports.residents'>) {
  const rows: ReturnType<(typeof residentsHandlers)['residents.list']>['rows'] = [];
  let cursor: number | null = null;
  do {
    const page = residentsHandlers['residents.list'](ctx, {
      ...input,
      lifeStatus: 'active',
      limit: 200,
      ...(cursor === null ? {} : { cursor }),
    });
    rows.push(...page.rows);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return rows;
}

const householdListColumns: Column[] = [
  ['地址', 30],
  ['网格', 30],
  ['房屋用途', 10],
  ['户主', 10],
  ['人数', 6],
  ['最近走访', 12],
  ['房东', 10],
  ['房东电话', 16],
];

/**
 * Every page of households.list for the filters (the same rows and scope as the screen's list), each with the
 * landlord of a rented home; the landlord's phone as the actor would see a resident's.
 */
function listedHouseholds(ctx: Ctx, input: ParsedInputOf<'exports.households'>) {
  const rows: (ReturnType<(typeof householdsHandlers)['households.list']>['rows'][number] & {
    landlordName: string | null;
    landlordPhone: string | null;
  })[] = [];
  let cursor: number | null = null;
  do {
    const page = householdsHandlers['households.list'](ctx, {
      ...input,
      limit: 200,
      ...(cursor === null ? {} : { cursor }),
    });
    const rentedIds = page.rows.filter((h) => h.houseUse === 'rented').map((h) => h.id);
    const landlords = new Map(
      rentedIds.length === 0
        ? []
        : ctx.db
            .select({ id: households.id, name: households.landlordName, phone: households.landlordPhone })
            .from(households)
            .where(inArray(households.id, rentedIds))
            .all()
            .map((l) => [l.id, l]),
    );
    for (const h of page.rows) {
      const landlord = landlords.get(h.id);
      rows.push({
        ...h,
        landlordName: landlord?.name ?? null,
        landlordPhone: phoneForActor(ctx, landlord?.phone ?? null),
      });
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  return rows;
}

const changesColumns: Column[] = [
  ['变更类型', 8],
  ['变更时间', 18],
  ['姓名', 10],
  ['公民身份号码', 22],
  ['性别', 6],
  ['出生日期', 12],
  ['联系电话', 16],
  ['民族', 8],
  ['与户主关系', 10],
  ['户籍类型', 10],
  ['人户状态', 12],
  ['政治面貌', 12],
  ['人员状态', 8],
  ['状态日期', 12],
  ['住址', 30],
  ['所属网格', 30],
  ['网格编号', 14],
  ['标签', 24],
];

/** 性别 as a register writes it. */
function genderText(gender: Gender | null): string {
  return gender ? wordFor(genderWords, gender) : '';
}

/** 与户主关系, 户籍类型, 人户状态, 政治面貌, in that order, as a register writes them. */
function categoryCells(
  r: Pick<ResidentSummary, 'relationToHead' | 'residenceType' | 'residenceStatus' | 'politicalStatus'>,
) {
  return [
    wordFor(relationWords, r.relationToHead),
    wordFor(residenceTypeWords, r.residenceType),
    wordFor(residenceStatusWords, r.residenceStatus),
    wordFor(politicalStatusWords, r.politicalStatus),
  ];
}

/** Writes an export for its maker: `<name>-YYYY-MM-DD.xlsx` with one sheet named `name`. */
export function saveExport(ctx: Ctx, name: string, columns: Column[], rows: string[][]) {
  const { actor } = ctx as SignedInCtx;
  const now = ctx.clock.now();
  const fileName = `${name}-${localDate(now)}.xlsx`;
  const downloadId = writeExport(
    ctx.dataDir,
    { sheetName: name, header: columns.map(([header]) => header), rows, widths: columns.map(([, width]) => width) },
    { fileName, actorId: actor.userId, now },
  );
  return { downloadId, fileName, rowCount: rows.length };
}

export function timeText(epochMs: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(epochMs));
  return `${localDate(epochMs)} ${parts}`;
}

export const exportHandlers: Handlers<'exports.residents' | 'exports.households' | 'exports.changes'> = {
  'exports.residents': (ctx, input) => {
    const rows = listedResidents(ctx, input).map((r) =>
      safeRow([
        r.name,
        genderText(r.gender),
        r.birthDate,
        r.maskedIdNumber,
        r.phone,
        ...categoryCells(r),
        r.address,
        r.gridPath,
        tagsText(r.tags),
      ]),
    );
    const file = saveExport(ctx, '居民名单', listColumns, rows);
    ctx.audit.record({
      entity: 'exports',
      entityId: null,
      after: { fileName: file.fileName, filters: input, rowCount: rows.length },
    });
    return file;
  },

  'exports.households': (ctx, input) => {
    const rows = listedHouseholds(ctx, input).map((h) =>
      safeRow([
        h.address,
        h.gridPath,
        wordFor(houseUseWords, h.houseUse),
        h.headName,
        String(h.memberCount),
        h.lastVisitDate,
        h.landlordName,
        h.landlordPhone,
      ]),
    );
    const file = saveExport(ctx, '住户名单', householdListColumns, rows);
    ctx.audit.record({
      entity: 'exports',
      entityId: null,
      after: { fileName: file.fileName, filters: input, rowCount: rows.length },
    });
    return file;
  },

  'exports.changes': (ctx) => {
    const { actor } = ctx as SignedInCtx;
    const now = ctx.clock.now();
    const last = ctx.db
      .select({ exportedAt: exportMarks.exportedAt })
      .from(exportMarks)
      .where(eq(exportMarks.kind, 'city_platform'))
      .orderBy(desc(exportMarks.exportedAt))
      .get();
    const since = last?.exportedAt ?? null;
    const gridIds = visibleGridIds(ctx);
    const filters: (SQL | undefined)[] = [
      since === null ? undefined : gt(residents.updatedAt, since),
      lte(residents.updatedAt, now),
      gridIds === null ? undefined : inGrids(households.gridId, gridIds),
    ];
    const changed = ctx.db
      .select({ resident: residents, address: households.address, gridId: households.gridId, gridCode: grids.code })
      .from(residents)
      .innerJoin(households, eq(households.id, residents.householdId))
      .innerJoin(grids, eq(grids.id, households.gridId))
      .where(and(...filters))
      .orderBy(asc(residents.updatedAt), asc(residents.id))
      .all();
    const tags = loadTags(
      ctx,
      changed.map((c) => c.resident.id),
    );
    const paths = gridPaths(
      ctx,
      changed.map((c) => c.gridId),
    );
    const rows = changed.map(({ resident: r, address, gridId, gridCode }) => {
      const change =
        r.lifeStatus !== 'active'
          ? lifeStatusWords[r.lifeStatus]
          : since === null || r.createdAt > since
            ? '新增'
            : '变更';
      return safeRow([
        change,
        timeText(r.updatedAt),
        r.name,
        r.idNumber,
        genderText(r.gender),
        r.birthDate,
        r.phone,
        r.ethnicity,
        ...categoryCells(r),
        lifeStatusWords[r.lifeStatus],
        r.lifeStatusDate,
        address,
        paths.get(gridId),
        gridCode,
        tagsText(visibleTags(ctx, tags.get(r.id) ?? [])),
      ]);
    });
    const file = saveExport(ctx, '人员变更', changesColumns, rows);
    const mark = ctx.db
      .insert(exportMarks)
      .values({ kind: 'city_platform', exportedAt: now, actorId: actor.userId, rowCount: rows.length })
      .returning()
      .get();
    // Whole ID numbers and phones leave the centre with this file: the audit log says so.
    ctx.audit.record({
      entity: 'export_marks',
      entityId: mark.id,
      after: { fileName: file.fileName, since, rowCount: rows.length, wholeIdNumbers: true },
    });
    return { ...file, since };
  },
};
