// Residents a new member may be linked to (party.residentCandidates): those living in the branch's grid who match
// what was typed, found by the register's own search. A secretary does not keep the register, so each row carries
// only enough to recognise the person (no ID number, no phone) and the branch they already belong to, if any.
import { and, eq, inArray } from 'drizzle-orm';
import { residentCandidatesLimit } from '../../../shared/contract/party';
import { residents } from '../../db/schema';
import { partyBranches, partyMembers } from '../../db/schema/party';
import type { Handlers } from '../context';
import { findResidents, searchStatements } from '../residentSearch';
import { gridSubtree, withGridPaths } from '../scope';
import { requireWritableBranch } from './partyScope';

export const residentCandidatesHandlers: Handlers<'party.residentCandidates'> = {
  'party.residentCandidates': (ctx, input) => {
    const branch = requireWritableBranch(ctx, input.branchId);
    // Phone digits are not a way in: the answer shows no phone, so matching on one would disclose it.
    const statements = searchStatements(input.q).filter((statement) => statement.matchedBy !== 'phone');
    if (statements.length === 0) return { rows: [] };
    const found = findResidents(ctx, statements, residentCandidatesLimit, gridSubtree(ctx, branch.gridId)).filter(
      (row) => row.lifeStatus === 'active',
    );
    if (found.length === 0) return { rows: [] };
    const ids = found.map((row) => row.residentId);
    const political = new Map(
      ctx.db
        .select({ id: residents.id, politicalStatus: residents.politicalStatus })
        .from(residents)
        .where(inArray(residents.id, ids))
        .all()
        .map((row) => [row.id, row.politicalStatus]),
    );
    const memberOf = new Map(
      ctx.db
        .select({ residentId: partyMembers.residentId, branchName: partyBranches.name })
        .from(partyMembers)
        .innerJoin(partyBranches, eq(partyBranches.id, partyMembers.branchId))
        .where(and(inArray(partyMembers.residentId, ids), eq(partyMembers.status, 'active')))
        .all()
        .map((row) => [row.residentId, row.branchName]),
    );
    return {
      rows: withGridPaths(ctx, found).map((row) => ({
        residentId: row.residentId,
        name: row.name,
        gender: row.gender,
        birthDate: row.birthDate,
        address: row.address,
        gridPath: row.gridPath,
        politicalStatus: political.get(row.residentId) ?? 'masses',
        memberOf: memberOf.get(row.residentId) ?? null,
      })),
    };
  },
};
