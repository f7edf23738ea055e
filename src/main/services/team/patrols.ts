// STUB: replaced by the team services.
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notBuilt = (name: string): never => {
  throw new AppError('INTERNAL', `${name} is not built yet.`);
};

export const patrolsHandlers: Handlers<'team.patrols' | 'team.recordPatrol'> = {
  'team.patrols': () => notBuilt('team.patrols'),
  'team.recordPatrol': () => notBuilt('team.recordPatrol'),
};
