// Cases (诉求 / 微心愿): intake, the flow's steps, lists with filters and saved views, the case page, my work,
// the wish wall, categories with their deadlines, attachments and the rates managers are judged by.
import { z } from 'zod';
import { type CaseEventKind, caseActions, caseEventKinds } from '../domain/caseFlow';
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
} from '../domain/cases';
import { roles } from '../domain/roles';
import { id, instant, isoDate, name, ok, optionalText, pageInput, phone } from './common';
import { byName, mutation, query } from './procedure';

const version = z.number().int();
const note = z.string().trim().max(1000).default('');
const requiredNote = z.string().trim().min(1).max(1000);
const description = z.string().trim().min(1).max(2000);

export const deadlineStates = ['onTime', 'dueSoon', 'overdue'] as const;

/** The filters of the case list; a saved view and a "my work" bucket are a set of these. */
export const caseFilters = z
  .object({
    status: z.array(z.enum(caseStatuses)).max(caseStatuses.length).optional(),
    /** Only cases still someone's work (any open status). */
    open: z.boolean().optional(),
    kind: z.array(z.enum(caseKinds)).max(caseKinds.length).optional(),
    source: z.array(z.enum(caseSources)).max(caseSources.length).optional(),
    /** A top category (all its sub-categories) or a sub-category. */
    categoryId: id.optional(),
    /** A grid and everything below it. */
    gridId: id.optional(),
    handlerUserId: id.optional(),
    /** Cases in the signed-in user's hands. */
    mine: z.boolean().optional(),
    registeredFrom: isoDate.optional(),
    registeredTo: isoDate.optional(),
    /** Resolved (latest resolution) within these dates: what a month's first-contact and on-time rates divide by. */
    resolvedFrom: isoDate.optional(),
    resolvedTo: isoDate.optional(),
    /** Followed up within these dates: what a month's satisfaction rate divides by. */
    followedUpFrom: isoDate.optional(),
    followedUpTo: isoDate.optional(),
    /** Leave voided cases out, as every figure does (a month's intake on the dashboard). */
    excludeVoided: z.boolean().optional(),
    deadline: z.enum(['overdue', 'dueSoon']).optional(),
    supervision: z.array(z.enum(supervisionLevels)).max(supervisionLevels.length).optional(),
    extensionPending: z.boolean().optional(),
    residentId: id.optional(),
    householdId: id.optional(),
    /** A case number, a 12345 work-order number, or words of the description. */
    text: z.string().trim().max(60).optional(),
  })
  .strict();
export type CaseFilters = z.infer<typeof caseFilters>;

export const caseRow = z.object({
  id: z.number(),
  number: z.string(),
  kind: z.enum(caseKinds),
  source: z.enum(caseSources),
  status: z.enum(caseStatuses),
  urgency: z.enum(caseUrgencies),
  categoryId: z.number(),
  /** 环境卫生 / 噪声扰民, in the caller's language. */
  categoryPath: z.string(),
  /** The first 120 characters of the description. */
  summary: z.string(),
  gridId: z.number(),
  gridPath: z.string(),
  address: z.string().nullable(),
  residentName: z.string().nullable(),
  handlerName: z.string().nullable(),
  hotlineOrderNo: z.string().nullable(),
  registeredAt: z.number(),
  resolveBy: z.number(),
  resolvedAt: z.number().nullable(),
  deadlineState: z.enum(deadlineStates),
  supervisionLevel: z.enum(supervisionLevels).nullable(),
  extensionPending: z.boolean(),
});
export type CaseRow = z.infer<typeof caseRow>;

/** Every detail a timeline entry may keep. */
const caseEventDetail = z.object({
  handlerName: z.string(),
  handlerDepartment: z.string(),
  resolution: z.string(),
  satisfaction: z.enum(satisfactions),
  escalationLevel: z.enum(escalationLevels),
  supervisionLevel: z.enum(supervisionLevels),
  extensionDays: z.number(),
  approved: z.boolean(),
  voidReason: z.enum(voidReasons),
  duplicateOfNumber: z.string(),
  claimantKind: z.enum(claimantKinds),
  claimantName: z.string(),
  fileName: z.string(),
  attachmentId: z.number(),
  /** For an edit: the names of the fields that changed. */
  changedFields: z.array(z.string()),
});
type CaseEventDetailKey = keyof typeof caseEventDetail.shape;

