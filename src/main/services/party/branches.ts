// STUB: replaced by the party services.
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notBuilt = (name: string): never => {
  throw new AppError('INTERNAL', `${name} is not built yet.`);
};

export const branchesHandlers: Handlers<
  'party.branches' | 'party.branch' | 'party.createBranch' | 'party.updateBranch' | 'party.setCommittee'
> = {
  'party.branches': () => notBuilt('party.branches'),
  'party.branch': () => notBuilt('party.branch'),
  'party.createBranch': () => notBuilt('party.createBranch'),
  'party.updateBranch': () => notBuilt('party.updateBranch'),
  'party.setCommittee': () => notBuilt('party.setCommittee'),
};
