// STUB: replaced by the party services.
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notBuilt = (name: string): never => {
  throw new AppError('INTERNAL', `${name} is not built yet.`);
};

export const reportsHandlers: Handlers<
  | 'party.reports'
  | 'party.report'
  | 'party.saveReport'
  | 'party.submitReport'
  | 'party.reviewReport'
  | 'exports.partyReport'
> = {
  'party.reports': () => notBuilt('party.reports'),
  'party.report': () => notBuilt('party.report'),
  'party.saveReport': () => notBuilt('party.saveReport'),
  'party.submitReport': () => notBuilt('party.submitReport'),
  'party.reviewReport': () => notBuilt('party.reviewReport'),
  'exports.partyReport': () => notBuilt('exports.partyReport'),
};
