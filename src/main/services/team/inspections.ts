// Inspections of places: the list, newest first, and recording one. A hazard found is registered as a case through
// the desk's own intake (cases.create: number, deadlines, timeline, audit) and linked to the inspection.
import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/errors';
import type { InspectionRow } from '../../../shared/contract/team';
import { cases, inspections, places, staff } from '../../db/schema';
import { caseIntakeHandlers } from '../cases/intake';
import type { Ctx, Handlers } from '../context';
import { keysetPage } from '../paging';
import { IssueList } from '../party/serviceIssues';
import { gridSubtree, inGrids, withGridPaths } from '../scope';
import { rosterWorkerOn } from './patrolWorkers';
import { requireLivePlace } from './placeRows';

const inspectionColumns = {
  id: inspections.id,
  placeId: inspections.placeId,
  placeName: places.name,
  placeKind: places.kind,
  gridId: inspections.gridId,
  inspectedOn: inspections.inspectedOn,
  inspectorStaffId: inspections.inspectorStaffId,
  inspectorName: staff.name,
  findings: inspections.findings,
  hazardFound: inspections.hazardFound,
  caseId: inspections.caseId,
  caseNumber: cases.number,
  caseStatus: cases.status,
};

function selectInspections(ctx: Ctx) {
  return ctx.db
    .select(inspectionColumns)
    .from(inspections)
    .innerJoin(places, eq(places.id, inspections.placeId))
    .innerJoin(staff, eq(staff.id, inspections.inspectorStaffId))
    .leftJoin(cases, eq(cases.id, inspections.caseId));
}

function rowsWithPaths(ctx: Ctx, rows: (Omit<InspectionRow, 'gridPath'> & { gridId: number })[]): InspectionRow[] {
  return withGridPaths(ctx, rows).map(({ gridId: _grid, ...row }) => row);
}

function inspectionRow(ctx: Ctx, id: number): InspectionRow {
  const rows = rowsWithPaths(ctx, selectInspections(ctx).where(eq(inspections.id, id)).all());
  const [row] = rows;
  if (!row) throw new Error(`Inspection ${id} vanished while it was being recorded.`);
  return row;
}

/** The hazard registered as a case, as a desk registration (kind demand, source 巡查巡逻); its id. */
function registerHazard(
  ctx: Ctx,
  place: typeof places.$inferSelect,
  hazard: NonNullable<ParsedInputOf<'team.recordInspection'>['hazard']>,
): number {
  try {
    return caseIntakeHandlers['cases.create'](ctx, {
      kind: 'demand',
      source: 'patrol',
      categoryId: hazard.categoryId,
      urgency: hazard.urgency,
      description: hazard.description,
      gridId: place.gridId,
      address: place.address,
      contactName: place.contactName ?? undefined,
      contactPhone: place.contactPhone ?? undefined,
      // Registered only: the desk accepts and dispatches it as any other case.
      next: 'register',
    }).id;
  } catch (error) {
    // The intake's own refusal, its fields named where the inspection form has them (under `hazard`).
    if (!(error instanceof AppError) || error.issues === undefined) throw error;
    const issues = error.issues.map((i) => ({ ...i, path: ['hazard', ...i.path] }));
    throw new AppError(error.code, error.message, { reason: error.reason, params: error.params, issues });
  }
}

function filtersOf(ctx: Ctx, input: ParsedInputOf<'team.inspections'>): (SQL | undefined)[] {
  return [
    input.placeId === undefined ? undefined : eq(inspections.placeId, input.placeId),
    input.gridId === undefined ? undefined : inGrids(inspections.gridId, gridSubtree(ctx, input.gridId)),
    input.month === undefined ? undefined : eq(inspections.month, input.month),
  ];
}

export const inspectionsHandlers: Handlers<'team.inspections' | 'team.recordInspection'> = {
  'team.inspections': (ctx, input) => {
    const filters = filtersOf(ctx, input);
    const total =
      ctx.db
        .select({ n: count() })
        .from(inspections)
        .where(and(...filters))
        .get()?.n ?? 0;
    // Newest first by date; the cursor is the last inspection's id, its date read back for the (date, id) key.
    const after =
      input.cursor === undefined
        ? undefined
        : sql`(${inspections.inspectedOn}, ${inspections.id}) < ((select inspected_on from inspections where id = ${input.cursor}), ${input.cursor})`;
    const rows = selectInspections(ctx)
      .where(and(...filters, after))
      .orderBy(desc(inspections.inspectedOn), desc(inspections.id))
      .limit(input.limit + 1)
      .all();
    const { page, nextCursor } = keysetPage(rows, input.limit, (r) => r.id);
    return { rows: rowsWithPaths(ctx, page), total, nextCursor };
  },

  'team.recordInspection': (ctx, input) => {
    const place = requireLivePlace(ctx, input.placeId);
    const issues = new IssueList(ctx);
    issues.notInFuture(['inspectedOn'], input.inspectedOn);
    if (rosterWorkerOn(ctx, input.inspectorStaffId, input.inspectedOn).worker === null) {
      issues.add(['inspectorStaffId'], 'inspectorNotOnRoster');
    }
    issues.throwIfAny();
    // The case first: a category the intake refuses leaves nothing written.
    const caseId = input.hazard === undefined ? null : registerHazard(ctx, place, input.hazard);
    const { id } = ctx.db
      .insert(inspections)
      .values({
        placeId: place.id,
        gridId: place.gridId,
        inspectedOn: input.inspectedOn,
        month: input.inspectedOn.slice(0, 7),
        inspectorStaffId: input.inspectorStaffId,
        findings: input.findings,
        hazardFound: caseId !== null,
        caseId,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: inspections.id })
      .get();
    const after = inspectionRow(ctx, id);
    ctx.audit.record({ entity: 'inspections', entityId: id, after });
    return after;
  },
};
