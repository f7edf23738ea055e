// 组织生活月报: each branch's monthly report and its flow. The branch saves remarks on a draft and submits it (the
// figures are frozen then); a manager approves it or returns it with an opinion, and a returned report is
// corrected and submitted again (reportTransition). Every change is audited and kept in party_report_events.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import { localDate } from '../../../shared/domain/dates';
import { isReportEditable, type ReportAction, reportTransition } from '../../../shared/domain/party';
import { partyBranches, partyReportEvents, partyReports } from '../../db/schema/party';
import { invalidField } from '../cases/caseIssues';
import type { Ctx, Handlers, SignedInCtx } from '../context';
import { requireCurrentVersion } from '../households';
import { inReachableBranches, requireReadableBranch, requireWritableBranch } from './partyScope';
import { findReport, type ReportRecord, reportDetailOf, reportSummaryOf } from './reportDetail';
import { reportExportHandlers } from './reportExport';
import { computeReportFigures } from './reportFigures';

/** A month that has not begun has nothing to report. */
function refuseFutureMonth(ctx: Ctx, month: string): void {
  if (month > localDate(ctx.clock.now()).slice(0, 7)) {
    throw invalidField(ctx, 'month', 'reportMonthInFuture', `${month} has not begun: there is nothing to report yet.`, {
      month,
    });
  }
}

/** version null: the caller saw no report yet; a report saved since (or a version of nothing) is stale. */
function requireSameVersion(row: ReportRecord | undefined, version: number | null): void {
  if (row === undefined && version === null) return;
  requireCurrentVersion(row ?? { version: Number.NaN }, version ?? Number.NaN);
}

const notEditable = () =>
  new AppError('INVALID_TRANSITION', 'This report has been submitted or reviewed: it can no longer be edited.', {
    reason: 'reportNotEditable',
  });

/** What the audit keeps of a report: its state, not its figures (those are in the row). */
function auditView(row: ReportRecord | undefined) {
  if (!row) return undefined;
  const { branchId, month, status, remarks, opinion, version } = row;
  return { branchId, month, status, remarks, opinion, version };
}

function recordEvent(ctx: Ctx, reportId: number, action: ReportAction, opinion: string): void {
  const { actor } = ctx as SignedInCtx;
  ctx.db
    .insert(partyReportEvents)
    .values({ reportId, action, opinion, actorId: actor.userId, actorName: actor.displayName, at: ctx.clock.now() })
    .run();
}

/** Writes a report's changes (creating the draft when the month has no row yet) and audits them. */
function writeReport(
  ctx: Ctx,
  branchId: number,
  month: string,
  before: ReportRecord | undefined,
  changes: Partial<typeof partyReports.$inferInsert>,
): ReportRecord {
  const now = ctx.clock.now();
  const after = before
    ? ctx.db
        .update(partyReports)
        .set({ ...changes, updatedAt: now, version: before.version + 1 })
        .where(eq(partyReports.id, before.id))
        .returning()
        .get()
    : ctx.db
        .insert(partyReports)
        .values({ branchId, month, ...changes, createdAt: now, updatedAt: now })
        .returning()
        .get();
  ctx.audit.record({ entity: 'party_reports', entityId: after.id, before: auditView(before), after: auditView(after) });
  return after;
}

/** The checks shared by saving and submitting: the branch is the actor's, the month has begun, the version holds. */
function branchReportToChange(ctx: Ctx, input: { branchId: number; month: string; version: number | null }) {
  const branch = requireWritableBranch(ctx, input.branchId);
  refuseFutureMonth(ctx, input.month);
  const row = findReport(ctx, branch.id, input.month);
  requireSameVersion(row, input.version);
  return { branch, row };
}

export const reportsHandlers: Handlers<
  | 'party.reports'
  | 'party.report'
  | 'party.saveReport'
  | 'party.submitReport'
  | 'party.reviewReport'
  | 'exports.partyReport'
> = {
  'party.reports': (ctx, input) => {
    const branches = ctx.db
      .select()
      .from(partyBranches)
      .where(and(isNull(partyBranches.archivedAt), inReachableBranches(ctx, partyBranches.id)))
      .orderBy(asc(partyBranches.name), asc(partyBranches.id))
      .all();
    const reports = new Map(
      ctx.db
        .select()
        .from(partyReports)
        .where(and(eq(partyReports.month, input.month), inReachableBranches(ctx, partyReports.branchId)))
        .all()
        .map((r) => [r.branchId, r]),
    );
    const rows = branches.map((b) => reportSummaryOf(b, input.month, reports.get(b.id)));
    return { rows: input.status === undefined ? rows : rows.filter((r) => r.status === input.status) };
  },

  'party.report': (ctx, input) => reportDetailOf(ctx, requireReadableBranch(ctx, input.branchId), input.month),

  'party.saveReport': (ctx, input) => {
    const { branch, row } = branchReportToChange(ctx, input);
    if (row && !isReportEditable(row.status)) throw notEditable();
    writeReport(ctx, branch.id, input.month, row, { remarks: input.remarks });
    return reportDetailOf(ctx, branch, input.month);
  },

  'party.submitReport': (ctx, input) => {
    const { branch, row } = branchReportToChange(ctx, input);
    const status = reportTransition(row?.status ?? 'draft', 'submit');
    if (status === null) {
      if (row?.status === 'submitted') {
        throw new AppError('INVALID_TRANSITION', 'This report has already been submitted.', {
          reason: 'reportAlreadySubmitted',
        });
      }
      throw notEditable();
    }
    const after = writeReport(ctx, branch.id, input.month, row, {
      remarks: input.remarks,
      status,
      // Frozen now: what the reviewer reads is what the branch submitted, whatever is recorded later.
      figures: computeReportFigures(ctx, branch.id, input.month),
      submittedAt: ctx.clock.now(),
    });
    recordEvent(ctx, after.id, 'submit', '');
    return reportDetailOf(ctx, branch, input.month);
  },

  'party.reviewReport': (ctx, input) => {
    const branch = requireReadableBranch(ctx, input.branchId);
    const row = findReport(ctx, branch.id, input.month);
    const status = row ? reportTransition(row.status, input.decision) : null;
    if (!row || status === null) {
      if (row) requireCurrentVersion(row, input.version);
      throw new AppError('INVALID_TRANSITION', 'Only a submitted report can be approved or returned.', {
        reason: 'reportNotSubmitted',
      });
    }
    requireCurrentVersion(row, input.version);
    if (input.decision === 'return' && input.opinion === '') {
      throw invalidField(ctx, 'opinion', 'opinionRequired', 'Give an opinion when returning a report.');
    }
    const after = writeReport(ctx, branch.id, input.month, row, {
      status,
      opinion: input.opinion === '' ? null : input.opinion,
      // A returned report is the branch's again: its figures are live until it is submitted anew.
      ...(input.decision === 'review' ? { reviewedAt: ctx.clock.now() } : { figures: null }),
    });
    recordEvent(ctx, after.id, input.decision, input.opinion);
    return reportDetailOf(ctx, branch, input.month);
  },

  ...reportExportHandlers,
};
