// exports.partyMembers: the roster the secretary is looking at, every page of it, as a Chinese sheet like the
// register's exports: the same filters and reach as party.members, labels from the party vocabulary in Chinese.
import { fenToYuanText } from '../../../shared/domain/money';
import { partyLabels } from '../../../shared/i18n/partyLabels';
import type { Handlers } from '../context';
import { type Column, safeRow, saveExport } from '../transfer/exports';
import { genderWords, wordFor } from '../transfer/vocabulary';
import { memberConditions, memberRowsWhere } from './memberRows';

/** Sheets are written in Chinese whatever the screen's language, as the register's exports are. */
const words = partyLabels['zh-CN'];

const memberColumns: Column[] = [
  ['姓名', 10],
  ['性别', 6],
  ['出生日期', 12],
  ['所在支部', 24],
  ['党员类别', 10],
  ['入党日期', 12],
  ['转正日期', 12],
  ['状态', 8],
  ['党员类型', 10],
  ['工作单位', 24],
  ['报到日期', 12],
  ['志愿岗位', 16],
  ['流动去向', 20],
  ['外出时间', 12],
  ['联系电话', 16],
  ['收入类别', 10],
  ['月收入(元)', 12],
  ['月党费(元)', 12],
];

export const memberExportHandlers: Handlers<'exports.partyMembers'> = {
  'exports.partyMembers': (ctx, input) => {
    const rows = memberRowsWhere(ctx, memberConditions(ctx, input)).map((m) =>
      safeRow([
        m.name,
        m.gender === null ? '' : wordFor(genderWords, m.gender),
        m.birthDate,
        m.branchName,
        words.memberStandings[m.standing],
        m.joinedOn,
        m.fullOn,
        words.memberStatuses[m.status],
        words.memberKinds[m.kind],
        m.employer,
        m.reportedOn,
        m.servicePost,
        m.mobileWhere,
        m.mobileSince,
        m.phone,
        words.incomeCategories[m.incomeCategory],
        fenToYuanText(m.incomeFen),
        fenToYuanText(m.monthlyDuesFen),
      ]),
    );
    const file = saveExport(ctx, '党员名册', memberColumns, rows);
    ctx.audit.record({
      entity: 'exports',
      entityId: null,
      after: { fileName: file.fileName, filters: input, rowCount: rows.length },
    });
    return file;
  },
};
