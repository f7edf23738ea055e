// exports.partyReport: a branch's monthly report as a Chinese sheet titled "<支部> 2026年11月组织生活月报": who and
// when, then 党员人数 / 党员变动 / 组织生活 / 出勤 / 党费 / 党员服务, the remarks, the reviewer's opinion and the history.
// The figures are the report's own (frozen once submitted), so the sheet says what the screen says.
import type { ReportDetail } from '../../../shared/contract/party';
import { fenToYuanText } from '../../../shared/domain/money';
import { memberEventKinds } from '../../../shared/domain/party';
import { partyLabels } from '../../../shared/i18n/partyLabels';
import type { Handlers, SignedInCtx } from '../context';
import { writeExport } from '../transfer/exportFiles';
import { safeRow, timeText } from '../transfer/exports';
import { requireReadableBranch } from './partyScope';
import { reportDetailOf } from './reportDetail';

/** Sheets are written in Chinese whatever the screen's language, as the register's exports are. */
const words = partyLabels['zh-CN'];

/** 2026-11 → 2026年11月. */
export function monthText(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

export function reportTitle(branchName: string, month: string): string {
  return `${branchName} ${monthText(month)}组织生活月报`;
}

/** A worksheet's name holds at most 31 characters and none of []:*?/\. */
function sheetNameOf(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}

/** A file name without the characters file systems refuse. */
function fileNameOf(title: string): string {
  return `${title.replace(/[\\/:*?"<>|]/g, '_')}.xlsx`;
}

const changeKeys = {
  joined: 'joined',
  became_full: 'becameFull',
  transferred_in: 'transferredIn',
  transferred_out: 'transferredOut',
  deceased: 'deceased',
} as const satisfies Record<(typeof memberEventKinds)[number], keyof ReportDetail['figures']['changes']>;

const n = (value: number) => String(value);
const blank: string[] = [];

/** The rows under the title: label, then one or two values. */
function reportRows(report: ReportDetail): string[][] {
  const f = report.figures;
  const time = (at: number | null) => (at === null ? '' : timeText(at));
  const rate = f.attendance.rate === null ? '—' : `${(f.attendance.rate * 100).toFixed(1)}%`;
  return [
    ['党支部', report.branchName],
    ['品牌名称', report.brandName ?? ''],
    ['所属网格', report.gridPath],
    ['支部书记', report.secretaryName ?? ''],
    ['月份', monthText(report.month)],
    ['状态', report.status === null ? '未填报' : words.reportStatuses[report.status]],
    ['提交时间', time(report.submittedAt)],
    ['审核时间', time(report.reviewedAt)],
    blank,
    ['党员人数', '人数'],
    ['党员总数', n(f.members.total)],
    [words.memberStandings.full, n(f.members.full)],
    [words.memberStandings.probationary, n(f.members.probationary)],
    [words.memberKinds.community, n(f.members.community)],
    [words.memberKinds.on_the_job, n(f.members.onTheJob)],
    [words.memberKinds.mobile, n(f.members.mobile)],
    blank,
    ['党员变动', '人数'],
    ...memberEventKinds.map((kind) => [words.memberEventKinds[kind], n(f.changes[changeKeys[kind]])]),
    blank,
    ['组织生活', '应开', '已开'],
    ...f.meetings.map((m) => [words.meetingTypes[m.type], m.required ? '1' : '0', n(m.held)]),
    ['合计', n(f.meetingsRequired), n(f.meetingsHeld)],
    ['应开会议已完成', `${f.requiredHeld}/${f.meetingsRequired}`],
    blank,
    ['出勤', '人次'],
    ['应到', n(f.attendance.expected)],
    ['实到', n(f.attendance.present)],
    ['出勤率', rate],
    blank,
    ['党费', '应交', '实交'],
    ['人数', n(f.dues.membersDue), n(f.dues.membersPaid)],
    ['金额（元）', fenToYuanText(f.dues.dueFen), fenToYuanText(f.dues.paidFen)],
    blank,
    ['党员服务', '数量'],
    ['服务记录（条）', n(f.service.records)],
    ['参与党员（人）', n(f.service.members)],
    ['服务时长（小时）', n(f.service.hours)],
    ['认领心愿（个）', n(f.service.wishesClaimed)],
    blank,
    ['备注', report.remarks],
    ['审核意见', report.opinion ?? ''],
    blank,
    ['流转记录', '操作', '经办人', '意见'],
    ...report.history.map((e) => [timeText(e.at), words.reportActions[e.action], e.actorName, e.opinion]),
  ].map((row) => safeRow(row));
}

export const reportExportHandlers: Handlers<'exports.partyReport'> = {
  'exports.partyReport': (ctx, input) => {
    const report = reportDetailOf(ctx, requireReadableBranch(ctx, input.branchId), input.month);
    const title = reportTitle(report.branchName, report.month);
    const rows = reportRows(report);
    const { actor } = ctx as SignedInCtx;
    const now = ctx.clock.now();
    const fileName = fileNameOf(title);
    const downloadId = writeExport(
      ctx.dataDir,
      // The title alone heads the sheet, so it runs on across the empty cells beside it; the values are short
      // (counts, amounts) or the last of their row (names, remarks, opinions), which run on the same way.
      { sheetName: sheetNameOf(title), header: [title], rows, widths: [24] },
      { fileName, actorId: actor.userId, now },
    );
    ctx.audit.record({
      entity: 'party_reports',
      entityId: null,
      after: { fileName, branchId: report.branchId, month: report.month, status: report.status },
    });
    return { downloadId, fileName, rowCount: rows.length };
  },
};
