// exports.cases: the case list the desk is looking at, every page of it, as a Chinese sheet like the register's
// exports: the same query and visibility as cases.list (caseListQuery), the description whole, labels from the
// Chinese catalogue the screens use, the contact's phone as the role sees a resident's.
import { desc, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import { caseLabels } from '../../../shared/i18n/caseLabels';
import { cases } from '../../db/schema/cases';
import { caseConditions } from '../cases/caseListQuery';
import { caseRowColumns, toCaseRows } from '../cases/caseRows';
import type { Ctx, Handlers } from '../context';
import { phoneForActor } from '../residentViews';
import { type Column, safeRow, saveExport, timeText } from './exports';

/** Sheets are written in Chinese whatever the screen's language, as the register's exports are. */
const words = caseLabels['zh-CN'];
/** A sheet larger than this is refused: the same bound as an import, and a filter narrows it. */
export const maxExportCases = 200_000;

/** Cases read and turned into rows this many at a time, so names and paths are looked up in batches. */
const batch = 1_000;

const caseColumns: Column[] = [
  ['编号', 16],
  ['状态', 8],
  ['类型', 8],
  ['来源', 10],
  ['分类', 22],
  ['诉求内容', 50],
  ['居民', 10],
  ['地址', 30],
  ['网格', 30],
  ['联系人', 10],
  ['联系电话', 16],
  ['12345工单号', 16],
  ['登记时间', 17],
  ['受理时限', 17],
  ['办结时限', 17],
  ['办结时间', 17],
  ['办理人', 10],
  ['满意度', 10],
  ['是否超期', 8],
];

/** What a row needs beyond the list's own columns. */
const exportColumns = {
  ...caseRowColumns,
  fullDescription: cases.description,
  contactName: cases.contactName,
  contactPhone: cases.contactPhone,
  acceptBy: cases.acceptBy,
  satisfaction: cases.satisfaction,
};

/** Refuses before reading a case when the filters match more than a sheet may hold. */
function refuseTooMany(ctx: Ctx, where: ReturnType<typeof caseConditions>): void {
  const matching = ctx.db
    .select({ one: sql`1` })
    .from(cases)
    .where(where)
    .limit(maxExportCases + 1);
  const counted = ctx.db.select({ n: sql<number>`count(*)` }).from(matching.as('matching')).get()?.n ?? 0;
  if (counted > maxExportCases) {
    throw new AppError('VALIDATION', `More than ${maxExportCases} cases match; narrow the filters and export again.`, {
      reason: 'tooManyCasesToExport',
      params: { max: maxExportCases },
    });
  }
}

/** Every matching case as a sheet row, newest first, in the order cases.list pages through them. */
function caseSheetRows(ctx: Ctx, filters: Parameters<typeof caseConditions>[1]): string[][] {
  const where = caseConditions(ctx, filters);
  refuseTooMany(ctx, where);
  const records = ctx.db.select(exportColumns).from(cases).where(where).orderBy(desc(cases.id)).all();
  // The sheet is Chinese throughout, like the register's: the category path too, whatever the screen's language.
  const zhCtx: Ctx = { ...ctx, lang: 'zh-CN' };
  const time = (at: number | null) => (at === null ? '' : timeText(at));
  const sheet: string[][] = [];
  for (let start = 0; start < records.length; start += batch) {
    const chunk = records.slice(start, start + batch);
    const rows = toCaseRows(zhCtx, chunk);
    rows.forEach((row, i) => {
      const record = chunk[i] as (typeof chunk)[number];
      sheet.push(
        safeRow([
          row.number,
          words.caseStatuses[row.status],
          words.caseKinds[row.kind],
          words.caseSources[row.source],
          row.categoryPath,
          record.fullDescription,
          row.residentName,
          row.address,
          row.gridPath,
          record.contactName,
          phoneForActor(ctx, record.contactPhone),
          row.hotlineOrderNo,
          time(row.registeredAt),
          time(record.acceptBy),
          time(row.resolveBy),
          time(row.resolvedAt),
          row.handlerName,
          record.satisfaction === null ? '' : words.satisfactions[record.satisfaction],
          row.deadlineState === 'overdue' ? '是' : '否',
        ]),
      );
    });
  }
  return sheet;
}

export const caseExportHandlers: Handlers<'exports.cases'> = {
  'exports.cases': (ctx, input) => {
    const rows = caseSheetRows(ctx, input.filters);
    const file = saveExport(ctx, '诉求列表', caseColumns, rows);
    ctx.audit.record({
      entity: 'exports',
      entityId: null,
      after: { fileName: file.fileName, filters: input.filters, rowCount: rows.length },
    });
    return file;
  },
};
