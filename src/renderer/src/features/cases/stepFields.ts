// What each step of the case flow asks for in its dialog: a small table read by StepModal, with the contract's own
// schema per step so the dialog refuses what cases.transition would.
import type { z } from 'zod';
import { transitionInput } from '../../../../shared/contract/cases';
import type { CaseAction } from '../../../../shared/domain/caseFlow';

/** Steps taken through cases.transition; a wish's claim goes through wishes.claim and its own dialog. */
export type FlowStep = Exclude<CaseAction, 'claim'>;

export type StepField =
  | 'handler'
  | 'resolution'
  | 'escalationLevel'
  | 'extensionDays'
  | 'approved'
  | 'supervisionLevel'
  | 'satisfaction'
  | 'voidReason';

/** How the note is labelled: a remark, a reason the step needs, or the supervisor's instruction. */
export type NoteRole = 'remark' | 'reason' | 'instruction';

export interface StepSpec {
  fields: StepField[];
  note: NoteRole;
  /** Steps that end or push back a case get a red button. */
  danger?: boolean;
}

export const stepSpecs: Record<FlowStep, StepSpec> = {
  accept: { fields: [], note: 'remark' },
  assign: { fields: ['handler'], note: 'remark' },
  start: { fields: [], note: 'remark' },
  resolve: { fields: ['resolution'], note: 'remark' },
  return: { fields: [], note: 'reason', danger: true },
  escalate: { fields: ['escalationLevel'], note: 'reason' },
  requestExtension: { fields: ['extensionDays'], note: 'reason' },
  decideExtension: { fields: ['approved'], note: 'remark' },
  supervise: { fields: ['supervisionLevel'], note: 'instruction' },
  followUp: { fields: ['satisfaction'], note: 'remark' },
  close: { fields: [], note: 'remark' },
  void: { fields: ['voidReason'], note: 'reason', danger: true },
  note: { fields: [], note: 'remark' },
};

type StepSchema = (typeof transitionInput.options)[number];
type StepSchemaOf<A extends FlowStep> = Extract<StepSchema, { shape: { action: z.ZodLiteral<A> } }>;

/** The contract's schema of one step, for its fields' rules. */
export function stepSchema<A extends FlowStep>(action: A): StepSchemaOf<A>['shape'] {
  const schema = transitionInput.options.find((option) => option.shape.action.value === action);
  if (!schema) throw new Error(`No transition schema for ${action}`);
  return schema.shape as unknown as StepSchemaOf<A>['shape'];
}

/** Whether the step refuses an empty note (return, escalate, extension request, supervision, void, a note itself). */
export function noteRequired(action: FlowStep): boolean {
  return !(stepSchema(action).note as z.ZodType).safeParse(undefined).success;
}
