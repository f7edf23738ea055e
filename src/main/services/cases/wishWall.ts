// The wish wall (小巷心愿墙): wishes waiting for someone, claimed ones and fulfilled ones. The wall is shown to
// outsiders, so the wisher's name is masked to the family name.
import { and, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { wishStages } from '../../../shared/contract/cases';
import type { CaseStatus } from '../../../shared/domain/cases';
import { cases } from '../../db/schema/cases';
import type { Ctx, Handlers } from '../context';
import { keysetPage } from '../paging';
import { gridSubtree, inGrids, withGridPaths } from '../scope';
import { residentNames } from './caseRows';
import { caseVisibility } from './caseScope';

type WishStage = (typeof wishStages)[number];

/** Which statuses show a wish at each stage; a voided wish is on no stage. */
export const wishStageStatuses: Record<WishStage, readonly CaseStatus[]> = {
  open: ['accepted', 'assigned'],
  claimed: ['claimed', 'in_progress', 'escalated'],
  fulfilled: ['resolved', 'followed_up', 'closed'],
};

/** 张三丰 → 张**: all but the first character hidden. */
export function maskWisherName(name: string | null): string | null {
  if (name === null || name.trim() === '') return null;
  const [first, ...rest] = [...name.trim()];
  return `${first}${'*'.repeat(rest.length)}`;
}

function wallConditions(ctx: Ctx, gridId: number | undefined): SQL[] {
  return [
    eq(cases.kind, 'wish'),
    caseVisibility(ctx),
    gridId === undefined ? null : inGrids(cases.gridId, gridSubtree(ctx, gridId)),
  ].filter((c): c is SQL => c !== null);
}

function stageCounts(ctx: Ctx, conditions: SQL[]): Record<WishStage, number> {
  const byStatus = ctx.db
    .select({ status: cases.status, n: sql<number>`count(*)` })
    .from(cases)
    .where(and(...conditions))
    .groupBy(cases.status)
    .all();
  const countOf = (stage: WishStage) =>
    byStatus.filter((row) => wishStageStatuses[stage].includes(row.status)).reduce((sum, row) => sum + row.n, 0);
  return { open: countOf('open'), claimed: countOf('claimed'), fulfilled: countOf('fulfilled') };
}

export const wishWallHandlers: Handlers<'wishes.wall'> = {
  'wishes.wall': (ctx, input) => {
    const conditions = wallConditions(ctx, input.gridId);
    const records = ctx.db
      .select({
        id: cases.id,
        number: cases.number,
        description: cases.description,
        gridId: cases.gridId,
        residentId: cases.residentId,
        contactName: cases.contactName,
        registeredAt: cases.registeredAt,
        claimantKind: cases.claimantKind,
        claimantName: cases.claimantName,
        claimedAt: cases.claimedAt,
        resolvedAt: cases.resolvedAt,
        version: cases.version,
      })
      .from(cases)
      .where(
        and(
          ...conditions,
          inArray(cases.status, wishStageStatuses[input.stage]),
          input.cursor === undefined ? undefined : lt(cases.id, input.cursor),
        ),
      )
      .orderBy(desc(cases.id))
      .limit(input.limit + 1)
      .all();
    const { page, nextCursor } = keysetPage(records, input.limit, (r) => r.id);
    const names = residentNames(
      ctx,
      page.map((r) => r.residentId),
    );
    const rows = withGridPaths(ctx, page).map(({ residentId, contactName, gridId: _gridId, ...card }) => ({
      ...card,
      wisherName: maskWisherName((residentId === null ? null : names.get(residentId)) ?? contactName),
    }));
    return { rows, nextCursor, counts: stageCounts(ctx, conditions) };
  },
};
