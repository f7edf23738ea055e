// Branches (党支部) set up on grids: the list of the branches an actor reaches, one branch with its committee,
// and a manager setting a branch up or changing it. The committee is kept by branchCommittee.
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { ParsedInputOf } from '../../../shared/contract';
import { grids, users } from '../../db/schema';
import { partyBranches } from '../../db/schema/party';
import type { Ctx, Handlers } from '../context';
import { requireCurrentVersion } from '../households';
import { setCommittee } from './branchCommittee';
import { reachableBranchSummaries, toBranchDetail } from './branchRows';
import { type BranchRecord, requireReadableBranch, requireWritableBranch } from './partyScope';
import { IssueList } from './serviceIssues';

type BranchFields = ParsedInputOf<'party.createBranch'>;

/** Every rule of a branch's fields at once: name free, grid a community or comprehensive grid, the account's role. */
function checkBranchFields(ctx: Ctx, input: BranchFields, branchId: number | null): void {
  const issues = new IssueList(ctx);
  const taken = ctx.db
    .select({ id: partyBranches.id })
    .from(partyBranches)
    .where(
      and(
        eq(partyBranches.name, input.name),
        isNull(partyBranches.archivedAt),
        branchId === null ? undefined : ne(partyBranches.id, branchId),
      ),
    )
    .get();
  if (taken) issues.add(['name'], 'branchNameTaken', { name: input.name });
  const grid = ctx.db.select().from(grids).where(eq(grids.id, input.gridId)).get();
  if (!grid || grid.archivedAt !== null || (grid.level !== 'community' && grid.level !== 'grid')) {
    issues.add(['gridId'], 'branchGridLevel');
  }
  issues.notInFuture(['foundedOn'], input.foundedOn);
  if (input.secretaryUserId !== null) {
    const account = ctx.db.select().from(users).where(eq(users.id, input.secretaryUserId)).get();
    if (!account?.active || account.role !== 'branch_secretary') {
      issues.add(['secretaryUserId'], 'secretaryAccountNotSecretary');
    }
  }
  issues.throwIfAny();
}

function branchColumns(input: BranchFields) {
  return {
    name: input.name,
    brandName: input.brandName || null,
    gridId: input.gridId,
    foundedOn: input.foundedOn,
    secretaryUserId: input.secretaryUserId,
  };
}

function auditView(b: BranchRecord) {
  const { createdAt: _created, updatedAt: _updated, ...view } = b;
  return view;
}

export const branchesHandlers: Handlers<
  'party.branches' | 'party.branch' | 'party.createBranch' | 'party.updateBranch' | 'party.setCommittee'
> = {
  'party.branches': (ctx) => ({ rows: reachableBranchSummaries(ctx) }),

  'party.branch': (ctx, input) => toBranchDetail(ctx, requireReadableBranch(ctx, input.id)),

  'party.createBranch': (ctx, input) => {
    checkBranchFields(ctx, input, null);
    const now = ctx.clock.now();
    const after = ctx.db
      .insert(partyBranches)
      .values({ ...branchColumns(input), createdAt: now, updatedAt: now })
      .returning()
      .get();
    ctx.audit.record({ entity: 'party_branches', entityId: after.id, after: auditView(after) });
    return toBranchDetail(ctx, after);
  },

  'party.updateBranch': (ctx, input) => {
    const before = requireWritableBranch(ctx, input.id);
    requireCurrentVersion(before, input.version);
    checkBranchFields(ctx, input, before.id);
    const after = ctx.db
      .update(partyBranches)
      .set({ ...branchColumns(input), updatedAt: ctx.clock.now(), version: before.version + 1 })
      .where(eq(partyBranches.id, before.id))
      .returning()
      .get();
    ctx.audit.record({
      entity: 'party_branches',
      entityId: after.id,
      before: auditView(before),
      after: auditView(after),
    });
    return toBranchDetail(ctx, after);
  },

  'party.setCommittee': (ctx, input) => toBranchDetail(ctx, setCommittee(ctx, input)),
};
