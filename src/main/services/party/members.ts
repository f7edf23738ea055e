// STUB: replaced by the party services.
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notBuilt = (name: string): never => {
  throw new AppError('INTERNAL', `${name} is not built yet.`);
};

export const membersHandlers: Handlers<
  'party.members' | 'party.member' | 'party.addMember' | 'party.updateMember' | 'party.changeMember'
> = {
  'party.members': () => notBuilt('party.members'),
  'party.member': () => notBuilt('party.member'),
  'party.addMember': () => notBuilt('party.addMember'),
  'party.updateMember': () => notBuilt('party.updateMember'),
  'party.changeMember': () => notBuilt('party.changeMember'),
};
