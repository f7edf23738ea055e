// The team screens' shared reads: what a team change makes stale, and the roster of active workers.
import type { ProcedureName } from '../../../../shared/contract';
import { useQueryProc } from '../../api/hooks';

/** Every answer a change to the roster, training, places, inspections, patrols or assessment can make stale. */
export const teamQueries: ProcedureName[] = [
  'team.staff',
  'team.staffMember',
  'team.candidates',
  'team.trainings',
  'team.training',
  'team.trainingHours',
  'team.places',
  'team.inspections',
  'team.patrols',
  'team.assessmentPlan',
  'team.ranking',
  'team.scoreSheet',
  'cases.list',
  'cases.myWork',
];

/** Workers at work now, by name: whom a training, an inspection or a patrol can list. */
export function useActiveStaff() {
  return useQueryProc('team.staff', { status: 'active' }, { staleTime: 30_000 });
}
