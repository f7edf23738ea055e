// The grid team (队伍建设): the roster's status history, training and its attendance, places on the grids and
// their inspections (a hazard becomes a case), police-grid patrols, and the monthly assessment's plan and entries.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  employmentKinds,
  patrolParticipantKinds,
  placeKinds,
  staffEventKinds,
  trainingOrganisers,
} from '../../../shared/domain/gridTeam';
import { users } from './auth';
import { cases } from './cases';
import { grids, staff } from './grids';

/** A worker's history: joined the team, eliminated (末位淘汰) or left, each dated with its reason. */
export const staffEvents = sqliteTable(
  'staff_events',
  {
    id: integer('id').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    kind: text('kind', { enum: staffEventKinds }).notNull(),
    date: text('date').notNull(),
    reason: text('reason').notNull().default(''),
    /** The employment kind at the time, so the history reads as it was. */
    employment: text('employment', { enum: employmentKinds }),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('staff_events_staff_idx').on(t.staffId, t.date), index('staff_events_kind_idx').on(t.kind, t.date)],
);

/** 业务培训: the street's monthly business training, and sessions held by the city or district. */
export const trainingSessions = sqliteTable(
  'training_sessions',
  {
    id: integer('id').primaryKey(),
    heldOn: text('held_on').notNull(),
    month: text('month').notNull(),
    topic: text('topic').notNull(),
    organiser: text('organiser', { enum: trainingOrganisers }).notNull(),
    hours: real('hours').notNull(),
    location: text('location'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('training_sessions_held_idx').on(t.heldOn, t.id), index('training_sessions_month_idx').on(t.month)],
);

/** Who was expected at a session, and whether they came. */
export const trainingAttendance = sqliteTable(
  'training_attendance',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    present: integer('present', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.staffId] }), index('training_attendance_staff_idx').on(t.staffId)],
);

/** 企业, 门店, 出租房, 重点场所 on a grid, with the contact an inspector asks for. */
export const places = sqliteTable(
  'places',
  {
    id: integer('id').primaryKey(),
    gridId: integer('grid_id')
      .notNull()
      .references(() => grids.id),
    kind: text('kind', { enum: placeKinds }).notNull(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    archivedAt: integer('archived_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('places_grid_idx').on(t.gridId, t.kind, t.id), index('places_kind_idx').on(t.kind, t.id)],
);

/** An inspection of a place; a hazard found becomes a case, linked here. */
export const inspections = sqliteTable(
  'inspections',
  {
    id: integer('id').primaryKey(),
    placeId: integer('place_id')
      .notNull()
      .references(() => places.id),
    /** The place's grid on the day, so a month's figures stay as they were. */
    gridId: integer('grid_id')
      .notNull()
      .references(() => grids.id),
    inspectedOn: text('inspected_on').notNull(),
    month: text('month').notNull(),
    inspectorStaffId: integer('inspector_staff_id')
      .notNull()
      .references(() => staff.id),
    findings: text('findings').notNull().default(''),
    hazardFound: integer('hazard_found', { mode: 'boolean' }).notNull().default(false),
    caseId: integer('case_id').references(() => cases.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('inspections_place_idx').on(t.placeId, t.inspectedOn),
    index('inspections_inspector_month_idx').on(t.inspectorStaffId, t.month),
    index('inspections_held_idx').on(t.inspectedOn, t.id),
    index('inspections_month_idx').on(t.month, t.gridId),
  ],
);

/** 巡逻 (police-grid integration): a team out in an area for a time, and what it found. */
export const patrols = sqliteTable(
  'patrols',
  {
    id: integer('id').primaryKey(),
    team: text('team').notNull(),
    area: text('area').notNull(),
    gridId: integer('grid_id').references(() => grids.id),
    startedAt: integer('started_at').notNull(),
    endedAt: integer('ended_at').notNull(),
    /** YYYY-MM of the start in the centre's time zone. */
    month: text('month').notNull(),
    findings: text('findings').notNull().default(''),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('patrols_started_idx').on(t.startedAt, t.id), index('patrols_month_idx').on(t.month)],
);

/** Who was out on a patrol: police, grid workers (on the roster) and volunteers (by name). */
export const patrolParticipants = sqliteTable(
  'patrol_participants',
  {
    id: integer('id').primaryKey(),
    patrolId: integer('patrol_id')
      .notNull()
      .references(() => patrols.id),
    kind: text('kind', { enum: patrolParticipantKinds }).notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    name: text('name').notNull(),
  },
  (t) => [
    index('patrol_participants_patrol_idx').on(t.patrolId),
    index('patrol_participants_staff_idx').on(t.staffId).where(sql`${t.staffId} is not null`),
  ],
);

/** Each saved version of the assessment plan; the newest is in force (none: DOMAIN.md's default plan). */
export const assessmentPlans = sqliteTable('assessment_plans', {
  id: integer('id').primaryKey(),
  plan: text('plan', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: integer('created_at').notNull(),
});

/** A manual item's points for a worker and month, in tenths of a point. */
export const assessmentManualPoints = sqliteTable(
  'assessment_manual_points',
  {
    month: text('month').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    itemKey: text('item_key').notNull(),
    pointsTenths: integer('points_tenths').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.staffId, t.itemKey] })],
);

/** 扣分 for discipline: a reason and the points taken off a worker's month, in tenths. */
export const assessmentDeductions = sqliteTable(
  'assessment_deductions',
  {
    id: integer('id').primaryKey(),
    month: text('month').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    reason: text('reason').notNull(),
    pointsTenths: integer('points_tenths').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('assessment_deductions_month_idx').on(t.month, t.staffId)],
);