/** The details each kind of timeline entry keeps (domain/caseStepEffects writes a step's), as far as it has any. */
export const caseEventDetailKeys = {
  register: [],
  accept: [],
  assign: ['handlerName', 'handlerDepartment'],
  claim: ['claimantKind', 'claimantName'],
  start: [],
  resolve: ['resolution'],
  return: [],
  escalate: ['escalationLevel'],
  requestExtension: ['extensionDays'],
  decideExtension: ['approved', 'extensionDays'],
  supervise: ['supervisionLevel'],
  followUp: ['satisfaction'],
  close: [],
  void: ['voidReason', 'duplicateOfNumber'],
  note: [],
  edit: ['changedFields'],
  attach: ['fileName', 'attachmentId'],
} as const satisfies Record<CaseEventKind, readonly CaseEventDetailKey[]>;

const caseEventCommon = z.object({
  id: z.number(),
  fromStatus: z.enum(caseStatuses).nullable(),
  toStatus: z.enum(caseStatuses),
  actorName: z.string(),
  at: z.number(),
  note: z.string(),
});

/**
 * A timeline entry. Checked by its kind, so an answer's check reads only the few details an entry of that kind can
 * have (a 52-step timeline's check took 15 µs against fifteen optional details on every entry, now 6 µs); typed with
 * every detail optional, so a screen reads `data.resolution` of any entry.
 */
export const caseEvent = z.discriminatedUnion(
  'kind',
  caseEventKinds.map((kind) =>
    caseEventCommon.extend({
      kind: z.literal(kind),
      data: caseEventDetail
        .pick(
          Object.fromEntries(caseEventDetailKeys[kind].map((key) => [key, true])) as Record<CaseEventDetailKey, true>,
        )
        .partial(),
    }),
  ) as [CaseEventOption, ...CaseEventOption[]],
);
type CaseEventOption = z.ZodObject<
  typeof caseEventCommon.shape & {
    kind: z.ZodLiteral<CaseEventKind>;
    data: ReturnType<typeof caseEventDetail.partial>;
  }
>;
export type CaseEvent = z.infer<typeof caseEvent>;

export const caseAttachment = z.object({
  id: z.number(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  uploadedByName: z.string().nullable(),
  uploadedAt: z.number(),
});
export type CaseAttachment = z.infer<typeof caseAttachment>;

export const caseDetail = caseRow.extend({
  description: z.string(),
  residentId: z.number().nullable(),
  householdId: z.number().nullable(),
  householdAddress: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  hotlineDeadline: z.number().nullable(),
  acceptBy: z.number(),
  acceptedAt: z.number().nullable(),
  firstResolvedAt: z.number().nullable(),
  resolution: z.string().nullable(),
  closedAt: z.number().nullable(),
  handlerUserId: z.number().nullable(),
  handlerDepartment: z.string().nullable(),
  claimantKind: z.enum(claimantKinds).nullable(),
  claimantName: z.string().nullable(),
  claimantPhone: z.string().nullable(),
  claimedAt: z.number().nullable(),
  escalationLevel: z.enum(escalationLevels).nullable(),
  extensionRequestDays: z.number().nullable(),
  extensionDays: z.number(),
  satisfaction: z.enum(satisfactions).nullable(),
  followedUpAt: z.number().nullable(),
  reopenCount: z.number(),
  voidReason: z.enum(voidReasons).nullable(),
  duplicateOf: z.object({ id: z.number(), number: z.string() }).nullable(),
  registeredByName: z.string().nullable(),
  version: z.number(),
  /** The steps the signed-in user may take now (from caseFlow), so the page shows exactly those buttons. */
  allowedActions: z.array(z.enum(caseActions)),
  /** Whether the signed-in user may change the case's details. */
  canEdit: z.boolean(),
  timeline: z.array(caseEvent),
  attachments: z.array(caseAttachment),
});
export type CaseDetail = z.infer<typeof caseDetail>;

/** What a change answers: enough to show "saved" and to send the next change with the new version. */
export const caseChange = z.object({
  id: z.number(),
  number: z.string(),
  status: z.enum(caseStatuses),
  version: z.number(),
});

const hotlineRules = (
  value: { source?: string; hotlineOrderNo?: string | undefined; hotlineDeadline?: number | undefined },
  ctx: z.RefinementCtx,
) => {
  if (value.source !== 'hotline') return;
  if (!value.hotlineOrderNo)
    ctx.addIssue({ code: 'custom', message: 'hotlineOrderNoRequired', path: ['hotlineOrderNo'] });
  if (value.hotlineDeadline === undefined) {
    ctx.addIssue({ code: 'custom', message: 'hotlineDeadlineRequired', path: ['hotlineDeadline'] });
  }
};

/** The details a case is registered with and later corrected. Either a resident/household, or a grid. */
const caseDetails = {
  kind: z.enum(caseKinds),
  source: z.enum(caseSources),
  /** A sub-category, or a top category that has none. */
  categoryId: id,
  urgency: z.enum(caseUrgencies).default('ordinary'),
  description,
  residentId: id.optional(),
  householdId: id.optional(),
  /** Required when no household is linked; otherwise the household's micro-grid is used. */
  gridId: id.optional(),
  address: optionalText(120),
  contactName: optionalText(40),
  contactPhone: phone.optional(),
  hotlineOrderNo: z.string().trim().min(1).max(40).optional(),
  hotlineDeadline: instant.optional(),
};

/** How far a new case goes at once: registered only, accepted, dispatched, or resolved at the desk. */
export const intakeSteps = ['register', 'accept', 'assign', 'resolve'] as const;

const handlerFields = {
  handlerUserId: id.optional(),
  handlerDepartment: name(60).optional(),
};

const oneHandler = (value: { handlerUserId?: number; handlerDepartment?: string }, ctx: z.RefinementCtx) => {
  if ((value.handlerUserId === undefined) === (value.handlerDepartment === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'handlerRequired', path: ['handlerUserId'] });
  }
};

