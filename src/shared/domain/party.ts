// Party organisation (DOMAIN.md "Party organisation"): members' standing, kinds and statuses, the committee's
// posts, and the monthly membership report's flow. Values only, plus the rules both screens and server apply.

/** 正式党员, 预备党员. */
export const memberStandings = ['full', 'probationary'] as const;
export type MemberStanding = (typeof memberStandings)[number];

/** 社区党员; 在职党员 reporting to the community where they live; 流动党员 working elsewhere. */
export const memberKinds = ['community', 'on_the_job', 'mobile'] as const;
export type MemberKind = (typeof memberKinds)[number];

/** 正常, 转出, 去世. */
export const memberStatuses = ['active', 'transferred_out', 'deceased'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/** 书记, 副书记, 委员. */
export const committeePosts = ['secretary', 'deputy_secretary', 'member'] as const;
export type CommitteePost = (typeof committeePosts)[number];

/** A probationary member becomes full on or after the day they joined, never before (dates YYYY-MM-DD). */
export function fullMembershipDateProblem(joinedOn: string, fullOn: string | null): 'fullBeforeJoining' | null {
  return fullOn !== null && fullOn < joinedOn ? 'fullBeforeJoining' : null;
}

/** 草稿, 已提交, 已审核, 已退回. */
export const reportStatuses = ['draft', 'submitted', 'reviewed', 'returned'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportActions = ['submit', 'review', 'return'] as const;
export type ReportAction = (typeof reportActions)[number];

const reportFlow: Record<ReportAction, { from: readonly ReportStatus[]; to: ReportStatus }> = {
  // A returned report is corrected and submitted again.
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  review: { from: ['submitted'], to: 'reviewed' },
  return: { from: ['submitted'], to: 'returned' },
};

/** Where a step leads from a status, or null when it may not be taken (submitted twice, edited after review…). */
export function reportTransition(status: ReportStatus, action: ReportAction): ReportStatus | null {
  const rule = reportFlow[action];
  return rule.from.includes(status) ? rule.to : null;
}

/** A report can be edited while its branch still holds it: as a draft, or returned with an opinion. */
export function isReportEditable(status: ReportStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** Where a branch secretary comes from (DOMAIN.md): 离退休干部, 网格员, 志愿者, or anyone else the branch elects. */
export const secretaryBackgrounds = ['retired_cadre', 'grid_worker', 'volunteer', 'other'] as const;
export type SecretaryBackground = (typeof secretaryBackgrounds)[number];

/** How a member came onto the roster: 发展入党 in this branch, or 转入 from another organisation. */
export const memberArrivals = ['joined', 'transferred_in'] as const;
export type MemberArrival = (typeof memberArrivals)[number];

/** The dated changes kept in a member's history and counted by the monthly report. */
export const memberEventKinds = ['joined', 'became_full', 'transferred_in', 'transferred_out', 'deceased'] as const;
export type MemberEventKind = (typeof memberEventKinds)[number];

/** The changes recorded on a member already on the roster (arrivals are recorded by adding the member). */
export const memberChanges = ['become_full', 'transfer_out', 'deceased'] as const;
export type MemberChange = (typeof memberChanges)[number];

/** 病假, 因公/工作, 外出, 其他: why a member missed a meeting. */
export const absenceReasons = ['illness', 'work', 'away', 'other'] as const;
export type AbsenceReason = (typeof absenceReasons)[number];

/** 现金, 微信, 支付宝, 银行转账. */
export const duesPaymentMethods = ['cash', 'wechat', 'alipay', 'bank_transfer'] as const;
export type DuesPaymentMethod = (typeof duesPaymentMethods)[number];

/** Service hours are recorded in half hours, at most a day per record. */
export const serviceHoursStep = 0.5;
export const maxServiceHoursPerRecord = 24;

/** Dues may be paid ahead for at most this many months after the current one (a year paid in advance). */
export const maxMonthsPaidAhead = 12;

/** Arrears are listed over at most this many months before the current one. */
export const arrearsWindowMonths = 12;

/** A member's standing follows from whether a full-membership date is known. */
export function standingOf(fullOn: string | null): MemberStanding {
  return fullOn === null ? 'probationary' : 'full';
}
