// The dashboard: today's numbers of a scope and its trend charts. Each section answers only for a role that reads
// its lists, and each number is what the list behind it counts (domain/statsLinks gives the filters).
import { localDate } from '../../../shared/domain/dates';
import { lastDateOfMonth, monthsEnding } from '../../../shared/domain/months';
import { type Permission, roleHasPermission } from '../../../shared/domain/roles';
import { requireActor } from '../auth';
import type { Ctx, Handlers } from '../context';
import { visitsHandlers } from '../visits';
import { caseTrends, monthRates, openCaseCounts } from './dashboardCases';
import { partyToday, serviceTrends } from './dashboardParty';
import { type DashboardScope, dashboardScope } from './dashboardScope';

/** A section's figures for a role that may read them, else null. */
function ifAllowed<T>(ctx: Ctx, permission: Permission, figures: () => T): T | null {
  return roleHasPermission(requireActor(ctx).role, permission) ? figures() : null;
}

/** The visits page's coverage of the scope for a month: the same call, so the numbers cannot differ. */
const coverage = (ctx: Ctx, scope: DashboardScope, month: string) =>
  visitsHandlers['visits.coverage'](ctx, { month, gridId: scope.info.gridId ?? undefined });

export const dashboardHandlers: Handlers<'dashboard.today' | 'dashboard.trends'> = {
  'dashboard.today': (ctx, input) => {
    const scope = dashboardScope(ctx, input.gridId);
    const date = localDate(ctx.clock.now());
    const month = date.slice(0, 7);
    return {
      date,
      month,
      scope: scope.info,
      cases: ifAllowed(ctx, 'cases.read', () => ({
        ...openCaseCounts(ctx, scope),
        rates: { from: `${month}-01`, to: lastDateOfMonth(month), ...monthRates(ctx, scope, month) },
      })),
      visits: ifAllowed(ctx, 'visits.read', () => coverage(ctx, scope, month).total),
      party: ifAllowed(ctx, 'party.read', () => partyToday(ctx, scope, month)),
    };
  },

  'dashboard.trends': (ctx, input) => {
    const scope = dashboardScope(ctx, input.gridId);
    const months = monthsEnding(input.endMonth, input.months);
    return {
      scope: scope.info,
      months,
      cases: ifAllowed(ctx, 'cases.read', () => caseTrends(ctx, scope, months)),
      coverage: ifAllowed(ctx, 'visits.read', () => ({
        month: input.endMonth,
        rows: coverage(ctx, scope, input.endMonth).rows.map(({ level: _level, ...row }) => row),
      })),
      service: ifAllowed(ctx, 'party.read', () => serviceTrends(ctx, scope, months)),
    };
  },
};