export const createCaseInput = z
  .object({
    ...caseDetails,
    next: z.enum(intakeSteps).default('accept'),
    ...handlerFields,
    resolution: z.string().trim().min(1).max(2000).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    hotlineRules(value, ctx);
    if (value.next === 'assign') oneHandler(value, ctx);
    if (value.next === 'resolve' && !value.resolution) {
      ctx.addIssue({ code: 'custom', message: 'resolutionRequired', path: ['resolution'] });
    }
  });

// `extend`, not a spread: a step's own `note` (required for some) must replace the optional one in the type too.
const step = <A extends string, S extends z.ZodRawShape>(action: A, shape: S) =>
  z
    .object({ id, version, action: z.literal(action), note })
    .extend(shape)
    .strict();

/** One step of the flow; each carries what it needs (a handler, a resolution, a satisfaction, a reason…). */
export const transitionInput = z.discriminatedUnion('action', [
  step('accept', {}),
  step('assign', handlerFields).superRefine(oneHandler),
  step('start', {}),
  step('resolve', { resolution: description }),
  step('return', { note: requiredNote }),
  step('escalate', { escalationLevel: z.enum(escalationLevels), note: requiredNote }),
  step('requestExtension', { extensionDays: z.number().int().min(1).max(30), note: requiredNote }),
  step('decideExtension', { approved: z.boolean() }),
  step('supervise', { supervisionLevel: z.enum(supervisionLevels), note: requiredNote }),
  step('followUp', { satisfaction: z.enum(satisfactions) }),
  step('close', {}),
  step('void', {
    voidReason: z.enum(voidReasons),
    duplicateOfNumber: z.string().trim().max(20).optional(),
    note: requiredNote,
  }),
  step('note', { note: requiredNote }),
]);
export type TransitionInput = z.input<typeof transitionInput>;

export const myWorkBuckets = [
  'toAccept',
  'toAssign',
  'toFollowUp',
  'assignedToMe',
  'inMyHands',
  'overdue',
  'dueSoon',
  'extensionRequests',
  'supervised',
  'escalated',
  'wishesToClaim',
] as const;

