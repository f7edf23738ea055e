// The rates of a period and a grid: the cases registered, resolved or followed up in the period are read with
// the facts the rates need (the repeat flag by one indexed lookup each) and counted by shared/domain/caseRates.
import { and, gte, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { caseRates, periodOf, type RateCase, repeatWindowMs } from '../../../shared/domain/caseRates';
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
    // Whether a later, not voided case of the same resident and category came within the window after the
    // resolution (caseRates.isRepeatOf). Asked only where the answer can change a figure, a case resolved in the
    // period by its first handler, and answered from cases_resident_idx alone.
    // The outer case is named in full: drizzle writes a lone table's columns unqualified, which inside the
    // subquery would mean `later`'s own.
    const repeated = sql<number>`case when ${inPeriod(cases.resolvedAt, fromMs, toMs)}
        and cases.first_handling_resolved and cases.resident_id is not null
      then exists (select 1 from cases later
        where later.resident_id = cases.resident_id and later.category_id = cases.category_id
          and later.registered_at > cases.registered_at and later.registered_at <= cases.resolved_at + ${repeatWindowMs}
          and later.status <> 'voided')
      else 0 end`;
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
