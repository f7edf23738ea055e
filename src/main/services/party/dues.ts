// STUB: replaced by the party services.
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notBuilt = (name: string): never => {
  throw new AppError('INTERNAL', `${name} is not built yet.`);
};

export const duesHandlers: Handlers<'party.duesSheet' | 'party.recordDues' | 'party.arrears'> = {
  'party.duesSheet': () => notBuilt('party.duesSheet'),
  'party.recordDues': () => notBuilt('party.recordDues'),
  'party.arrears': () => notBuilt('party.arrears'),
};
