// STUB: replaced by the team services.
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notBuilt = (name: string): never => {
  throw new AppError('INTERNAL', `${name} is not built yet.`);
};

export const placesHandlers: Handlers<'team.places' | 'team.savePlace' | 'team.inspections' | 'team.recordInspection'> =
  {
    'team.places': () => notBuilt('team.places'),
    'team.savePlace': () => notBuilt('team.savePlace'),
    'team.inspections': () => notBuilt('team.inspections'),
    'team.recordInspection': () => notBuilt('team.recordInspection'),
  };
