// Builders for the organisational-life, dues and service tests: the two branches of partyFactory, members added
// to them through party.addMember, and a member leaving the roster through party.changeMember.
import { type AddMemberInput, addMember, type PartyDesk } from './partyFactory';

export { type PartyDesk, startPartyDesk } from './partyFactory';

export interface Member {
  id: number;
  name: string;
}

/** A member of a branch (partyFactory's defaults: joined 2015-07-01, retired, 4,000 yuan a month), added by the manager. */
export function member(p: PartyDesk, overrides: Partial<AddMemberInput> & { branchId: number; name: string }): Member {
  const row = addMember(p.desk, p.tokens.manager, overrides);
  return { id: row.id, name: row.name };
}

/** The member leaves the roster on a date: transferred out, or deceased. */
export function memberLeaves(p: PartyDesk, who: Member, change: 'transfer_out' | 'deceased', date: string): void {
  const { version } = p.desk.call('party.member', { id: who.id }, p.tokens.manager);
  p.desk.call('party.changeMember', { id: who.id, version, change, date }, p.tokens.manager);
}
