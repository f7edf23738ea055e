// The roster (党员名册): members of the branches the actor reaches, one member's record, adding a member (joined
// here or transferred in), editing their details, and dated changes (转正, 转出, 去世) kept in their history.
import { eq } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import { maskIdNumber } from '../../../shared/domain/masking';
import { fullMembershipDateProblem, type MemberEventKind, standingOf } from '../../../shared/domain/party';
import { residents } from '../../db/schema';
import { partyMemberEvents, partyMembers } from '../../db/schema/party';
import type { Ctx, Handlers } from '../context';
import { requireCurrentVersion } from '../households';
import { keysetPage } from '../paging';
import { recordSensitiveRead } from '../sensitiveReads';
import { endCommitteeSeat } from './branchCommittee';
import { memberDetailOf } from './memberDetail';
import { countMembers, memberConditions, memberRowOf, memberRowsWhere } from './memberRows';
import {
  checkKindDetails,
  checkNotFuture,
  kindColumns,
  requireNotOnAnotherRoster,
  syncResidentStanding,
} from './memberRules';
import { type MemberRecord, requireReadableMember, requireWritableBranch, requireWritableMember } from './partyScope';
import { IssueList } from './serviceIssues';

type AddInput = ParsedInputOf<'party.addMember'>;

function memberAuditView(m: MemberRecord) {
  const { idNumber, createdAt: _created, updatedAt: _updated, ...view } = m;
  return { ...view, maskedIdNumber: idNumber === null ? null : maskIdNumber(idNumber) };
}

function recordEvent(ctx: Ctx, m: MemberRecord, kind: MemberEventKind, date: string, note: string): void {
  ctx.db
    .insert(partyMemberEvents)
    .values({
      memberId: m.id,
      branchId: m.branchId,
      kind,
      date,
      month: date.slice(0, 7),
      note,
      actorId: ctx.actor?.userId ?? null,
      actorName: ctx.actor?.displayName ?? '',
      createdAt: ctx.clock.now(),
    })
    .run();
}

/** Who is added: a resident on the register (their particulars copied unless given), or a name typed in. */
function personOf(ctx: Ctx, input: AddInput, issues: IssueList) {
  const given = {
    name: input.name ?? null,
    gender: input.gender ?? null,
    birthDate: input.birthDate ?? null,
    idNumber: input.idNumber ?? null,
    phone: input.phone || null,
  };
  if (input.residentId === undefined) {
    if (given.name === null) issues.add(['name'], 'memberNameRequired');
    return { ...given, residentId: null, name: given.name ?? '' };
  }
  const resident = ctx.db.select().from(residents).where(eq(residents.id, input.residentId)).get();
  if (resident?.lifeStatus !== 'active') {
    issues.add(['residentId'], 'memberResidentUnknown');
    return { ...given, residentId: null, name: given.name ?? '' };
  }
  return {
    residentId: resident.id,
    name: given.name ?? resident.name,
    gender: given.gender ?? resident.gender,
    birthDate: given.birthDate ?? resident.birthDate,
    idNumber: given.idNumber ?? resident.idNumber,
    phone: given.phone ?? resident.phone,
  };
}