export const categoryRow = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  sortOrder: z.number(),
  /** As configured on this category; null = inherited. */
  acceptWorkingDays: z.number().nullable(),
  resolveDays: z.number().nullable(),
  urgentResolveDays: z.number().nullable(),
  /** What applies after inheriting from the parent and the defaults. */
  effective: z.object({ acceptWorkingDays: z.number(), resolveDays: z.number(), urgentResolveDays: z.number() }),
  archived: z.boolean(),
  version: z.number(),
});
export type CategoryRow = z.infer<typeof categoryRow>;

const deadlineDays = z.number().int().min(1).max(90).nullable();

export const wishStages = ['open', 'claimed', 'fulfilled'] as const;

export const wishCard = z.object({
  id: z.number(),
  number: z.string(),
  description: z.string(),
  gridPath: z.string(),
  /** The wisher's name with all but the family name hidden (张**): the wall is read by outsiders. */
  wisherName: z.string().nullable(),
  registeredAt: z.number(),
  claimantKind: z.enum(claimantKinds).nullable(),
  claimantName: z.string().nullable(),
  claimedAt: z.number().nullable(),
  resolvedAt: z.number().nullable(),
  version: z.number(),
});

export const caseRates = z.object({
  from: z.string(),
  to: z.string(),
  /** Registered in the period, voided ones left out. */
  newCases: z.number(),
  /** From the 12345 hotline, registered in the period. */
  hotlineCount: z.number(),
  /** Resolved in the period (latest resolution), voided ones left out. */
  resolved: z.number(),
  firstContactResolved: z.number(),
  resolvedOnTime: z.number(),
  /** Followed up in the period. */
  followedUp: z.number(),
  satisfied: z.number(),
  /** 0..1; null when there is nothing to divide by. */
  firstContactRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
});
export type CaseRates = z.infer<typeof caseRates>;

