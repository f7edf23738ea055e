// A place as the lists show it: its grid's path, the day it was last inspected, and how many of its hazards are
// still open cases; and the place or grid a change names, refused when it cannot take one.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import type { PlaceRow } from '../../../shared/contract/team';
import { openCaseStatuses } from '../../../shared/domain/cases';
import { grids, places } from '../../db/schema';
import type { Ctx } from '../context';
import type { IssueList } from '../party/serviceIssues';
import { withGridPaths } from '../scope';

// Qualified by hand: in a one-table select drizzle names the column bare, which the subqueries would take as theirs.
const placeId = sql.raw('"places"."id"');
const openStatuses = sql.raw(openCaseStatuses.map((s) => `'${s}'`).join(', '));

export const placeRowColumns = {
  id: places.id,
  gridId: places.gridId,
  kind: places.kind,
  name: places.name,
  address: places.address,
  contactName: places.contactName,
  contactPhone: places.contactPhone,
  lastInspectedOn: sql<string | null>`(select max(i.inspected_on) from inspections i where i.place_id = ${placeId})`,
  // A hazard stays open until its case is resolved, followed up, closed or voided.
  openHazards: sql<number>`(select count(*) from inspections i join cases c on c.id = i.case_id
    where i.place_id = ${placeId} and c.status in (${openStatuses}))`,
  version: places.version,
};

export function placeRow(ctx: Ctx, id: number): PlaceRow {
  const row = ctx.db.select(placeRowColumns).from(places).where(eq(places.id, id)).get();
  if (!row) throw placeNotFound(id);
  const [withPath] = withGridPaths(ctx, [row]);
  if (!withPath) throw placeNotFound(id);
  return withPath;
}

function placeNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `No place with id ${id}.`, { reason: 'placeNotFound' });
}

/** A place that can be edited or inspected: it exists and is not archived. */
export function requireLivePlace(ctx: Ctx, id: number): typeof places.$inferSelect {
  const place = ctx.db
    .select()
    .from(places)
    .where(and(eq(places.id, id), isNull(places.archivedAt)))
    .get();
  if (!place) throw placeNotFound(id);
  return place;
}

/** Places and patrols belong to an active grid below the street (a community, a grid or a micro-grid). */
export function checkActiveGrid(ctx: Ctx, gridId: number, issues: IssueList): void {
  const grid = ctx.db
    .select({ level: grids.level, archivedAt: grids.archivedAt })
    .from(grids)
    .where(eq(grids.id, gridId))
    .get();
  if (!grid || grid.archivedAt !== null || grid.level === 'street') issues.add(['gridId'], 'placeGridNotActive');
}
