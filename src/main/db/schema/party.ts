// Party organisation (党建): branches set up on grids and their committees, the members' roster with its dated
// history, organisational life (三会一课) with attendance, dues, members' community service, monthly reports.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  absenceReasons,
  committeePosts,
  duesPaymentMethods,
  memberEventKinds,
  memberKinds,
  memberStandings,
  memberStatuses,
  reportActions,
  reportStatuses,
  secretaryBackgrounds,
} from '../../../shared/domain/party';
import { incomeCategories } from '../../../shared/domain/partyDues';
import { meetingTypes } from '../../../shared/domain/partyLife';
import { genders } from '../../../shared/domain/residents';
import { users } from './auth';
import { grids } from './grids';
import { residents } from './households';

/** 党支部: on a grid ("建在网格上"), with its brand name (好邻居) and the account its secretary signs in with. */
export const partyBranches = sqliteTable(
  'party_branches',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    brandName: text('brand_name'),
    gridId: integer('grid_id')
      .notNull()
      .references(() => grids.id),
    foundedOn: text('founded_on').notNull(),
    /** The user account that keeps this branch (a branch secretary's); the row scope of the party screens. */
    secretaryUserId: integer('secretary_user_id').references(() => users.id),
    archivedAt: integer('archived_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('party_branches_name_uq').on(t.name).where(sql`${t.archivedAt} is null`),
    index('party_branches_secretary_idx').on(t.secretaryUserId),
    index('party_branches_grid_idx').on(t.gridId),
  ],
);

/** 党员: one row per membership of a branch; a resident link when they live here. */
export const partyMembers = sqliteTable(
  'party_members',
  {
    id: integer('id').primaryKey(),
    branchId: integer('branch_id')
      .notNull()
      .references(() => partyBranches.id),
    residentId: integer('resident_id').references(() => residents.id),
    name: text('name').notNull(),
    gender: text('gender', { enum: genders }),
    birthDate: text('birth_date'),
    /** Copied from the resident when linked: the same person is never an active member twice. */
    idNumber: text('id_number'),
    phone: text('phone'),
    /** Follows fullOn (standingOf): kept as a column so the roster filters by it with an index. */
    standing: text('standing', { enum: memberStandings }).notNull(),
    joinedOn: text('joined_on').notNull(),
    fullOn: text('full_on'),
    status: text('status', { enum: memberStatuses }).notNull().default('active'),
    /** When the member transferred out or died. */
    statusDate: text('status_date'),
    /** When they came onto this branch's roster (joined here, or transferred in). */
    arrivedOn: text('arrived_on').notNull(),
    kind: text('kind', { enum: memberKinds }).notNull(),
    /** 在职党员: 工作单位, 报到日期, 志愿岗位. */
    employer: text('employer'),
    reportedOn: text('reported_on'),
    servicePost: text('service_post'),
    /** 流动党员: 外出地点, 外出时间, 联系方式. */
    mobileWhere: text('mobile_where'),
    mobileSince: text('mobile_since'),
    mobileContact: text('mobile_contact'),
    incomeCategory: text('income_category', { enum: incomeCategories }).notNull(),
    /** Declared after-tax monthly income in fen; the dues follow from it (monthlyDuesFen). */
    incomeFen: integer('income_fen').notNull().default(0),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('party_members_branch_idx').on(t.branchId, t.status, t.kind, t.standing, t.id),
    uniqueIndex('party_members_active_resident_uq').on(t.residentId).where(sql`${t.status} = 'active'`),
    uniqueIndex('party_members_active_id_number_uq').on(t.idNumber).where(sql`${t.status} = 'active'`),
    index('party_members_name_idx').on(t.name),
  ],
);

/** A member's history: every dated change, in the branch where it happened. */
export const partyMemberEvents = sqliteTable(
  'party_member_events',
  {
    id: integer('id').primaryKey(),
    memberId: integer('member_id')
      .notNull()
      .references(() => partyMembers.id),
    branchId: integer('branch_id')
      .notNull()
      .references(() => partyBranches.id),
    kind: text('kind', { enum: memberEventKinds }).notNull(),
    date: text('date').notNull(),
    /** YYYY-MM of the date: the monthly report counts changes per month. */
    month: text('month').notNull(),
    note: text('note').notNull().default(''),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('party_member_events_member_idx').on(t.memberId, t.date),
    index('party_member_events_branch_month_idx').on(t.branchId, t.month, t.kind),
  ],
);

