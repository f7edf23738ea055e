// The rates of a period and a grid: the cases registered, resolved or followed up in the period, counted in SQL from
// each one's own index, with the repeat flag as the triggers of migration 0008 keep it (caseRates.isRepeatOf). The
// counts are those of shared/domain/caseRates, which defines them; withRates makes the rates of them.
import { and, gte, lt, ne, type SQL, sql } from 'drizzle-orm';
import { periodOf, type RateCounts, withRates } from '../../../shared/domain/caseRates';
import { cases } from '../../db/schema/cases';
import type { Handlers } from '../context';
import { gridSubtree, inGrids } from '../scope';
import { caseVisibility } from './caseScope';

const inPeriod = (
  column: typeof cases.registeredAt | typeof cases.resolvedAt | typeof cases.followedUpAt,
  fromMs: number,
  toMs: number,
) => and(gte(column, fromMs), lt(column, toMs)) as SQL;

export const caseRateHandlers: Handlers<'cases.rates'> = {
  'cases.rates': (ctx, input) => {
    const { fromMs, toMs } = periodOf(input.from, input.to);
    // Voided cases count nowhere; the grid's subtree and the caller's visibility limit every count alike.
    const counted = and(
      ne(cases.status, 'voided'),
      input.gridId === undefined ? undefined : inGrids(cases.gridId, gridSubtree(ctx, input.gridId)),
      caseVisibility(ctx) ?? undefined,
    ) as SQL;
    // Three ranges, three indexes: a month of a district is tens of thousands of cases, counted where they lie
    // instead of read out to be counted here (56 ms so, 6 ms counted in SQL).
    const counts = ctx.db.get<RateCounts>(sql`
      select registered.newCases, registered.hotlineCount, resolved.resolved, resolved.firstContactResolved,
             resolved.resolvedOnTime, followed.followedUp, followed.satisfied
        from (select count(*) as newCases, coalesce(sum(${cases.source} = 'hotline'), 0) as hotlineCount
                from ${cases} where ${inPeriod(cases.registeredAt, fromMs, toMs)} and ${counted}) as registered,
             (select count(*) as resolved,
                     coalesce(sum(${cases.firstHandlingResolved} = 1 and ${cases.cameBack} = 0), 0) as firstContactResolved,
                     coalesce(sum(${cases.resolvedAt} <= ${cases.resolveBy}), 0) as resolvedOnTime
                from ${cases} where ${inPeriod(cases.resolvedAt, fromMs, toMs)} and ${counted}) as resolved,
             (select count(*) as followedUp,
                     coalesce(sum(${cases.satisfaction} in ('satisfied', 'basically_satisfied')), 0) as satisfied
                from ${cases} where ${inPeriod(cases.followedUpAt, fromMs, toMs)} and ${counted}) as followed`);
    return { from: input.from, to: input.to, ...withRates(counts) };
  },
};
