// STUB: replaced by the party services.
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notBuilt = (name: string): never => {
  throw new AppError('INTERNAL', `${name} is not built yet.`);
};

export const meetingsHandlers: Handlers<
  'party.meetings' | 'party.meeting' | 'party.recordMeeting' | 'party.updateMeeting' | 'party.meetingsOwed'
> = {
  'party.meetings': () => notBuilt('party.meetings'),
  'party.meeting': () => notBuilt('party.meeting'),
  'party.recordMeeting': () => notBuilt('party.recordMeeting'),
  'party.updateMeeting': () => notBuilt('party.updateMeeting'),
  'party.meetingsOwed': () => notBuilt('party.meetingsOwed'),
};