export const casesContract = byName([
  mutation('cases.create', {
    access: 'cases.register',
    summary:
      'Register a case (any kind, any source) for a resident/household or an address and grid; optionally accept, dispatch or resolve it at once.',
    input: createCaseInput,
    output: caseChange,
  }),
  mutation('cases.update', {
    access: 'cases.register',
    summary:
      'Correct a case’s details (kind, source, category, urgency, description, who and where); deadlines follow.',
    input: z
      .object({ id, version, ...caseDetails })
      .strict()
      .superRefine(hotlineRules),
    output: caseChange,
  }),
  mutation('cases.transition', {
    access: 'cases.handle',
    summary:
      'Take one step of the case flow (accept, assign, start, resolve, return, escalate, extension, supervise, follow up, close, void, note).',
    input: transitionInput,
    output: caseChange,
  }),
  query('cases.get', {
    access: 'cases.read',
    summary: 'The case page: details, deadlines, the timeline, attachments and the steps the caller may take now.',
    input: z.object({ id }).strict(),
    output: caseDetail,
  }),
  query('cases.list', {
    access: 'cases.read',
    summary:
      'Cases matching filters, newest first, paged by keyset; a grid worker sees their grids’ cases and their own.',
    input: z.object({ ...pageInput, filters: caseFilters.default({}) }).strict(),
    output: z.object({
      rows: z.array(caseRow),
      nextCursor: z.number().nullable(),
      total: z.number(),
      /** True when the count stopped at its cap and there are more. */
      totalIsLowerBound: z.boolean(),
    }),
  }),
  query('cases.myWork', {
    access: 'cases.read',
    summary: 'What the caller’s role must act on now, bucket by bucket, with each bucket’s list filter.',
    input: z.object({}).strict(),
    output: z.object({
      buckets: z.array(
        z.object({ key: z.enum(myWorkBuckets), filters: caseFilters, count: z.number(), rows: z.array(caseRow) }),
      ),
    }),
  }),
  query('cases.openForResident', {
    access: 'cases.read',
    summary: 'A resident’s open cases, so the new-case form warns of a second case in the same category.',
    input: z.object({ residentId: id }).strict(),
    output: z.object({ rows: z.array(caseRow) }),
  }),
  query('cases.handlers', {
    access: 'cases.register',
    summary:
      'Who a case can be dispatched to: users who handle cases (the grid’s own workers first) and departments used before.',
    input: z.object({ gridId: id.optional() }).strict(),
    output: z.object({
      users: z.array(
        z.object({
          userId: z.number(),
          displayName: z.string(),
          role: z.enum(roles),
          gridNames: z.array(z.string()),
          onThisGrid: z.boolean(),
        }),
      ),
      departments: z.array(z.string()),
    }),
  }),
  mutation('cases.attach', {
    access: 'cases.handle',
    summary: 'Attach a file already uploaded to the attachment store (by its sha-256) to a case.',
    input: z
      .object({ caseId: id, sha256: z.string().regex(/^[a-f0-9]{64}$/), fileName: z.string().trim().min(1).max(200) })
      .strict(),
    output: caseAttachment,
  }),
  query('cases.attachmentFile', {
    access: 'cases.read',
    summary:
      'Where an attachment’s bytes are stored and how to serve them, for the file transports; its case must be visible.',
    input: z.object({ id }).strict(),
    output: z.object({
      id: z.number(),
      caseId: z.number(),
      sha256: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      size: z.number(),
    }),
  }),
  query('cases.rates', {
    access: 'cases.read',
    summary: 'First-contact resolution, on-time and satisfaction rates and the 12345 count for a period and a grid.',
    input: z
      .object({ from: isoDate, to: isoDate, gridId: id.optional() })
      .strict()
      .refine((v) => v.from <= v.to, { message: 'periodEndsBeforeStart', path: ['to'] }),
    output: caseRates,
  }),
  query('cases.listViews', {
    access: 'cases.read',
    summary: 'The caller’s saved case-list views.',
    input: z.object({}).strict(),
    output: z.object({ rows: z.array(z.object({ id: z.number(), name: z.string(), filters: caseFilters })) }),
  }),
  mutation('cases.saveView', {
    access: 'cases.read',
    summary: 'Save the case list’s filters under a name (replacing a view of the same name).',
    input: z.object({ name: name(30), filters: caseFilters }).strict(),
    output: z.object({ id: z.number(), name: z.string(), filters: caseFilters }),
  }),
  mutation('cases.removeView', {
    access: 'cases.read',
    summary: 'Delete one of the caller’s saved views.',
    input: z.object({ id }).strict(),
    output: ok,
  }),
  query('cases.categoryTree', {
    access: 'signedIn',
    summary: 'The two-level category tree with each category’s deadlines (configured and effective).',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.object({ rows: z.array(categoryRow) }),
  }),
  mutation('cases.createCategory', {
    access: 'cases.categories',
    summary: 'Add a top category or a sub-category, optionally with its own deadlines.',
    input: z
      .object({
        parentId: id.optional(),
        name: name(30),
        nameEn: optionalText(60),
        acceptWorkingDays: deadlineDays.default(null),
        resolveDays: deadlineDays.default(null),
        urgentResolveDays: deadlineDays.default(null),
      })
      .strict(),
    output: categoryRow,
  }),
  mutation('cases.updateCategory', {
    access: 'cases.categories',
    summary: 'Rename a category, change its deadlines (null = inherit) or archive/restore it.',
    input: z
      .object({
        id,
        version,
        name: name(30),
        nameEn: optionalText(60),
        acceptWorkingDays: deadlineDays,
        resolveDays: deadlineDays,
        urgentResolveDays: deadlineDays,
        archived: z.boolean(),
      })
      .strict(),
    output: categoryRow,
  }),
  query('wishes.wall', {
    access: 'wishes.read',
    summary: 'The wish wall: open wishes waiting for someone, claimed ones, and fulfilled ones.',
    input: z.object({ ...pageInput, stage: z.enum(wishStages), gridId: id.optional() }).strict(),
    output: z.object({
      rows: z.array(wishCard),
      nextCursor: z.number().nullable(),
      counts: z.object({ open: z.number(), claimed: z.number(), fulfilled: z.number() }),
    }),
  }),
  mutation('wishes.claim', {
    access: 'wishes.claim',
    summary: 'Record who claimed a wish: a party member, a volunteer or a unit.',
    input: z
      .object({
        id,
        version,
        claimantKind: z.enum(claimantKinds),
        claimantName: name(40),
        claimantPhone: phone.optional(),
        /** A party member on a branch's roster who claims it: counted in their service (party.member). */
        claimantMemberId: id.optional(),
        note,
      })
      .strict(),
    output: caseChange,
  }),
]);
