// The grid team's handlers: roster, training, places and inspections, patrols, assessment.
import type { Handlers } from '../context';
import { assessmentHandlers } from './assessment';
import { patrolsHandlers } from './patrols';
import { placesHandlers } from './places';
import { rosterHandlers } from './roster';
import { trainingHandlers } from './training';

type TeamProcedure =
  | keyof typeof rosterHandlers
  | keyof typeof trainingHandlers
  | keyof typeof placesHandlers
  | keyof typeof patrolsHandlers
  | keyof typeof assessmentHandlers;

export const teamHandlers: Handlers<TeamProcedure> = {
  ...rosterHandlers,
  ...trainingHandlers,
  ...placesHandlers,
  ...patrolsHandlers,
  ...assessmentHandlers,
};
