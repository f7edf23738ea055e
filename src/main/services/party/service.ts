// STUB: replaced by the party services.
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notBuilt = (name: string): never => {
  throw new AppError('INTERNAL', `${name} is not built yet.`);
};

export const serviceHandlers: Handlers<'party.services' | 'party.recordService'> = {
  'party.services': () => notBuilt('party.services'),
  'party.recordService': () => notBuilt('party.recordService'),
};
