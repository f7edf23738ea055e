// The grid team (队伍建设): the roster with its status history, training and attendance, places and their
// inspections (a hazard becomes a case), patrols, and the monthly assessment: its plan, manual items and
// deductions, the ranking with the bottom-ranked flagged, and each worker's score sheet.
import { z } from 'zod';
import { assessmentGrades, assessmentMetrics, itemSources } from '../domain/assessment';
import { caseStatuses, caseUrgencies } from '../domain/cases';
import {
  employmentKinds,
  maxTrainingHoursPerSession,
  patrolParticipantKinds,
  placeKinds,
  staffChanges,
  staffEventKinds,
  staffStatuses,
  trainingHoursStep,
  trainingOrganisers,
} from '../domain/gridTeam';
import { id, instant, isoDate, name, optionalText, pageInput, phone } from './common';
import { byName, mutation, query } from './procedure';
import { month } from './visits';

const version = z.number().int();
const page = <T extends z.ZodType>(row: T) =>
  z.object({ rows: z.array(row), total: z.number(), nextCursor: z.number().nullable() });

// ---------------------------------------------------------------------------------------------------------------
// Roster

export const staffRow = z.object({
  id: z.number(),
  name: z.string(),
  phone: z.string().nullable(),
  employment: z.enum(employmentKinds),
  position: z.string().nullable(),
  startedOn: z.string(),
  status: z.enum(staffStatuses),
  statusDate: z.string().nullable(),
  /** The paths of the grids the worker serves now (grid_staff without an end date). */
  grids: z.array(z.string()),
  userId: z.number().nullable(),
  version: z.number(),
});
export type StaffRow = z.infer<typeof staffRow>;

export const staffEvent = z.object({
  id: z.number(),
  kind: z.enum(staffEventKinds),
  date: z.string(),
  reason: z.string(),
  employment: z.enum(employmentKinds).nullable(),
  actorName: z.string(),
  at: z.number(),
});

export const staffDetail = staffRow.extend({
  events: z.array(staffEvent),
  /** Training hours attended this calendar year (trainingHours). */
  trainingHoursThisYear: z.number(),
});
export type StaffDetail = z.infer<typeof staffDetail>;

const staffDetails = {
  phone: phone.optional(),
  employment: z.enum(employmentKinds),
  position: optionalText(30),
};

// ---------------------------------------------------------------------------------------------------------------
// Training

const trainingHours = z
  .number()
  .positive()
  .max(maxTrainingHoursPerSession)
  .multipleOf(trainingHoursStep, { message: 'trainingHoursStep' });

const trainingFields = {
  heldOn: isoDate,
  topic: name(100),
  organiser: z.enum(trainingOrganisers),
  hours: trainingHours,
  location: optionalText(60),
  /** Every worker expected: present or not. */
  attendance: z
    .array(z.object({ staffId: id, present: z.boolean() }).strict())
    .min(1)
    .max(2_000),
};

export const trainingRow = z.object({
  id: z.number(),
  heldOn: z.string(),
  topic: z.string(),
  organiser: z.enum(trainingOrganisers),
  hours: z.number(),
  location: z.string().nullable(),
  present: z.number(),
  absent: z.number(),
  version: z.number(),
});
export type TrainingRow = z.infer<typeof trainingRow>;

export const trainingDetail = trainingRow.extend({
  attendance: z.array(z.object({ staffId: z.number(), name: z.string(), present: z.boolean() })),
});

// ---------------------------------------------------------------------------------------------------------------
// Places, inspections, patrols

export const placeRow = z.object({
  id: z.number(),
  gridId: z.number(),
  gridPath: z.string(),
  kind: z.enum(placeKinds),
  name: z.string(),
  address: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  lastInspectedOn: z.string().nullable(),
  /** Inspections of this place whose hazard case is still open. */
  openHazards: z.number(),
  version: z.number(),
});
export type PlaceRow = z.infer<typeof placeRow>;

export const inspectionRow = z.object({
  id: z.number(),
  placeId: z.number(),
  placeName: z.string(),
  placeKind: z.enum(placeKinds),
  gridPath: z.string(),
  inspectedOn: z.string(),
  inspectorStaffId: z.number(),
  inspectorName: z.string(),
  findings: z.string(),
  hazardFound: z.boolean(),
  caseId: z.number().nullable(),
  caseNumber: z.string().nullable(),
  caseStatus: z.enum(caseStatuses).nullable(),
});
export type InspectionRow = z.infer<typeof inspectionRow>;

export const patrolRow = z.object({
  id: z.number(),
  team: z.string(),
  area: z.string(),
  gridId: z.number().nullable(),
  startedAt: instant,
  endedAt: instant,
  findings: z.string(),
  participants: z.array(
    z.object({ kind: z.enum(patrolParticipantKinds), staffId: z.number().nullable(), name: z.string() }),
  ),
});
export type PatrolRow = z.infer<typeof patrolRow>;

