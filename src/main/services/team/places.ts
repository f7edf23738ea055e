// Places on the grids (企业, 门店, 出租房, 重点场所): the list with each place's last inspection and open hazards, and
// adding or editing a place. Inspections of places are in inspections.ts.
import { and, asc, count, eq, gt, isNull, like, or, type SQL } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import { places } from '../../db/schema';
import type { Ctx, Handlers } from '../context';
import { requireCurrentVersion } from '../households';
import { keysetPage } from '../paging';
import { IssueList } from '../party/serviceIssues';
import { gridSubtree, inGrids, withGridPaths } from '../scope';
import { inspectionsHandlers } from './inspections';
import { checkActiveGrid, placeRow, placeRowColumns, requireLivePlace } from './placeRows';

type PlaceInput = ParsedInputOf<'team.savePlace'>;

function placeValues(input: PlaceInput) {
  return {
    gridId: input.gridId,
    kind: input.kind,
    name: input.name,
    address: input.address,
    contactName: input.contactName || null,
    contactPhone: input.contactPhone || null,
  };
}

function filtersOf(ctx: Ctx, input: ParsedInputOf<'team.places'>): (SQL | undefined)[] {
  const pattern = input.q ? `%${input.q.replace(/[%_\\]/g, '\\$&')}%` : undefined;
  return [
    isNull(places.archivedAt),
    input.gridId === undefined ? undefined : inGrids(places.gridId, gridSubtree(ctx, input.gridId)),
    input.kind === undefined ? undefined : eq(places.kind, input.kind),
    pattern === undefined ? undefined : or(like(places.name, pattern), like(places.address, pattern)),
  ];
}

export const placesHandlers: Handlers<'team.places' | 'team.savePlace' | 'team.inspections' | 'team.recordInspection'> =
  {
    'team.places': (ctx, input) => {
      const filters = filtersOf(ctx, input);
      const total =
        ctx.db
          .select({ n: count() })
          .from(places)
          .where(and(...filters))
          .get()?.n ?? 0;
      const rows = ctx.db
        .select(placeRowColumns)
        .from(places)
        .where(and(...filters, input.cursor === undefined ? undefined : gt(places.id, input.cursor)))
        .orderBy(asc(places.id))
        .limit(input.limit + 1)
        .all();
      const { page, nextCursor } = keysetPage(rows, input.limit, (r) => r.id);
      return { rows: withGridPaths(ctx, page), total, nextCursor };
    },

    'team.savePlace': (ctx, input) => {
      const stored = input.id === undefined ? null : requireLivePlace(ctx, input.id);
      if (stored) requireCurrentVersion(stored, input.version ?? -1);
      const issues = new IssueList(ctx);
      checkActiveGrid(ctx, input.gridId, issues);
      issues.throwIfAny();
      const now = ctx.clock.now();
      if (stored === null) {
        const { id } = ctx.db
          .insert(places)
          .values({ ...placeValues(input), createdAt: now, updatedAt: now })
          .returning({ id: places.id })
          .get();
        const after = placeRow(ctx, id);
        ctx.audit.record({ entity: 'places', entityId: id, after });
        return after;
      }
      const before = placeRow(ctx, stored.id);
      ctx.db
        .update(places)
        .set({ ...placeValues(input), updatedAt: now, version: stored.version + 1 })
        .where(eq(places.id, stored.id))
        .run();
      const after = placeRow(ctx, stored.id);
      ctx.audit.record({ entity: 'places', entityId: stored.id, before, after });
      return after;
    },

    ...inspectionsHandlers,
  };
