// A wish claimed by a party member of a branch's roster (wishes.claim's claimantMemberId): the member must be on a
// roster now, and the claimant must be a party member; the case then counts in the member's record (party.member).
import { eq } from 'drizzle-orm';
import type { ClaimantKind } from '../../../shared/domain/cases';
import { partyMembers } from '../../db/schema/party';
import type { Ctx } from '../context';
import { IssueList } from './serviceIssues';

/** The member to store in cases.claimant_member_id, or null when none is named. */
export function claimantMemberOf(ctx: Ctx, claimantKind: ClaimantKind, memberId: number | undefined): number | null {
  if (memberId === undefined) return null;
  const issues = new IssueList(ctx);
  if (claimantKind !== 'party_member') issues.add(['claimantMemberId'], 'claimantMemberNotPartyKind').throwIfAny();
  const member = ctx.db
    .select({ id: partyMembers.id, status: partyMembers.status })
    .from(partyMembers)
    .where(eq(partyMembers.id, memberId))
    .get();
  if (member?.status !== 'active') issues.add(['claimantMemberId'], 'claimantMemberUnknown').throwIfAny();
  return memberId;
}
