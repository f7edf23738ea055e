// The monthly summary of a scope: its sections, commentary and sheet (stub until issue 7's service lands).
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notYet = () => {
  throw new AppError('INTERNAL', 'Not built yet.');
};

export const summaryHandlers: Handlers<'summaries.month' | 'summaries.saveCommentary' | 'exports.monthlySummary'> = {
  'summaries.month': notYet,
  'summaries.saveCommentary': notYet,
  'exports.monthlySummary': notYet,
};
