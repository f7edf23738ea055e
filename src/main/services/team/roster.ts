// STUB: replaced by the team services.
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notBuilt = (name: string): never => {
  throw new AppError('INTERNAL', `${name} is not built yet.`);
};

export const rosterHandlers: Handlers<
  'team.staff' | 'team.staffMember' | 'team.candidates' | 'team.addStaff' | 'team.updateStaff' | 'team.changeStaff'
> = {
  'team.staff': () => notBuilt('team.staff'),
  'team.staffMember': () => notBuilt('team.staffMember'),
  'team.candidates': () => notBuilt('team.candidates'),
  'team.addStaff': () => notBuilt('team.addStaff'),
  'team.updateStaff': () => notBuilt('team.updateStaff'),
  'team.changeStaff': () => notBuilt('team.changeStaff'),
};
