// exports.monthlySummary's workbook: one sheet per section (a title row with the scope and month, the figures with
// 本月 / 上月 / 环比 / 去年同月 / 同比, then the section's table) and a 说明 sheet with the commentary. Labels are
// statsLabels' in the caller's language; changes are domain/trends', as on screen.
import type { MonthlySummary, SummaryFigure, SummarySection } from '../../../shared/contract/stats';
import { flagMark, type SummaryFigureKind } from '../../../shared/domain/monthlySummary';
import { countChange, rateChange, ratioText } from '../../../shared/domain/trends';
import { statsLabels } from '../../../shared/i18n/statsLabels';
import type { Ctx } from '../context';
import { type ExportTable, writeExport } from '../transfer/exportFiles';
import { timeText } from '../transfer/exports';

type Words = (typeof statsLabels)['zh-CN']['stats'];

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

/** A cell of a figure or table: numbers as numbers (fen as yuan), rates as percentages, nothing as —. */
export function sheetValue(kind: SummaryFigureKind, value: number | null): string | number {
  if (value === null) return '—';
  if (kind === 'rate') return percent(value);
  if (kind === 'fen') return value / 100;
  if (kind === 'flag') return value ? flagMark : '';
  return Math.round(value * 100) / 100;
}

/** 环比 / 同比: a count's difference and ratio, a rate's percentage points. */
export function changeText(words: Words, figure: SummaryFigure, previous: number | null): string {
  if (figure.kind === 'rate') {
    const change = rateChange(figure.value, previous);
    if (change.points === null) return '—';
    return fill(words.sheet.points, { points: `${change.points > 0 ? '+' : ''}${change.points.toFixed(1)}` });
  }
  if (figure.value === null) return '—';
  const change = countChange(figure.value, previous);
  if (change.difference === null) return '—';
  const difference = sheetValue(figure.kind, change.difference) as number;
  const sign = (n: number) => (n > 0 ? '+' : '');
  const ratio = change.ratio === null ? '' : ` (${ratioText(change.ratio)})`;
  return `${sign(difference)}${difference}${ratio}`;
}

const unitOf = (words: Words, kind: SummaryFigureKind) =>
  kind === 'fen' ? words.sheet.yuan : kind === 'hours' ? words.sheet.hours : '';

/** A worksheet's name holds at most 31 characters and none of []:*?/\. */
const sheetNameOf = (name: string) => name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);

function sectionSheet(words: Words, title: string, section: SummarySection): ExportTable {
  const label = (group: Record<string, string>, key: string, kind: SummaryFigureKind) =>
    `${group[key] ?? key}${unitOf(words, kind)}`;
  const s = words.sheet;
  const figureRows = section.figures.map((f) => [
    label(words.figures, f.key, f.kind),
    sheetValue(f.kind, f.value),
    sheetValue(f.kind, f.previous),
    changeText(words, f, f.previous),
    sheetValue(f.kind, f.lastYear),
    changeText(words, f, f.lastYear),
  ]);
  const [first, ...valueColumns] = section.table.columns;
  const tableHeader = [
    first ? ((words.columns as Record<string, string>)[first.key] ?? first.key) : '',
    ...valueColumns.map((c) => label(words.columns, c.key, c.kind)),
  ];
  const tableRows = section.table.rows.map((row) => [
    row.label,
    ...row.values.map((value, i) => sheetValue(valueColumns[i]?.kind ?? 'count', value)),
  ]);
  const width = Math.max(6, tableHeader.length);
  return {
    sheetName: sheetNameOf(words.sections[section.key]),
    // The title alone heads the sheet and runs on across the empty cells beside it.
    header: [title, ...Array.from({ length: width - 1 }, () => '')],
    rows: [
      [s.figure, s.value, s.previous, s.monthOnMonth, s.lastYear, s.yearOnYear],
      ...figureRows,
      [],
      tableHeader,
      ...tableRows,
    ],
    widths: [28, ...Array.from({ length: width - 1 }, () => 16)],
  };
}

function notesSheet(words: Words, title: string, summary: MonthlySummary): ExportTable {
  const s = words.sheet;
  const c = summary.commentary;
  return {
    sheetName: sheetNameOf(s.notes),
    header: [title, ''],
    rows: [
      ...(summary.provisional ? [[s.provisional]] : []),
      [s.commentary, c && c.text !== '' ? c.text : s.noCommentary],
      [s.updatedBy, c?.updatedByName ?? ''],
      [s.updatedAt, c ? timeText(c.updatedAt) : ''],
    ],
    widths: [16, 100],
  };
}

/** Writes the summary's workbook for download by its maker. */
export function writeSummarySheet(
  ctx: Ctx,
  summary: MonthlySummary,
  actorId: number,
): { downloadId: string; fileName: string; rowCount: number } {
  const words = statsLabels[ctx.lang].stats;
  const month = fill(words.sheet.monthText, {
    year: summary.month.slice(0, 4),
    month: ctx.lang === 'en' ? summary.month.slice(5, 7) : Number(summary.month.slice(5, 7)),
  });
  const title = fill(words.sheet.title, { scope: summary.scope.path, month });
  const sheets = [
    ...summary.sections.map((section) => sectionSheet(words, title, section)),
    notesSheet(words, title, summary),
  ];
  const fileName = `${fill(words.sheet.title, { scope: summary.scope.name, month }).replace(/[\\/:*?"<>|]/g, '_')}.xlsx`;
  const downloadId = writeExport(ctx.dataDir, sheets, { fileName, actorId, now: ctx.clock.now() });
  return { downloadId, fileName, rowCount: sheets.reduce((n, sheet) => n + sheet.rows.length, 0) };
}
