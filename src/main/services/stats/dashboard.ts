// The dashboard: today's numbers of a scope and its trend charts (stub until issue 7's service lands).
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notYet = () => {
  throw new AppError('INTERNAL', 'Not built yet.');
};

export const dashboardHandlers: Handlers<'dashboard.today' | 'dashboard.trends'> = {
  'dashboard.today': notYet,
  'dashboard.trends': notYet,
};
