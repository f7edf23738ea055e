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
