// STUB: replaced by the team services.
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../context';

const notBuilt = (name: string): never => {
  throw new AppError('INTERNAL', `${name} is not built yet.`);
};

export const assessmentHandlers: Handlers<
  | 'team.assessmentPlan'
  | 'team.saveAssessmentPlan'
  | 'team.ranking'
  | 'team.scoreSheet'
  | 'team.setManualPoints'
  | 'team.addDeduction'
  | 'team.removeDeduction'
> = {
  'team.assessmentPlan': () => notBuilt('team.assessmentPlan'),
  'team.saveAssessmentPlan': () => notBuilt('team.saveAssessmentPlan'),
  'team.ranking': () => notBuilt('team.ranking'),
  'team.scoreSheet': () => notBuilt('team.scoreSheet'),
  'team.setManualPoints': () => notBuilt('team.setManualPoints'),
  'team.addDeduction': () => notBuilt('team.addDeduction'),
  'team.removeDeduction': () => notBuilt('team.removeDeduction'),
};
