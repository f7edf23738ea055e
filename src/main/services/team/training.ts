// STUB: replaced by the team services.
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notBuilt = (name: string): never => {
  throw new AppError('INTERNAL', `${name} is not built yet.`);
};

export const trainingHandlers: Handlers<
  'team.trainings' | 'team.training' | 'team.recordTraining' | 'team.trainingHours'
> = {
  'team.trainings': () => notBuilt('team.trainings'),
  'team.training': () => notBuilt('team.training'),
  'team.recordTraining': () => notBuilt('team.recordTraining'),
  'team.trainingHours': () => notBuilt('team.trainingHours'),
};
