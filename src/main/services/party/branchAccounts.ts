// The accounts a branch may be kept by (party.secretaryAccounts): active branch-secretary accounts, each with the
// branches it already keeps, so a manager setting a branch up can choose one without the user administration.
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { users } from '../../db/schema';
import { partyBranches } from '../../db/schema/party';
import type { Handlers } from '../context';

export const branchAccountsHandlers: Handlers<'party.secretaryAccounts'> = {
  'party.secretaryAccounts': (ctx) => {
    const accounts = ctx.db
      .select({ id: users.id, username: users.username, displayName: users.displayName })
      .from(users)
      .where(and(eq(users.role, 'branch_secretary'), eq(users.active, true)))
      .orderBy(asc(users.username))
      .all();
    const kept = ctx.db
      .select({ userId: partyBranches.secretaryUserId, name: partyBranches.name })
      .from(partyBranches)
      .where(and(isNotNull(partyBranches.secretaryUserId), isNull(partyBranches.archivedAt)))
      .orderBy(asc(partyBranches.name))
      .all();
    return {
      rows: accounts.map((account) => ({
        ...account,
        branchNames: kept.filter((branch) => branch.userId === account.id).map((branch) => branch.name),
      })),
    };
  },
};
