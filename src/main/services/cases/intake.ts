// Registering a case (numbered, dated, its deadlines set, and taken on at once as far as the desk says) and
// correcting its details; who a case can be dispatched to.
import { eq, sql } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/errors';
import { caseDeadlines } from '../../../shared/domain/caseDeadlines';
import { isFinished } from '../../../shared/domain/caseFlow';
import { cases } from '../../db/schema';
import { requireActor } from '../auth';
import type { Handlers } from '../context';
import { requireCurrentVersion } from '../households';
import { nextCaseNumber } from './caseNumbers';
import { type CaseColumns, caseParticulars, changedFields } from './caseParticulars';
import { requireVisibleCase } from './caseScope';
import { type CaseStep, changeOf, recordEvent, takeCaseStep } from './caseSteps';
import { dispatchTargets } from './dispatchTargets';

/** The steps a new case takes at once after registering: accepted at the desk, then dispatched or resolved. */
function followOnSteps(input: ParsedInputOf<'cases.create'>): CaseStep[] {
  const accept: CaseStep = { action: 'accept', note: '' };
  switch (input.next) {
    case 'register':
      return [];
    case 'accept':
      return [accept];
    case 'assign':
      return [
        accept,
        {
          action: 'assign',
          note: '',
          handlerUserId: input.handlerUserId,
          handlerDepartment: input.handlerDepartment,
        },
      ];
    case 'resolve':
      return [accept, { action: 'resolve', note: '', resolution: input.resolution ?? '' }];
  }
}

function columnsOf(record: typeof cases.$inferSelect): CaseColumns {
  return {
    kind: record.kind,
    source: record.source,
    urgency: record.urgency,
    categoryId: record.categoryId,
    topCategoryId: record.topCategoryId,
    description: record.description,
    residentId: record.residentId,
    householdId: record.householdId,
    gridId: record.gridId,
    address: record.address,
    contactName: record.contactName,
    contactPhone: record.contactPhone,
    hotlineOrderNo: record.hotlineOrderNo,
    hotlineDeadline: record.hotlineDeadline,
  };
}

export const caseIntakeHandlers: Handlers<'cases.create' | 'cases.update' | 'cases.handlers'> = {
  'cases.create': (ctx, input) => {
    const actor = requireActor(ctx);
    const { columns, limits } = caseParticulars(ctx, input);
    const now = ctx.clock.now();
    const { number, month } = nextCaseNumber(ctx, now);
    const deadlines = caseDeadlines({
      registeredAt: now,
      urgency: columns.urgency,
      limits,
      hotlineDeadline: columns.hotlineDeadline,
    });
    let record = ctx.db
      .insert(cases)
      .values({
        ...columns,
        ...deadlines,
        number,
        status: 'registered',
        registeredAt: now,
        registeredMonth: month,
        registeredBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    recordEvent(ctx, actor, { caseId: record.id, kind: 'register', fromStatus: null, toStatus: 'registered' });
    for (const step of followOnSteps(input)) record = takeCaseStep(ctx, record, step);
    ctx.audit.record({ entity: 'cases', entityId: record.id, after: record });
    return changeOf(record);
  },

  'cases.update': (ctx, input) => {
    const actor = requireActor(ctx);
    const { id, version, ...details } = input;
    const before = requireVisibleCase(ctx, id);
    requireCurrentVersion(before, version);
    if (isFinished(before.status)) {
      throw new AppError('INVALID_TRANSITION', `Case ${before.number} is ${before.status}; its details stay.`, {
        reason: 'caseFinished',
      });
    }
    const current = columnsOf(before);
    const { columns, limits } = caseParticulars(ctx, details, current);
    const changed = changedFields(current, columns);
    if (changed.length === 0) return changeOf(before);
    const deadlines = caseDeadlines({
      registeredAt: before.registeredAt,
      urgency: columns.urgency,
      limits,
      hotlineDeadline: columns.hotlineDeadline,
      extensionDays: before.extensionDays,
    });
    recordEvent(
      ctx,
      actor,
      { caseId: id, kind: 'edit', fromStatus: before.status, toStatus: before.status },
      { changedFields: changed },
    );
    const after = ctx.db
      .update(cases)
      .set({ ...columns, ...deadlines, updatedAt: ctx.clock.now(), version: sql`${cases.version} + 1` })
      .where(eq(cases.id, id))
      .returning()
      .get();
    ctx.audit.record({ entity: 'cases', entityId: id, before, after });
    return changeOf(after);
  },

  'cases.handlers': (ctx, input) => dispatchTargets(ctx, input.gridId),
};
