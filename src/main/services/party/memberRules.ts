// The rules of a member's record shared by adding and editing: what each kind needs (在职: employer and report
// date; 流动: where and since), no date after today, one active membership per person, and the register kept in
// agreement (a linked resident's political status follows their standing).
import { and, eq, ne, or, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/contract/errors';
import type { MemberKind, MemberStanding } from '../../../shared/domain/party';
import { residents } from '../../db/schema';
import { partyBranches, partyMembers } from '../../db/schema/party';
import type { Ctx } from '../context';
import { residentAuditView } from '../register';
import { loadTags } from '../residentViews';
import type { IssueList } from './serviceIssues';

export interface KindDetails {
  kind: MemberKind;
  employer?: string;
  reportedOn?: string;
  servicePost?: string;
  mobileWhere?: string;
  mobileSince?: string;
  mobileContact?: string;
}

/** The details a kind needs, each missing one on its own field. */
export function checkKindDetails(issues: IssueList, input: KindDetails): void {
  if (input.kind === 'on_the_job') {
    if (!input.employer) issues.add(['employer'], 'employerRequired');
    if (!input.reportedOn) issues.add(['reportedOn'], 'reportedOnRequired');
  }
  if (input.kind === 'mobile') {
    if (!input.mobileWhere) issues.add(['mobileWhere'], 'mobileWhereRequired');
    if (!input.mobileSince) issues.add(['mobileSince'], 'mobileSinceRequired');
  }
}

/** The stored kind details: only the ones of the member's kind are kept, so a roster never shows stale ones. */
export function kindColumns(input: KindDetails) {
  const onTheJob = input.kind === 'on_the_job';
  const mobile = input.kind === 'mobile';
  return {
    kind: input.kind,
    employer: (onTheJob && input.employer) || null,
    reportedOn: (onTheJob && input.reportedOn) || null,
    servicePost: (onTheJob && input.servicePost) || null,
    mobileWhere: (mobile && input.mobileWhere) || null,
    mobileSince: (mobile && input.mobileSince) || null,
    mobileContact: (mobile && input.mobileContact) || null,
  };
}

/** Each given date field that lies after today. */
export function checkNotFuture(issues: IssueList, dates: Record<string, string | null | undefined>): void {
  for (const [field, date] of Object.entries(dates)) {
    if (date) issues.notInFuture([field], date);
  }
}

/** A person (by resident or ID number) is an active member of one branch only. */
export function requireNotOnAnotherRoster(
  ctx: Ctx,
  person: { name: string; residentId: number | null; idNumber: string | null },
): void {
  const same = or(
    person.residentId === null ? undefined : eq(partyMembers.residentId, person.residentId),
    person.idNumber === null ? undefined : eq(partyMembers.idNumber, person.idNumber),
  );
  if (!same) return;
  const other = ctx.db
    .select({ branch: partyBranches.name })
    .from(partyMembers)
    .innerJoin(partyBranches, eq(partyBranches.id, partyMembers.branchId))
    .where(and(eq(partyMembers.status, 'active'), same))
    .get();
  if (other) {
    throw new AppError('CONFLICT', `${person.name} is already an active member of ${other.branch}.`, {
      reason: 'memberInOtherBranch',
      params: { name: person.name, branch: other.branch },
    });
  }
}

/** The register agrees with the roster: a linked resident is a party member or a probationary one. */
export function syncResidentStanding(ctx: Ctx, residentId: number | null, standing: MemberStanding): void {
  if (residentId === null) return;
  const status = standing === 'full' ? 'party_member' : 'probationary_member';
  const before = ctx.db.select().from(residents).where(eq(residents.id, residentId)).get();
  if (!before || before.politicalStatus === status) return;
  const after = ctx.db
    .update(residents)
    .set({ politicalStatus: status, updatedAt: ctx.clock.now(), version: sql`${residents.version} + 1` })
    .where(and(eq(residents.id, residentId), ne(residents.politicalStatus, status)))
    .returning()
    .get();
  const tags = loadTags(ctx, [residentId]).get(residentId) ?? [];
  ctx.audit.record({
    entity: 'residents',
    entityId: residentId,
    before: residentAuditView(before, tags),
    after: residentAuditView(after, tags),
  });
}
