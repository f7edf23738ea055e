// The demo branches' monthly reports for the past year, filed and reviewed, with their figures frozen by the report
// service's own computation. Last month: 孙桂兰's branch has not filed yet (the e2e files it), one branch waits for
// the manager, one was returned with an opinion; earlier, one of 孙桂兰's reports was returned and then approved.
import { localDate } from '../../shared/domain/dates';
import { addMonths } from '../../shared/domain/months';
import type { ReportAction, ReportStatus } from '../../shared/domain/party';
import type { AppDb } from '../db/open';
import type { Ctx } from '../services/context';
import { LoginThrottle } from '../services/loginThrottle';
import { computeReportFigures } from '../services/party/reportFigures';
import { secretaryBranchCode } from './demoPartyBranches';
import { addDays, dayOf, instantOn } from './demoPartyDates';
import type { DemoBranch } from './demoPartyRoster';
import { reportRemarks, returnOpinions } from './demoPartyTexts';
import type { Random } from './random';

/** Last month's state of the branches that have not simply been approved (by grid code). */
const lastMonthStates: Record<string, ReportStatus | null> = {
  [secretaryBranchCode]: null,
  'ZX-02': 'submitted',
  'FH-01': 'returned',
};

/** The steps a report went through, in order. */
function stepsTo(status: ReportStatus, returnedOnce: boolean): ReportAction[] {
  const approved: ReportAction[] = returnedOnce ? ['submit', 'return', 'submit', 'review'] : ['submit', 'review'];
  if (status === 'submitted') return ['submit'];
  if (status === 'returned') return ['submit', 'return'];
  return approved;
}

export function writeReports(
  db: AppDb,
  random: Random,
  branches: DemoBranch[],
  manager: { id: number; name: string },
  now: number,
): number {
  const sqlite = db.$client;
  const today = localDate(now);
  const current = today.slice(0, 7);
  // The figures are the report service's: it reads the database only, so a context without a caller will do.
  const ctx: Ctx = {
    db,
    sqlite,
    actor: null,
    clock: { now: () => now },
    dataDir: '',
    lang: 'zh-CN',
    loginThrottle: new LoginThrottle(),
    // The report service never backs up or restores.
    backups: undefined as never,
    audit: { record: () => {} },
  };
  const insert = sqlite.prepare(
    `insert into party_reports (branch_id, month, status, remarks, figures, opinion, submitted_at, reviewed_at,
       created_at, updated_at, version)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = sqlite.prepare(
    'insert into party_report_events (report_id, action, opinion, actor_id, actor_name, at) values (?, ?, ?, ?, ?, ?)',
  );
  const lastMonth = addMonths(current, -1);
  const returnedThenApproved = addMonths(current, -4);
  let reports = 0;
  for (const branch of branches) {
    for (let back = 12; back >= 1; back--) {
      const month = addMonths(current, -back);
      const status = month === lastMonth && branch.code in lastMonthStates ? lastMonthStates[branch.code] : 'reviewed';
      if (status === null || status === undefined) continue;
      const steps = stepsTo(status, month === returnedThenApproved && branch.code === secretaryBranchCode);
      // Filed in the first days of the next month; each later step a day or a few after the one before.
      let day = dayOf(addMonths(month, 1), random.int(1, 5));
      const history = steps.map((action, i) => {
        if (i > 0) day = addDays(day, random.int(1, 3));
        const opinion =
          action === 'return'
            ? random.pick(returnOpinions)
            : action === 'review' && i > 1
              ? '已按意见更正，同意。'
              : '';
        const actor = action === 'submit' ? branch.actor : manager;
        return { action, opinion, actor, at: instantOn(random, day, now) };
      });
      const first = history[0]?.at ?? now;
      const lastStep = history[history.length - 1];
      const submittedAt = history.filter((h) => h.action === 'submit').pop()?.at ?? null;
      const frozen = status === 'submitted' || status === 'reviewed';
      // The reviewer's latest word stays on the report (a resubmission keeps it until the next review).
      const opinion = history.filter((h) => h.action !== 'submit').pop()?.opinion || null;
      const reportId = Number(
        insert.run(
          branch.id,
          month,
          status,
          random.pick(reportRemarks),
          frozen ? JSON.stringify(computeReportFigures(ctx, branch.id, month)) : null,
          opinion,
          submittedAt,
          status === 'reviewed' ? (lastStep?.at ?? null) : null,
          first,
          lastStep?.at ?? now,
          steps.length,
        ).lastInsertRowid,
      );
      for (const step of history)
        insertEvent.run(reportId, step.action, step.opinion, step.actor.id, step.actor.name, step.at);
      reports++;
    }
  }
  return reports;
}
