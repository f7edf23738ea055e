// A branch's monthly report as the screens and the sheet read it: the stored row (if any) with its history, the
// branch's grid and secretary, and the figures, live while the branch holds the report and frozen once submitted.
import { and, asc, eq } from 'drizzle-orm';
import type { ReportDetail, ReportFigures, ReportSummary } from '../../../shared/contract/party';
import { isReportEditable } from '../../../shared/domain/party';
import { partyCommittee, partyMembers, partyReportEvents, partyReports } from '../../db/schema/party';
import type { Ctx } from '../context';
import { gridPaths } from '../scope';
import type { BranchRecord } from './partyScope';
import { computeReportFigures } from './reportFigures';

export type ReportRecord = typeof partyReports.$inferSelect;

export function findReport(ctx: Ctx, branchId: number, month: string): ReportRecord | undefined {
  return ctx.db
    .select()
    .from(partyReports)
    .where(and(eq(partyReports.branchId, branchId), eq(partyReports.month, month)))
    .get();
}

/** The list's columns of a report; a month with nothing saved yet has no status. */
export function reportSummaryOf(branch: BranchRecord, month: string, row: ReportRecord | undefined): ReportSummary {
  return {
    branchId: branch.id,
    branchName: branch.name,
    month,
    status: row?.status ?? null,
    submittedAt: row?.submittedAt ?? null,
    reviewedAt: row?.reviewedAt ?? null,
    opinion: row?.opinion ?? null,
  };
}

/** Frozen figures once submitted; computed from the month's data while the branch holds the report. */
export function figuresOf(ctx: Ctx, branchId: number, month: string, row: ReportRecord | undefined): ReportFigures {
  if (row && !isReportEditable(row.status) && row.figures) return row.figures as ReportFigures;
  return computeReportFigures(ctx, branchId, month);
}

function secretaryNameOf(ctx: Ctx, branchId: number): string | null {
  const seat = ctx.db
    .select({ name: partyMembers.name })
    .from(partyCommittee)
    .innerJoin(partyMembers, eq(partyMembers.id, partyCommittee.memberId))
    .where(and(eq(partyCommittee.branchId, branchId), eq(partyCommittee.post, 'secretary')))
    .get();
  return seat?.name ?? null;
}

function historyOf(ctx: Ctx, reportId: number): ReportDetail['history'] {
  return ctx.db
    .select({
      action: partyReportEvents.action,
      opinion: partyReportEvents.opinion,
      actorName: partyReportEvents.actorName,
      at: partyReportEvents.at,
    })
    .from(partyReportEvents)
    .where(eq(partyReportEvents.reportId, reportId))
    .orderBy(asc(partyReportEvents.id))
    .all();
}

/** The whole report of a branch's month, read after any change in the same transaction. */
export function reportDetailOf(ctx: Ctx, branch: BranchRecord, month: string): ReportDetail {
  const row = findReport(ctx, branch.id, month);
  return {
    ...reportSummaryOf(branch, month, row),
    brandName: branch.brandName,
    gridPath: gridPaths(ctx, [branch.gridId]).get(branch.gridId) ?? '',
    secretaryName: secretaryNameOf(ctx, branch.id),
    remarks: row?.remarks ?? '',
    figures: figuresOf(ctx, branch.id, month, row),
    history: row ? historyOf(ctx, row.id) : [],
    version: row?.version ?? null,
  };
}