// ---------------------------------------------------------------------------------------------------------------
// Assessment

export const assessmentItem = z
  .object({
    key: z.string().trim().min(1).max(40),
    weight: z.number().int(),
    source: z.enum(itemSources),
    metric: z.enum(assessmentMetrics).nullable(),
    inspectionTarget: z.number().int().nullable(),
    /** The name of a manual item a manager adds (data items are named by the catalogue). */
    label: z.string().trim().max(30).nullable().default(null),
  })
  .strict();

export const assessmentPlanInput = z
  .object({
    items: z.array(assessmentItem).min(1).max(20),
    grades: z.object({ excellent: z.number(), good: z.number(), pass: z.number() }).strict(),
    bottomCount: z.number().int(),
  })
  .strict();
export type AssessmentPlanInput = z.infer<typeof assessmentPlanInput>;

export const scoreLine = z.object({
  key: z.string(),
  label: z.string().nullable(),
  source: z.enum(itemSources),
  metric: z.enum(assessmentMetrics).nullable(),
  points: z.number(),
  max: z.number(),
  rate: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  basis: z.enum(['rate', 'target', 'nothingToDo', 'manual', 'notEntered']),
  capped: z.boolean(),
});

export const rankingRow = z.object({
  staffId: z.number(),
  name: z.string(),
  employment: z.enum(employmentKinds),
  grids: z.array(z.string()),
  status: z.enum(staffStatuses),
  total: z.number(),
  grade: z.enum(assessmentGrades),
  rank: z.number(),
  bottom: z.boolean(),
  /** Every manual item entered; until then the total is provisional. */
  complete: z.boolean(),
  deducted: z.number(),
});
export type RankingRow = z.infer<typeof rankingRow>;

export const scoreSheet = rankingRow.extend({
  month: z.string(),
  lines: z.array(scoreLine),
  earned: z.number(),
  deductedApplied: z.number(),
  deductions: z.array(z.object({ id: z.number(), reason: z.string(), points: z.number(), at: z.number() })),
});
export type ScoreSheet = z.infer<typeof scoreSheet>;

// ---------------------------------------------------------------------------------------------------------------

