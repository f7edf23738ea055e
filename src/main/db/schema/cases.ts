// Cases (诉求 / 微心愿): the category tree, the cases with their current state, the timeline of every step,
// attachments stored beside the database by content hash, case numbers per month, and saved list views.
import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { caseEventKinds } from '../../../shared/domain/caseFlow';
import {
  caseKinds,
  caseSources,
  caseStatuses,
  caseUrgencies,
  claimantKinds,
  escalationLevels,
  satisfactions,
  supervisionLevels,
  voidReasons,
} from '../../../shared/domain/cases';
import { users } from './auth';
import { grids } from './grids';
import { households, residents } from './households';
import { partyMembers } from './party';

/** Two levels: a top category (parent null) and its sub-categories. Deadlines null = the parent's, or the defaults. */
export const caseCategories = sqliteTable(
  'case_categories',
  {
    id: integer('id').primaryKey(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => caseCategories.id),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    sortOrder: integer('sort_order').notNull().default(0),
    acceptWorkingDays: integer('accept_working_days'),
    resolveDays: integer('resolve_days'),
    urgentResolveDays: integer('urgent_resolve_days'),
    archivedAt: integer('archived_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('case_categories_parent_idx').on(t.parentId, t.sortOrder),
    uniqueIndex('case_categories_name_uq').on(t.parentId, t.name).where(sql`${t.archivedAt} is null`),
  ],
);

export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey(),
    /** SQ202611-000123: the month registered and a sequence within it. */
    number: text('number').notNull(),
    kind: text('kind', { enum: caseKinds }).notNull(),
    source: text('source', { enum: caseSources }).notNull(),
    status: text('status', { enum: caseStatuses }).notNull(),
    urgency: text('urgency', { enum: caseUrgencies }).notNull().default('ordinary'),
    categoryId: integer('category_id')
      .notNull()
      .references(() => caseCategories.id),
    /** The top category, kept beside the leaf so lists and rates filter by either with one index. */
    topCategoryId: integer('top_category_id')
      .notNull()
      .references(() => caseCategories.id),
    description: text('description').notNull(),
    residentId: integer('resident_id').references(() => residents.id),
    householdId: integer('household_id').references(() => households.id),
    /** The household's micro-grid when a household is linked, otherwise the grid the desk chose. */
    gridId: integer('grid_id')
      .notNull()
      .references(() => grids.id),
    address: text('address'),
    /** Who raised it, as they gave it (a 12345 caller need not be on the register). */
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    hotlineOrderNo: text('hotline_order_no'),
    hotlineDeadline: integer('hotline_deadline'),
    registeredAt: integer('registered_at').notNull(),
    /** YYYY-MM of registration in the centre's time zone: intake is counted per month. */
    registeredMonth: text('registered_month').notNull(),
    registeredBy: integer('registered_by').references(() => users.id),
    acceptBy: integer('accept_by').notNull(),
    resolveBy: integer('resolve_by').notNull(),
    acceptedAt: integer('accepted_at'),
    /** The latest resolution; null again while a reopened case is worked. */
    resolvedAt: integer('resolved_at'),
    firstResolvedAt: integer('first_resolved_at'),
    resolution: text('resolution'),
    closedAt: integer('closed_at'),
    handlerUserId: integer('handler_user_id').references(() => users.id),
    handlerDepartment: text('handler_department'),
    handlerName: text('handler_name'),
    claimantKind: text('claimant_kind', { enum: claimantKinds }),
    claimantName: text('claimant_name'),
    claimantPhone: text('claimant_phone'),
    /** The party member who claimed a wish, when the claimant is on a branch's roster (their service record). */
    claimantMemberId: integer('claimant_member_id').references(() => partyMembers.id),
    claimedAt: integer('claimed_at'),
    escalationLevel: text('escalation_level', { enum: escalationLevels }),
    supervisionLevel: text('supervision_level', { enum: supervisionLevels }),
    extensionPending: integer('extension_pending', { mode: 'boolean' }).notNull().default(false),
    extensionRequestDays: integer('extension_request_days'),
    extensionDays: integer('extension_days').notNull().default(0),
    satisfaction: text('satisfaction', { enum: satisfactions }),
    followedUpAt: integer('followed_up_at'),
    reopenCount: integer('reopen_count').notNull().default(0),
    /** Resolved by its first handler without return, escalation or reopen: derived from the timeline (caseFacts). */
    firstHandlingResolved: integer('first_handling_resolved', { mode: 'boolean' }).notNull().default(false),
    /**
     * Resolved, and the same resident brought a case of the same category again within the repeat window
     * (caseRates.isRepeatOf): no first-contact resolution then. Kept by the triggers of migration 0008.
     */
    cameBack: integer('came_back', { mode: 'boolean' }).notNull().default(false),
    voidReason: text('void_reason', { enum: voidReasons }),
    duplicateOfId: integer('duplicate_of_id').references((): AnySQLiteColumn => cases.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => {
    // The columns the case list filters by most, carried in its indexes after the leading column: a combination
    // of filters is then checked, and its total counted, from the index alone, and only the page's rows are read.
    const filtered = [
      t.status,
      t.kind,
      t.source,
      t.topCategoryId,
      t.categoryId,
      t.gridId,
      t.handlerUserId,
      t.registeredAt,
    ];
    const besides = (...leading: unknown[]) => filtered.filter((column) => !leading.includes(column));
    return [
      uniqueIndex('cases_number_uq').on(t.number),
      index('cases_status_idx').on(t.status, t.id),
      index('cases_grid_idx').on(t.gridId, t.id, ...besides(t.gridId)),
      index('cases_handler_idx').on(t.handlerUserId, t.status, t.id, ...besides(t.handlerUserId, t.status)),
      index('cases_category_idx').on(t.categoryId, t.id),
      index('cases_top_category_idx').on(t.topCategoryId, t.id, ...besides(t.topCategoryId)),
      index('cases_kind_idx').on(t.kind, t.status, t.id, ...besides(t.kind, t.status)),
      index('cases_source_idx').on(t.source, t.id, ...besides(t.source)),
      index('cases_registered_idx').on(t.registeredAt, ...besides(t.registeredAt)),
      // The repeat check of the rates looks for a later, not voided case here without reading it.
      index('cases_resident_idx').on(t.residentId, t.categoryId, t.registeredAt, t.status),
      index('cases_household_idx').on(t.householdId, t.id),
      // Only resolved (followed-up) cases: "resolved_at is null" must not pick this index, the open index serves it.
      // Each carries what a month's resolutions and follow-ups are counted by, per handler (the assessment) or in all.
      index('cases_resolved_idx')
        .on(t.resolvedAt, t.handlerUserId, t.status, t.resolveBy, t.firstHandlingResolved)
        .where(sql`${t.resolvedAt} is not null`),
      index('cases_followed_up_idx')
        .on(t.followedUpAt, t.handlerUserId, t.status, t.satisfaction)
        .where(sql`${t.followedUpAt} is not null`),
      // Open and late-resolved cases only (a few percent): a worker's cases still open past their deadline at a
      // month's end, which the assessment counts late, without reading every case they ever handled.
      index('cases_late_idx')
        .on(t.resolveBy, t.resolvedAt, t.registeredAt, t.handlerUserId, t.status)
        .where(sql`${t.resolvedAt} is null or ${t.resolvedAt} > ${t.resolveBy}`),
      index('cases_hotline_order_idx').on(t.hotlineOrderNo),
      // Supervised cases and pending extension requests are few: without these a filter on them reads every case.
      index('cases_supervision_idx').on(t.supervisionLevel, t.id),
      index('cases_extension_pending_idx').on(t.extensionPending, t.id),
      index('cases_claimant_member_idx').on(t.claimantMemberId).where(sql`${t.claimantMemberId} is not null`),
    ];
  },
);

/** The timeline: every step with actor, time and note; `data` holds the step's details (handler, satisfaction…). */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: integer('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind', { enum: caseEventKinds }).notNull(),
    fromStatus: text('from_status', { enum: caseStatuses }),
    toStatus: text('to_status', { enum: caseStatuses }).notNull(),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    at: integer('at').notNull(),
    note: text('note').notNull().default(''),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);

/** Files are `<dataDir>/attachments/<sha256>`: the same photo attached twice is stored once. */
export const caseAttachments = sqliteTable(
  'case_attachments',
  {
    id: integer('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    uploadedAt: integer('uploaded_at').notNull(),
  },
  (t) => [index('case_attachments_case_idx').on(t.caseId)],
);

/** The last case number given out in a month. */
export const caseNumberSequences = sqliteTable('case_number_sequences', {
  month: text('month').primaryKey(),
  last: integer('last').notNull(),
});

/** A person's saved filters of the case list, by name. */
export const caseViews = sqliteTable(
  'case_views',
  {
    id: integer('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    filters: text('filters', { mode: 'json' }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('case_views_user_name_uq').on(t.userId, t.name)],
);
