// The rates of a period and a grid: the cases registered, resolved or followed up in the period are read with
// the facts the rates need (the repeat flag as the triggers of migration 0008 keep it) and counted by
// shared/domain/caseRates.
import { and, gte, lt, ne, or, type SQL } from 'drizzle-orm';
import { caseRates, periodOf, type RateCase } from '../../../shared/domain/caseRates';
import type { CaseSource, Satisfaction } from '../../../shared/domain/cases';
import { cases } from '../../db/schema/cases';
import type { Handlers } from '../context';
import { gridSubtree, inGrids } from '../scope';
import { caseVisibility } from './caseScope';

const inPeriod = (
  column: typeof cases.registeredAt | typeof cases.resolvedAt | typeof cases.followedUpAt,
  fromMs: number,
  toMs: number,
) => and(gte(column, fromMs), lt(column, toMs)) as SQL;

/** One case as the database gives it, in the order selected below. */
type RateRow = [
  id: number,
  residentId: number | null,
  categoryId: number,
  source: CaseSource,
  registeredAt: number,
  resolveBy: number,
  resolvedAt: number | null,
  firstHandlingResolved: number,
  followedUpAt: number | null,
  satisfaction: Satisfaction | null,
  repeated: number,
];

export const caseRateHandlers: Handlers<'cases.rates'> = {
  'cases.rates': (ctx, input) => {
    const period = periodOf(input.from, input.to);
    const { fromMs, toMs } = period;
    // Whether the same problem came back (caseRates.isRepeatOf): stored on the case by migration 0008's triggers.
    const repeated = cases.cameBack;
    // Read as arrays and made into facts once: a month of a district is tens of thousands of cases.
    const rows = ctx.db
      .select({
        id: cases.id,
        residentId: cases.residentId,
        categoryId: cases.categoryId,
        source: cases.source,
        registeredAt: cases.registeredAt,
        resolveBy: cases.resolveBy,
        resolvedAt: cases.resolvedAt,
        firstHandlingResolved: cases.firstHandlingResolved,
        followedUpAt: cases.followedUpAt,
        satisfaction: cases.satisfaction,
        repeated,
      })
      .from(cases)
      .where(
        and(
          or(
            inPeriod(cases.registeredAt, fromMs, toMs),
            inPeriod(cases.resolvedAt, fromMs, toMs),
            inPeriod(cases.followedUpAt, fromMs, toMs),
          ),
          ne(cases.status, 'voided'),
          input.gridId === undefined ? undefined : inGrids(cases.gridId, gridSubtree(ctx, input.gridId)),
          caseVisibility(ctx) ?? undefined,
        ),
      )
      .values() as RateRow[];
    const facts = rows.map(
      ([
        id,
        residentId,
        categoryId,
        source,
        registeredAt,
        resolveBy,
        resolvedAt,
        first,
        followedUpAt,
        satisfaction,
        again,
      ]): RateCase => ({
        id,
        residentId,
        categoryId,
        source,
        voided: false,
        registeredAt,
        resolveBy,
        resolvedAt,
        firstHandlingResolved: first === 1,
        followedUpAt,
        satisfaction,
        repeated: again === 1,
      }),
    );
    return { from: input.from, to: input.to, ...caseRates(facts, period) };
  },
};