export const teamContract = byName([
  query('team.staff', {
    access: 'team.read',
    summary: 'The team roster: full- and part-time grid workers, their grids, position, start date and status.',
    input: z
      .object({
        status: z.enum(staffStatuses).optional(),
        employment: z.enum(employmentKinds).optional(),
        q: z.string().trim().max(20).optional(),
      })
      .strict(),
    output: z.object({ rows: z.array(staffRow) }),
  }),
  query('team.staffMember', {
    access: 'team.read',
    summary: 'One worker with the history of their status and their training hours this year.',
    input: z.object({ id }).strict(),
    output: staffDetail,
  }),
  query('team.candidates', {
    access: 'team.manage',
    summary: 'People assigned to grids who are not on the team roster yet (to add one as a worker).',
    input: z.object({}).strict(),
    output: z.object({ rows: z.array(z.object({ id: z.number(), name: z.string(), grids: z.array(z.string()) })) }),
  }),
  mutation('team.addStaff', {
    access: 'team.manage',
    summary: 'Put someone on the team roster: a person already assigned to grids, or a new one by name.',
    input: z
      .object({
        staffId: id.optional(),
        name: name(40).optional(),
        startedOn: isoDate,
        ...staffDetails,
      })
      .strict(),
    output: staffRow,
  }),
  mutation('team.updateStaff', {
    access: 'team.manage',
    summary: 'Edit a worker’s phone, employment kind and position.',
    input: z.object({ id, version, ...staffDetails }).strict(),
    output: staffRow,
  }),
  mutation('team.changeStaff', {
    access: 'team.manage',
    summary: 'Record an elimination (末位淘汰) or a departure, dated and with its reason; kept in history.',
    input: z
      .object({
        id,
        version,
        change: z.enum(staffChanges),
        date: isoDate,
        reason: z.string().trim().min(1).max(200),
      })
      .strict(),
    output: staffRow,
  }),

  query('team.trainings', {
    access: 'team.read',
    summary: 'Training sessions, newest first, by a range of months.',
    input: z.object({ ...pageInput, fromMonth: month.optional(), toMonth: month.optional() }).strict(),
    output: page(trainingRow),
  }),
  query('team.training', {
    access: 'team.read',
    summary: 'One session with its attendance.',
    input: z.object({ id }).strict(),
    output: trainingDetail,
  }),
  mutation('team.recordTraining', {
    access: 'team.manage',
    summary: 'Record a training session: date, topic, organiser, hours, and each worker expected present or not.',
    input: z.object(trainingFields).strict(),
    output: trainingDetail,
  }),
  query('team.trainingHours', {
    access: 'team.read',
    summary: 'Each worker’s training over a period (dates inclusive): sessions expected, attended and hours.',
    input: z.object({ from: isoDate, to: isoDate }).strict(),
    output: z.object({
      rows: z.array(
        z.object({
          staffId: z.number(),
          name: z.string(),
          expected: z.number(),
          attended: z.number(),
          hours: z.number(),
        }),
      ),
    }),
  }),

  query('team.places', {
    access: 'team.read',
    summary: 'Places on the grids (enterprises, shops, rental houses, key places) with their last inspection.',
    input: z
      .object({
        ...pageInput,
        gridId: id.optional(),
        kind: z.enum(placeKinds).optional(),
        q: z.string().trim().max(30).optional(),
      })
      .strict(),
    output: page(placeRow),
  }),
  mutation('team.savePlace', {
    access: 'team.manage',
    summary: 'Add a place, or edit one (with its version).',
    input: z
      .object({
        id: id.optional(),
        version: version.optional(),
        gridId: id,
        kind: z.enum(placeKinds),
        name: name(60),
        address: name(100),
        contactName: optionalText(30),
        contactPhone: phone.optional(),
      })
      .strict(),
    output: placeRow,
  }),
  query('team.inspections', {
    access: 'team.read',
    summary: 'Inspections, newest first, by place, grid or month, with the case a hazard became.',
    input: z.object({ ...pageInput, placeId: id.optional(), gridId: id.optional(), month: month.optional() }).strict(),
    output: page(inspectionRow),
  }),
  mutation('team.recordInspection', {
    access: 'team.manage',
    summary: 'Record an inspection of a place; a hazard found is registered as a case and linked.',
    input: z
      .object({
        placeId: id,
        inspectedOn: isoDate,
        inspectorStaffId: id,
        findings: z.string().trim().max(2000).default(''),
        hazard: z
          .object({
            categoryId: id,
            description: z.string().trim().min(1).max(2000),
            urgency: z.enum(caseUrgencies).default('ordinary'),
          })
          .strict()
          .optional(),
      })
      .strict(),
    output: inspectionRow,
  }),
  query('team.patrols', {
    access: 'team.read',
    summary: 'Patrols, newest first, by month.',
    input: z.object({ ...pageInput, month: month.optional() }).strict(),
    output: page(patrolRow),
  }),
  mutation('team.recordPatrol', {
    access: 'team.manage',
    summary: 'Record a patrol: team, area, start and end, participants (police, grid workers, volunteers), findings.',
    input: z
      .object({
        team: name(40),
        area: name(100),
        gridId: id.optional(),
        startedAt: instant,
        endedAt: instant,
        findings: z.string().trim().max(2000).default(''),
        participants: z
          .array(
            z
              .object({ kind: z.enum(patrolParticipantKinds), staffId: id.optional(), name: name(40).optional() })
              .strict(),
          )
          .min(1)
          .max(50),
      })
      .strict(),
    output: patrolRow,
  }),

  query('team.assessmentPlan', {
    access: 'team.read',
    summary: 'The assessment plan in force (DOMAIN.md’s default until a manager saves one).',
    input: z.object({}).strict(),
    output: z.object({
      plan: assessmentPlanInput,
      savedAt: instant.nullable(),
      isDefault: z.boolean(),
    }),
  }),
  mutation('team.saveAssessmentPlan', {
    access: 'team.manage',
    summary: 'Save a new plan: items whose weights sum to 100, grade thresholds, how many are flagged 末位.',
    input: z.object({ plan: assessmentPlanInput }).strict(),
    output: z.object({ plan: assessmentPlanInput, savedAt: instant.nullable(), isDefault: z.boolean() }),
  }),
  query('team.ranking', {
    access: 'team.read',
    summary: 'A month’s assessment: every worker on the roster that month scored by the plan, ranked, 末位 flagged.',
    input: z.object({ month }).strict(),
    output: z.object({ month: z.string(), rows: z.array(rankingRow) }),
  }),
  query('team.scoreSheet', {
    access: 'team.ownScore',
    summary: 'A worker’s month: each item’s numbers and points, deductions, total, grade, rank (a worker: their own).',
    input: z.object({ month, staffId: id.optional() }).strict(),
    output: scoreSheet,
  }),
  mutation('team.setManualPoints', {
    access: 'team.manage',
    summary: 'Enter a manual item’s points for a worker and month (0 to the item’s weight, in tenths).',
    input: z.object({ month, staffId: id, itemKey: z.string().trim().min(1).max(40), points: z.number() }).strict(),
    output: scoreSheet,
  }),
  mutation('team.addDeduction', {
    access: 'team.manage',
    summary: 'Take points off a worker’s month for discipline, with the reason.',
    input: z.object({ month, staffId: id, reason: z.string().trim().min(1).max(200), points: z.number() }).strict(),
    output: scoreSheet,
  }),
  mutation('team.removeDeduction', {
    access: 'team.manage',
    summary: 'Remove a deduction entered by mistake.',
    input: z.object({ id }).strict(),
    output: scoreSheet,
  }),
]);