function addMember(ctx: Ctx, input: AddInput) {
  const branch = requireWritableBranch(ctx, input.branchId);
  const issues = new IssueList(ctx);
  const person = personOf(ctx, input, issues);
  // Joining here is arriving here: the roster starts on the day they joined.
  const arrivedOn = input.arrival === 'joined' ? input.joinedOn : input.arrivedOn;
  const fullProblem = fullMembershipDateProblem(input.joinedOn, input.fullOn);
  if (fullProblem) issues.add(['fullOn'], fullProblem);
  if (arrivedOn < input.joinedOn) issues.add(['arrivedOn'], 'arrivedBeforeJoining');
  checkKindDetails(issues, input);
  checkNotFuture(issues, {
    birthDate: input.birthDate,
    joinedOn: input.joinedOn,
    arrivedOn,
    fullOn: input.fullOn,
    reportedOn: input.reportedOn,
    mobileSince: input.mobileSince,
  });
  issues.throwIfAny();
  requireNotOnAnotherRoster(ctx, person);
  const now = ctx.clock.now();
  const standing = standingOf(input.fullOn);
  const member = ctx.db
    .insert(partyMembers)
    .values({
      ...person,
      branchId: branch.id,
      standing,
      joinedOn: input.joinedOn,
      fullOn: input.fullOn,
      arrivedOn,
      ...kindColumns(input),
      incomeCategory: input.incomeCategory,
      incomeFen: input.incomeFen,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  recordEvent(ctx, member, input.arrival, arrivedOn, input.note);
  syncResidentStanding(ctx, member.residentId, standing);
  ctx.audit.record({ entity: 'party_members', entityId: member.id, after: memberAuditView(member) });
  return memberRowOf(ctx, member.id);
}

function saveMember(ctx: Ctx, before: MemberRecord, changes: Partial<MemberRecord>) {
  const after = ctx.db
    .update(partyMembers)
    .set({ ...changes, updatedAt: ctx.clock.now(), version: before.version + 1 })
    .where(eq(partyMembers.id, before.id))
    .returning()
    .get();
  ctx.audit.record({
    entity: 'party_members',
    entityId: after.id,
    before: memberAuditView(before),
    after: memberAuditView(after),
  });
  return after;
}

function changeMember(ctx: Ctx, input: ParsedInputOf<'party.changeMember'>) {
  const before = requireWritableMember(ctx, input.id);
  requireCurrentVersion(before, input.version);
  const issues = new IssueList(ctx);
  checkNotFuture(issues, { date: input.date });
  if (input.change === 'become_full') {
    if (before.fullOn !== null) issues.add(['change'], 'alreadyFull');
    const problem = fullMembershipDateProblem(before.joinedOn, input.date);
    if (problem) issues.add(['date'], problem);
    issues.throwIfAny();
    const after = saveMember(ctx, before, { fullOn: input.date, standing: standingOf(input.date) });
    recordEvent(ctx, after, 'became_full', input.date, input.note);
    syncResidentStanding(ctx, after.residentId, after.standing);
    return memberRowOf(ctx, after.id);
  }
  if (input.date < before.arrivedOn) issues.add(['date'], 'changeBeforeArrival');
  issues.throwIfAny();
  const status = input.change === 'transfer_out' ? 'transferred_out' : 'deceased';
  const after = saveMember(ctx, before, { status, statusDate: input.date });
  recordEvent(ctx, after, status, input.date, input.note);
  // Off the roster is off the committee; the register's own record of the resident is the register's to change.
  endCommitteeSeat(ctx, after.branchId, after.id);
  return memberRowOf(ctx, after.id);
}

export const membersHandlers: Handlers<
  'party.members' | 'party.member' | 'party.addMember' | 'party.updateMember' | 'party.changeMember'
> = {
  'party.members': (ctx, input) => {
    const { cursor, limit, ...filters } = input;
    const where = memberConditions(ctx, filters);
    const rows = memberRowsWhere(ctx, where, { cursor, limit: limit + 1 });
    const { page, nextCursor } = keysetPage(rows, limit, (r) => r.id);
    return { rows: page, total: countMembers(ctx, where), nextCursor };
  },

  'party.member': (ctx, input) => {
    const detail = memberDetailOf(ctx, requireReadableMember(ctx, input.id));
    // The member's record shows their phone and declared income (which sets their dues) whole.
    recordSensitiveRead(ctx, 'party_members', detail.id, [...(detail.phone ? (['phone'] as const) : []), 'income']);
    return detail;
  },

  'party.addMember': addMember,

  'party.updateMember': (ctx, input) => {
    const before = requireWritableMember(ctx, input.id);
    requireCurrentVersion(before, input.version);
    const issues = new IssueList(ctx);
    checkKindDetails(issues, input);
    checkNotFuture(issues, {
      reportedOn: input.reportedOn,
      mobileSince: input.mobileSince,
    });
    issues.throwIfAny();
    const after = saveMember(ctx, before, {
      phone: input.phone || null,
      ...kindColumns(input),
      incomeCategory: input.incomeCategory,
      incomeFen: input.incomeFen,
    });
    return memberRowOf(ctx, after.id);
  },

  'party.changeMember': changeMember,
};
