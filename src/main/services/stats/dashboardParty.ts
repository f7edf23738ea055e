// The dashboard's party figures: the scope's branches (on its grids, within the caller's reach), their members on
// the roster and the community service they recorded, as the party screens count them.
import { and, count, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { DashboardToday, DashboardTrends } from '../../../shared/contract/stats';
import { partyBranches, partyMembers, partyServiceRecords } from '../../db/schema';
import type { Ctx } from '../context';
import { reachableBranchIds } from '../party/partyScope';
import { inGrids } from '../scope';
import type { DashboardScope } from './dashboardScope';

/** `column in (…ids)` as one bound JSON list: scope.inGrids, here for branch ids. */
const inIds = inGrids;

/** The branches the figures cover: not archived, on the scope's grids, and for a branch secretary her own. */
function scopeBranchIds(ctx: Ctx, scope: DashboardScope): number[] {
  const reachable = reachableBranchIds(ctx);
  return ctx.db
    .select({ id: partyBranches.id })
    .from(partyBranches)
    .where(
      and(
        isNull(partyBranches.archivedAt),
        scope.gridIds === null ? undefined : inGrids(partyBranches.gridId, scope.gridIds),
        reachable === null ? undefined : inIds(partyBranches.id, reachable),
      ),
    )
    .all()
    .map((row) => row.id);
}

/** Branches, active members and this month's service hours of the scope. */
export function partyToday(ctx: Ctx, scope: DashboardScope, month: string): NonNullable<DashboardToday['party']> {
  const branchIds = scopeBranchIds(ctx, scope);
  const members =
    ctx.db
      .select({ n: count() })
      .from(partyMembers)
      .where(and(eq(partyMembers.status, 'active'), inIds(partyMembers.branchId, branchIds)))
      .get()?.n ?? 0;
  const hours =
    ctx.db
      .select({ hours: sql<number>`coalesce(sum(${partyServiceRecords.hours}), 0)` })
      .from(partyServiceRecords)
      .where(and(eq(partyServiceRecords.month, month), inIds(partyServiceRecords.branchId, branchIds)))
      .get()?.hours ?? 0;
  return { branches: branchIds.length, members, serviceHoursThisMonth: hours };
}

/** Service records and hours per month of the period (every month, zeros included); 在职党员's hours apart. */
export function serviceTrends(
  ctx: Ctx,
  scope: DashboardScope,
  months: readonly string[],
): NonNullable<DashboardTrends['service']> {
  const branchIds = scopeBranchIds(ctx, scope);
  const rows = ctx.db
    .select({
      month: partyServiceRecords.month,
      records: count(),
      hours: sql<number>`coalesce(sum(${partyServiceRecords.hours}), 0)`,
      onTheJobHours: sql<number>`coalesce(sum(case when ${partyMembers.kind} = 'on_the_job' then ${partyServiceRecords.hours} end), 0)`,
    })
    .from(partyServiceRecords)
    .innerJoin(partyMembers, eq(partyMembers.id, partyServiceRecords.memberId))
    .where(
      and(
        gte(partyServiceRecords.month, months[0] ?? ''),
        lte(partyServiceRecords.month, months.at(-1) ?? ''),
        inIds(partyServiceRecords.branchId, branchIds),
      ),
    )
    .groupBy(partyServiceRecords.month)
    .all();
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return months.map((month) => byMonth.get(month) ?? { month, records: 0, hours: 0, onTheJobHours: 0 });
}