/** The branch committee as it stands: 书记, 副书记, 委员, each a member of the branch. */
export const partyCommittee = sqliteTable(
  'party_committee',
  {
    branchId: integer('branch_id')
      .notNull()
      .references(() => partyBranches.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => partyMembers.id),
    post: text('post', { enum: committeePosts }).notNull(),
    background: text('background', { enum: secretaryBackgrounds }).notNull(),
    since: text('since').notNull(),
  },
  (t) => [primaryKey({ columns: [t.branchId, t.memberId] })],
);

/** 三会一课 and 主题党日. */
export const partyMeetings = sqliteTable(
  'party_meetings',
  {
    id: integer('id').primaryKey(),
    branchId: integer('branch_id')
      .notNull()
      .references(() => partyBranches.id),
    type: text('type', { enum: meetingTypes }).notNull(),
    heldOn: text('held_on').notNull(),
    month: text('month').notNull(),
    topic: text('topic').notNull(),
    presenter: text('presenter').notNull(),
    location: text('location'),
    notes: text('notes').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('party_meetings_branch_month_idx').on(t.branchId, t.month, t.type),
    index('party_meetings_month_idx').on(t.month, t.branchId),
    // The meeting list is newest first, for one branch or all: read in order from an index, not sorted.
    index('party_meetings_held_idx').on(t.heldOn, t.id),
    index('party_meetings_branch_held_idx').on(t.branchId, t.heldOn, t.id),
  ],
);

/** Who was expected at a meeting: present, or absent with a reason. */
export const partyAttendance = sqliteTable(
  'party_attendance',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => partyMeetings.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => partyMembers.id),
    present: integer('present', { mode: 'boolean' }).notNull(),
    absenceReason: text('absence_reason', { enum: absenceReasons }),
    absenceNote: text('absence_note'),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] }), index('party_attendance_member_idx').on(t.memberId)],
);

/** One month's dues of one member: the amount due when it was paid, and what was paid. */
export const partyDuesPayments = sqliteTable(
  'party_dues_payments',
  {
    id: integer('id').primaryKey(),
    memberId: integer('member_id')
      .notNull()
      .references(() => partyMembers.id),
    branchId: integer('branch_id')
      .notNull()
      .references(() => partyBranches.id),
    /** The month the dues are for (YYYY-MM), not the month they were paid in. */
    month: text('month').notNull(),
    dueFen: integer('due_fen').notNull(),
    paidFen: integer('paid_fen').notNull(),
    paidOn: text('paid_on').notNull(),
    method: text('method', { enum: duesPaymentMethods }).notNull(),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('party_dues_member_month_uq').on(t.memberId, t.month),
    index('party_dues_branch_month_idx').on(t.branchId, t.month),
  ],
);

/** Community service by members (在职党员 at their service post, and others): date, what, hours. */
export const partyServiceRecords = sqliteTable(
  'party_service_records',
  {
    id: integer('id').primaryKey(),
    memberId: integer('member_id')
      .notNull()
      .references(() => partyMembers.id),
    branchId: integer('branch_id')
      .notNull()
      .references(() => partyBranches.id),
    servedOn: text('served_on').notNull(),
    month: text('month').notNull(),
    activity: text('activity').notNull(),
    hours: real('hours').notNull(),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('party_service_member_idx').on(t.memberId, t.servedOn),
    index('party_service_branch_month_idx').on(t.branchId, t.month),
    // The service list is newest first, for one branch or all: read in order from an index, not sorted.
    index('party_service_served_idx').on(t.servedOn, t.id),
    index('party_service_branch_served_idx').on(t.branchId, t.servedOn, t.id),
  ],
);

/** 组织生活月报: one per branch and month; its figures are frozen when submitted. */
export const partyReports = sqliteTable(
  'party_reports',
  {
    id: integer('id').primaryKey(),
    branchId: integer('branch_id')
      .notNull()
      .references(() => partyBranches.id),
    month: text('month').notNull(),
    status: text('status', { enum: reportStatuses }).notNull().default('draft'),
    remarks: text('remarks').notNull().default(''),
    /** The figures as submitted (null while the branch still holds the report: then they are computed live). */
    figures: text('figures', { mode: 'json' }).$type<Record<string, unknown>>(),
    /** The reviewer's latest opinion (a return's reason, or a remark on approval). */
    opinion: text('opinion'),
    submittedAt: integer('submitted_at'),
    reviewedAt: integer('reviewed_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('party_reports_branch_month_uq').on(t.branchId, t.month),
    index('party_reports_month_idx').on(t.month, t.status),
  ],
);

/** Each submission, review and return of a report, with the opinion given. */
export const partyReportEvents = sqliteTable(
  'party_report_events',
  {
    id: integer('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => partyReports.id),
    action: text('action', { enum: reportActions }).notNull(),
    opinion: text('opinion').notNull().default(''),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('party_report_events_report_idx').on(t.reportId, t.id)],
);
