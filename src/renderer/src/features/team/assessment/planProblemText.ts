// What is wrong with a plan being edited, in words: the domain's planProblems (the sum is shown beside the weights,
// so it is left out here) and a hand-scored item left without a name.
import type { TFunction } from 'i18next';
import type { AssessmentPlanInput } from '../../../../../shared/contract/team';
import { planProblems } from '../../../../../shared/domain/assessment';
import { itemName } from './assessmentFormat';

export function planProblemTexts(plan: AssessmentPlanInput, t: TFunction): string[] {
  const nameOf = (key: string) => {
    const item = plan.items.find((i) => i.key === key);
    return item ? itemName(item, t) : key;
  };
  const unnamed = plan.items
    .filter((item) => item.source === 'manual' && !item.label?.trim())
    .map((item) => t('teamAssessment.problems.labelMissing', { item: item.key }));
  const problems = planProblems(plan).flatMap((p) => {
    if (p.problem === 'weightsNotHundred') return [];
    if ('key' in p) return [t(`teamAssessment.problems.${p.problem}`, { item: nameOf(p.key) })];
    return [t(`teamAssessment.problems.${p.problem}`)];
  });
  return [...unnamed, ...problems];
}
