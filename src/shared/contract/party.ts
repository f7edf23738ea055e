// Party organisation (党建): branches and committees, the roster and its history, organisational life (三会一课),
// dues, members' service, and the monthly membership report with its review. A branch secretary reaches only
// their own branch (row scope in the services); managers reach every branch, set branches up and review reports.
import { z } from 'zod';
import { caseStatuses } from '../domain/cases';
import {
  absenceReasons,
  committeePosts,
  duesPaymentMethods,
  maxServiceHoursPerRecord,
  memberArrivals,
  memberChanges,
  memberEventKinds,
  memberKinds,
  memberStandings,
  memberStatuses,
  reportActions,
  reportStatuses,
  secretaryBackgrounds,
  serviceHoursStep,
} from '../domain/party';
import { incomeCategories } from '../domain/partyDues';
import { meetingTypes } from '../domain/partyLife';
import { genders, politicalStatuses } from '../domain/residents';
import { id, instant, isoDate, name, optionalText, pageInput, phone } from './common';
import { byName, mutation, query } from './procedure';
import { idNumberInput } from './residents';
import { download } from './transfer';
import { month } from './visits';

const version = z.number().int();
/** Money is integer fen; an income is whole fen and never negative. */
const incomeFen = z
  .number({ message: 'incomeFen' })
  .int({ message: 'incomeFen' })
  .min(0, { message: 'incomeNegative' })
  .max(100_000_000_00, { message: 'incomeFen' });

// ---------------------------------------------------------------------------------------------------------------
// Branches

export const committeeSeat = z.object({
  memberId: z.number(),
  name: z.string(),
  post: z.enum(committeePosts),
  background: z.enum(secretaryBackgrounds),
  since: z.string(),
});

export const branchSummary = z.object({
  id: z.number(),
  name: z.string(),
  brandName: z.string().nullable(),
  gridId: z.number(),
  gridPath: z.string(),
  foundedOn: z.string(),
  secretaryUserId: z.number().nullable(),
  /** The committee's secretary (书记) by name, or null while the post is empty. */
  secretaryName: z.string().nullable(),
  /** Active members at present, and how many of them are probationary. */
  members: z.number(),
  probationary: z.number(),
  /** Meetings the branch still owes this month and quarter (三会一课, see party.meetingsOwed). */
  meetingsOwed: z.number(),
  version: z.number(),
});
export type BranchSummary = z.infer<typeof branchSummary>;

export const branchDetail = branchSummary.extend({ committee: z.array(committeeSeat) });
export type BranchDetail = z.infer<typeof branchDetail>;

const branchFields = {
  name: name(60),
  brandName: optionalText(30),
  /** A comprehensive grid or a community: the branch is "built on the grid". */
  gridId: id,
  foundedOn: isoDate,
  /** The branch-secretary account that keeps this branch's records; null leaves it to managers. */
  secretaryUserId: id.nullable().default(null),
};

/** An account a branch may be kept by; `branchNames` are the branches it already keeps. */
export const secretaryAccount = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  branchNames: z.array(z.string()),
});
export type SecretaryAccount = z.infer<typeof secretaryAccount>;

// ---------------------------------------------------------------------------------------------------------------
// Members

export const memberRow = z.object({
  id: z.number(),
  branchId: z.number(),
  branchName: z.string(),
  residentId: z.number().nullable(),
  householdId: z.number().nullable(),
  name: z.string(),
  gender: z.enum(genders).nullable(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  standing: z.enum(memberStandings),
  joinedOn: z.string(),
  fullOn: z.string().nullable(),
  status: z.enum(memberStatuses),
  statusDate: z.string().nullable(),
  arrivedOn: z.string(),
  kind: z.enum(memberKinds),
  employer: z.string().nullable(),
  reportedOn: z.string().nullable(),
  servicePost: z.string().nullable(),
  mobileWhere: z.string().nullable(),
  mobileSince: z.string().nullable(),
  mobileContact: z.string().nullable(),
  incomeCategory: z.enum(incomeCategories),
  incomeFen: z.number(),
  /** monthlyDuesFen(incomeCategory, incomeFen). */
  monthlyDuesFen: z.number(),
  /** The committee post, when the member sits on it. */
  committeePost: z.enum(committeePosts).nullable(),
  version: z.number(),
});
export type MemberRow = z.infer<typeof memberRow>;

/** At most this many residents answer one party.residentCandidates query. */
export const residentCandidatesLimit = 20;

/**
 * A resident of the branch's grid a new member may be linked to: enough to recognise the person, no ID number and
 * no phone (a secretary does not keep the register). `memberOf` names the branch they are already an active member of.
 */
export const residentCandidate = z.object({
  residentId: z.number(),
  name: z.string(),
  gender: z.enum(genders).nullable(),
  birthDate: z.string().nullable(),
  address: z.string(),
  gridPath: z.string(),
  politicalStatus: z.enum(politicalStatuses),
  memberOf: z.string().nullable(),
});
export type ResidentCandidate = z.infer<typeof residentCandidate>;

export const memberEvent = z.object({
  id: z.number(),
  kind: z.enum(memberEventKinds),
  date: z.string(),
  note: z.string(),
  branchName: z.string(),
  actorName: z.string(),
  at: z.number(),
});

export const duesMonth = z.object({
  month: z.string(),
  dueFen: z.number(),
  paidFen: z.number().nullable(),
  paidOn: z.string().nullable(),
  method: z.enum(duesPaymentMethods).nullable(),
});

export const serviceRow = z.object({
  id: z.number(),
  memberId: z.number(),
  memberName: z.string(),
  branchId: z.number(),
  branchName: z.string(),
  servedOn: z.string(),
  activity: z.string(),
  hours: z.number(),
});
export type ServiceRow = z.infer<typeof serviceRow>;

export const claimedWish = z.object({
  caseId: z.number(),
  number: z.string(),
  description: z.string(),
  status: z.enum(caseStatuses),
  claimedAt: z.number().nullable(),
});

export const memberDetail = memberRow.extend({
  events: z.array(memberEvent),
  /** The last 12 months up to the current one (from the month they arrived), newest first. */
  dues: z.array(duesMonth),
  service: z.array(serviceRow),
  serviceHoursThisYear: z.number(),
  claimedWishes: z.array(claimedWish),
});
export type MemberDetail = z.infer<typeof memberDetail>;

export const memberFilters = {
  branchId: id.optional(),
  kind: z.enum(memberKinds).optional(),
  standing: z.enum(memberStandings).optional(),
  /** Default: active members only. */
  status: z.enum(memberStatuses).default('active'),
  /** Part of a name. */
  q: z.string().trim().max(20).optional(),
};

/** What may be edited on a member directly; standing and status change only through dated changes. */
const memberDetails = {
  phone: phone.optional(),
  kind: z.enum(memberKinds),
  employer: optionalText(60),
  reportedOn: isoDate.optional(),
  servicePost: optionalText(40),
  mobileWhere: optionalText(60),
  mobileSince: isoDate.optional(),
  mobileContact: optionalText(40),
  incomeCategory: z.enum(incomeCategories),
  incomeFen,
};

// ---------------------------------------------------------------------------------------------------------------
// Meetings

export const attendanceInput = z
  .object({
    memberId: id,
    present: z.boolean(),
    absenceReason: z.enum(absenceReasons).optional(),
    absenceNote: optionalText(100),
  })
  .strict();

const meetingFields = {
  branchId: id,
  type: z.enum(meetingTypes),
  heldOn: isoDate,
  topic: name(100),
  presenter: name(40),
  location: optionalText(60),
  notes: z.string().trim().max(2000).default(''),
  /** Every member expected: present, or absent with a reason. */
  attendance: z.array(attendanceInput).max(2_000),
};

export const meetingRow = z.object({
  id: z.number(),
  branchId: z.number(),
  branchName: z.string(),
  type: z.enum(meetingTypes),
  heldOn: z.string(),
  topic: z.string(),
  presenter: z.string(),
  location: z.string().nullable(),
  present: z.number(),
  absent: z.number(),
  version: z.number(),
});
export type MeetingRow = z.infer<typeof meetingRow>;

export const meetingDetail = meetingRow.extend({
  notes: z.string(),
  attendance: z.array(
    z.object({
      memberId: z.number(),
      name: z.string(),
      present: z.boolean(),
      absenceReason: z.enum(absenceReasons).nullable(),
      absenceNote: z.string().nullable(),
    }),
  ),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

export const meetingDueRow = z.object({
  type: z.enum(meetingTypes),
  frequency: z.enum(['monthly', 'quarterly']),
  /** The month, or the quarter's months. */
  period: z.array(z.string()),
  held: z.number(),
  owed: z.boolean(),
});

// ---------------------------------------------------------------------------------------------------------------
// Dues

export const duesSheetRow = z.object({
  memberId: z.number(),
  name: z.string(),
  kind: z.enum(memberKinds),
  incomeCategory: z.enum(incomeCategories),
  incomeFen: z.number(),
  /** What was due when paid, or what is due now from the declared income. */
  dueFen: z.number(),
  paidFen: z.number().nullable(),
  paidOn: z.string().nullable(),
  method: z.enum(duesPaymentMethods).nullable(),
});

export const arrearsRow = z.object({
  memberId: z.number(),
  name: z.string(),
  branchId: z.number(),
  branchName: z.string(),
  phone: z.string().nullable(),
  /** Unpaid months before the current one, oldest first (within arrearsWindowMonths). */
  months: z.array(z.string()),
  owedFen: z.number(),
});

// ---------------------------------------------------------------------------------------------------------------
// Monthly report

export const reportFigures = z.object({
  month: z.string(),
  /** Members on the roster at the month's end (active), by standing and kind. */
  members: z.object({
    total: z.number(),
    full: z.number(),
    probationary: z.number(),
    community: z.number(),
    onTheJob: z.number(),
    mobile: z.number(),
  }),
  /** Changes dated in the month, by kind. */
  changes: z.object({
    joined: z.number(),
    becameFull: z.number(),
    transferredIn: z.number(),
    transferredOut: z.number(),
    deceased: z.number(),
  }),
  /** Each meeting type: held in the month, and whether the month's report requires it (requiredInMonth). */
  meetings: z.array(z.object({ type: z.enum(meetingTypes), required: z.boolean(), held: z.number() })),
  meetingsHeld: z.number(),
  meetingsRequired: z.number(),
  /** Required types with at least one meeting held. */
  requiredHeld: z.number(),
  /** Over the month's meetings: member places expected and filled; rate null without meetings. */
  attendance: z.object({ expected: z.number(), present: z.number(), rate: z.number().nullable() }),
  dues: z.object({ membersDue: z.number(), membersPaid: z.number(), dueFen: z.number(), paidFen: z.number() }),
  service: z.object({ records: z.number(), members: z.number(), hours: z.number(), wishesClaimed: z.number() }),
});
export type ReportFigures = z.infer<typeof reportFigures>;

export const reportEvent = z.object({
  action: z.enum(reportActions),
  opinion: z.string(),
  actorName: z.string(),
  at: z.number(),
});

export const reportSummary = z.object({
  branchId: z.number(),
  branchName: z.string(),
  month: z.string(),
  /** null: nothing saved yet for the month. */
  status: z.enum(reportStatuses).nullable(),
  submittedAt: instant.nullable(),
  reviewedAt: instant.nullable(),
  opinion: z.string().nullable(),
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const reportDetail = reportSummary.extend({
  brandName: z.string().nullable(),
  gridPath: z.string(),
  secretaryName: z.string().nullable(),
  remarks: z.string(),
  /** Live from the month's data while the branch holds the report; as submitted afterwards. */
  figures: reportFigures,
  history: z.array(reportEvent),
  /** null until first saved. */
  version: z.number().nullable(),
});
export type ReportDetail = z.infer<typeof reportDetail>;

const reportKey = { branchId: id, month };
const remarks = z.string().trim().max(2000);

// ---------------------------------------------------------------------------------------------------------------

export const partyContract = byName([
  query('party.branches', {
    access: 'party.read',
    summary: 'The branches the actor reaches (a secretary: their own), with members and meetings still owed.',
    input: z.object({}).strict(),
    output: z.object({ rows: z.array(branchSummary) }),
  }),
  query('party.branch', {
    access: 'party.read',
    summary: 'One branch with its committee.',
    input: z.object({ id }).strict(),
    output: branchDetail,
  }),
  mutation('party.createBranch', {
    access: 'party.setup',
    summary: 'Set up a branch on a grid: name, brand name, founding date, the secretary account.',
    input: z.object(branchFields).strict(),
    output: branchDetail,
  }),
  mutation('party.updateBranch', {
    access: 'party.setup',
    summary: 'Change a branch’s name, brand name, grid, founding date or secretary account.',
    input: z.object({ id, version, ...branchFields }).strict(),
    output: branchDetail,
  }),
  mutation('party.setCommittee', {
    access: 'party.manage',
    summary: 'Replace the branch committee: at most one secretary, each seat an active member of the branch.',
    input: z
      .object({
        branchId: id,
        version,
        seats: z
          .array(
            z
              .object({
                memberId: id,
                post: z.enum(committeePosts),
                background: z.enum(secretaryBackgrounds),
                since: isoDate,
              })
              .strict(),
          )
          .max(15),
      })
      .strict(),
    output: branchDetail,
  }),

  query('party.secretaryAccounts', {
    access: 'party.setup',
    summary: 'The active branch-secretary accounts a branch may be kept by, with the branches each already keeps.',
    input: z.object({}).strict(),
    output: z.object({ rows: z.array(secretaryAccount) }),
  }),

  query('party.members', {
    access: 'party.read',
    summary: 'The roster: members of the branches the actor reaches, filtered, by name, paged by keyset.',
    input: z.object({ ...pageInput, ...memberFilters }).strict(),
    output: z.object({ rows: z.array(memberRow), total: z.number(), nextCursor: z.number().nullable() }),
  }),
  query('party.member', {
    access: 'party.read',
    summary: 'One member with their history, dues of the last 12 months, service records and claimed wishes.',
    input: z.object({ id }).strict(),
    output: memberDetail,
  }),
  mutation('party.addMember', {
    access: 'party.manage',
    summary:
      'Add a member to a branch, joined here or transferred in: a resident of the register, or by name when they live elsewhere.',
    input: z
      .object({
        branchId: id,
        residentId: id.optional(),
        /** Only for a member not on the register. */
        name: name(40).optional(),
        gender: z.enum(genders).optional(),
        birthDate: isoDate.optional(),
        idNumber: idNumberInput.optional(),
        arrival: z.enum(memberArrivals),
        /** The day they came onto this roster: joined here (= joinedOn) or transferred in. */
        arrivedOn: isoDate,
        joinedOn: isoDate,
        /** Null for a probationary member. */
        fullOn: isoDate.nullable().default(null),
        ...memberDetails,
        note: z.string().trim().max(200).default(''),
      })
      .strict(),
    output: memberRow,
  }),
  query('party.residentCandidates', {
    access: 'party.manage',
    summary:
      'Residents living in the branch’s grid who match a name, pinyin, initials or ID digits, to link a new member to.',
    input: z.object({ branchId: id, q: z.string().trim().min(1).max(20) }).strict(),
    output: z.object({ rows: z.array(residentCandidate).max(residentCandidatesLimit) }),
  }),
  mutation('party.updateMember', {
    access: 'party.manage',
    summary: 'Edit a member’s contact, kind (with its details) and declared income.',
    input: z.object({ id, version, ...memberDetails }).strict(),
    output: memberRow,
  }),
  mutation('party.changeMember', {
    access: 'party.manage',
    summary: 'Record a dated change: become full (转正), transfer out (转出, to where), deceased; kept in history.',
    input: z
      .object({
        id,
        version,
        change: z.enum(memberChanges),
        date: isoDate,
        note: z.string().trim().max(200).default(''),
      })
      .strict(),
    output: memberRow,
  }),

  query('party.meetings', {
    access: 'party.read',
    summary: 'Meetings held, newest first, by branch, type and a range of months.',
    input: z
      .object({
        ...pageInput,
        branchId: id.optional(),
        type: z.enum(meetingTypes).optional(),
        fromMonth: month.optional(),
        toMonth: month.optional(),
      })
      .strict(),
    output: z.object({ rows: z.array(meetingRow), total: z.number(), nextCursor: z.number().nullable() }),
  }),
  query('party.meeting', {
    access: 'party.read',
    summary: 'One meeting with its attendance.',
    input: z.object({ id }).strict(),
    output: meetingDetail,
  }),
  mutation('party.recordMeeting', {
    access: 'party.manage',
    summary: 'Record a meeting: type, date, topic, presenter, and each member present or absent with a reason.',
    input: z.object(meetingFields).strict(),
    output: meetingDetail,
  }),
  mutation('party.updateMeeting', {
    access: 'party.manage',
    summary: 'Correct a recorded meeting (its branch stays).',
    input: z.object({ id, version, ...meetingFields }).strict(),
    output: meetingDetail,
  }),
  query('party.meetingsOwed', {
    access: 'party.read',
    summary: 'The 三会一课 calendar: for each branch, what it held and still owes this month and this quarter.',
    input: z.object({ month }).strict(),
    output: z.object({
      month: z.string(),
      quarter: z.array(z.string()),
      rows: z.array(
        z.object({ branchId: z.number(), branchName: z.string(), due: z.array(meetingDueRow), owed: z.number() }),
      ),
    }),
  }),

  query('party.duesSheet', {
    access: 'party.read',
    summary: 'A branch’s dues for a month: each member active in it, due and paid.',
    input: z.object({ branchId: id, month }).strict(),
    output: z.object({
      month: z.string(),
      rows: z.array(duesSheetRow),
      totals: z.object({ members: z.number(), paid: z.number(), dueFen: z.number(), paidFen: z.number() }),
    }),
  }),
  mutation('party.recordDues', {
    access: 'party.manage',
    summary: 'Record a member’s dues paid for one or more months, each at the amount the rules give.',
    input: z
      .object({
        memberId: id,
        months: z.array(month).min(1).max(24),
        paidOn: isoDate,
        method: z.enum(duesPaymentMethods),
      })
      .strict(),
    output: z.object({ payments: z.array(duesMonth) }),
  }),
  query('party.arrears', {
    access: 'party.read',
    summary: 'Active members with unpaid months before the current one, and what they owe.',
    input: z.object({ branchId: id.optional() }).strict(),
    output: z.object({ rows: z.array(arrearsRow), owedFen: z.number() }),
  }),

  query('party.services', {
    access: 'party.read',
    summary: 'Members’ community service records, newest first, by branch, member or month.',
    input: z
      .object({ ...pageInput, branchId: id.optional(), memberId: id.optional(), month: month.optional() })
      .strict(),
    output: z.object({
      rows: z.array(serviceRow),
      total: z.number(),
      hours: z.number(),
      nextCursor: z.number().nullable(),
    }),
  }),
  mutation('party.recordService', {
    access: 'party.manage',
    summary: 'Record a member’s community service: date, what they did, hours (in half hours).',
    input: z
      .object({
        memberId: id,
        servedOn: isoDate,
        activity: name(100),
        hours: z
          .number()
          .positive()
          .max(maxServiceHoursPerRecord)
          .multipleOf(serviceHoursStep, { message: 'serviceHoursStep' }),
      })
      .strict(),
    output: serviceRow,
  }),

  query('party.reports', {
    access: 'party.read',
    summary: 'Each reachable branch’s report for a month and its status (null when nothing is saved yet).',
    input: z.object({ month, status: z.enum(reportStatuses).optional() }).strict(),
    output: z.object({ rows: z.array(reportSummary) }),
  }),
  query('party.report', {
    access: 'party.read',
    summary: 'A branch’s monthly report: its figures (live while held by the branch), remarks, status, history.',
    input: z.object(reportKey).strict(),
    output: reportDetail,
  }),
  mutation('party.saveReport', {
    access: 'party.manage',
    summary: 'Save the remarks of a draft or returned report (creating the draft on first save).',
    input: z.object({ ...reportKey, version: version.nullable(), remarks }).strict(),
    output: reportDetail,
  }),
  mutation('party.submitReport', {
    access: 'party.manage',
    summary: 'Submit the report for review; its figures are frozen as they are now.',
    input: z.object({ ...reportKey, version: version.nullable(), remarks }).strict(),
    output: reportDetail,
  }),
  mutation('party.reviewReport', {
    access: 'party.review',
    summary: 'Approve a submitted report, or return it to the branch with an opinion.',
    input: z
      .object({
        ...reportKey,
        version,
        decision: z.enum(['review', 'return']),
        opinion: z.string().trim().max(1000).default(''),
      })
      .strict(),
    output: reportDetail,
  }),

  mutation('exports.partyMembers', {
    access: 'party.read',
    summary: 'Write the filtered roster (every page) to an .xlsx file.',
    input: z.object(memberFilters).strict(),
    output: download,
  }),
  mutation('exports.partyReport', {
    access: 'party.read',
    summary: 'Write a branch’s monthly report (its figures, remarks and status) to an .xlsx file.',
    input: z.object(reportKey).strict(),
    output: download,
  }),
]);
