// How a demo case is handled, step by step and at what times: accepted within hours, resolved at the desk or
// dispatched to the grid's worker or a department, now and then returned, escalated, extended, supervised,
// reopened after 不满意, or voided as a duplicate. The steps are only a plan; demoCaseTimeline takes them.
import type { CaseKind, ClaimantKind, Satisfaction } from '../../shared/domain/cases';
import { atDesk, dayMs, exponential, hourMs, onRound } from './demoCaseCalendar';
import { progressNotes } from './demoCaseTexts';
import type { DemoActor, PlannedStep, StepData } from './demoCaseTimeline';
import type { Random } from './random';

export interface CaseCrew {
  desk: DemoActor;
  manager: DemoActor;
  secretary: DemoActor;
  /** The full-time worker of the case's comprehensive grid, when that worker has an account. */
  worker: DemoActor | null;
}

export interface PlanInput {
  kind: CaseKind;
  urgent: boolean;
  registeredAt: number;
  /** The deadline before any extension. */
  resolveBy: number;
  departments: string[];
  resolution: string;
  /** A duplicate of this earlier case: voided. */
  duplicateOf?: { id: number; number: string };
  /** Wishes: who takes it off the wall. */
  claimant?: { kind: ClaimantKind; name: string };
}

const minute = 60_000;

/** Rolls a share: true `share` of the time. */
const chance = (random: Random, share: number) => random.next() < share;

function satisfactionOf(random: Random): Satisfaction {
  const roll = random.next();
  return roll < 0.86 ? 'satisfied' : roll < 0.97 ? 'basically_satisfied' : 'dissatisfied';
}

/** Builds the steps in time order: each after the one before, in the hours its actor works. */
class StepList {
  readonly steps: PlannedStep[] = [];
  constructor(
    private readonly random: Random,
    public at: number,
  ) {}

  take(actor: DemoActor, delay: number, action: PlannedStep['action'], data?: StepData, note?: string): number {
    const wanted = Math.max(this.at + minute, this.at + delay);
    this.at = actor.role === 'grid_worker' ? onRound(this.random, wanted) : atDesk(this.random, wanted);
    this.steps.push({ action, actor, at: this.at, data, note });
    return this.at;
  }
}

export function planCase(random: Random, crew: CaseCrew, input: PlanInput): PlannedStep[] {
  const { desk, manager } = crew;
  const list = new StepList(random, input.registeredAt);
  const accept = (delay: number) => list.take(desk, delay, 'accept');

  if (input.duplicateOf !== undefined) {
    if (chance(random, 0.6)) accept(random.int(5, 90) * minute);
    list.take(
      desk,
      random.int(10, 240) * minute,
      'void',
      {
        voidReason: 'duplicate',
        duplicateOf: input.duplicateOf,
      },
      `与${input.duplicateOf.number}反映的是同一问题，合并办理`,
    );
    return list.steps;
  }
  if (chance(random, 0.004)) {
    accept(random.int(5, 90) * minute);
    list.take(
      desk,
      random.int(10, 240) * minute,
      'void',
      { voidReason: 'invalid' },
      '经核实不属于社区受理范围，已告知居民',
    );
    return list.steps;
  }

  accept(input.urgent ? random.int(3, 30) * minute : exponential(random, 1.2 * hourMs));
  const window = input.resolveBy - input.registeredAt;
  const late = chance(random, 0.03);
  /** When the case should be resolved: hours to days, urgent ones faster, a few after the deadline. */
  const resolveAt = (meanDays: number) =>
    late
      ? input.resolveBy + random.int(2, 72) * hourMs
      : input.registeredAt + Math.min(exponential(random, meanDays * dayMs), window * 0.8);

  let handler: DemoActor = desk;
  if (input.kind === 'wish') {
    const claimant = input.claimant ?? { kind: 'volunteer', name: '红马甲志愿队' };
    // Claimed at the desk or by the branch secretary on the claimant's behalf; the wish waits on the wall a while.
    const claimer = claimant.kind === 'party_member' && chance(random, 0.5) ? crew.secretary : desk;
    list.take(claimer, exponential(random, 1.2 * dayMs), 'claim', {
      claimantKind: claimant.kind,
      claimantName: claimant.name,
    });
    list.take(desk, random.int(2, 24) * hourMs, 'start');
  } else if (input.kind === 'consultation' ? chance(random, 0.85) : chance(random, 0.06)) {
    // Answered at the desk on first contact.
    list.take(desk, random.int(5, 40) * minute, 'resolve', { resolution: input.resolution });
    return followUpAndClose(random, list, crew, handler, input);
  } else {
    const toWorker = crew.worker !== null && (input.departments.length === 0 || chance(random, 0.6));
    const department = input.departments.length > 0 ? random.pick(input.departments) : '街道民政办';
    list.take(desk, random.int(5, 60) * minute, 'assign', assignment(toWorker ? crew.worker : null, department));
    handler = toWorker && crew.worker ? crew.worker : desk;
    if (handler !== desk && chance(random, 0.035)) {
      list.take(handler, random.int(1, 6) * hourMs, 'return', undefined, `经核实应由${department}处理，退回重新分派`);
      list.take(desk, random.int(20, 120) * minute, 'assign', assignment(null, department));
      handler = desk;
    }
    list.take(handler, input.urgent ? random.int(10, 60) * minute : exponential(random, 5 * hourMs), 'start');
  }

  if (chance(random, 0.3))
    list.take(handler, random.int(1, 20) * hourMs, 'note', undefined, random.pick(progressNotes));
  let target = resolveAt(input.urgent ? 0.6 : input.kind === 'wish' ? 1.5 : 1.8);
  if (chance(random, 0.025)) {
    const city = chance(random, 0.2);
    list.take(
      handler,
      random.int(2, 30) * hourMs,
      'escalate',
      { escalationLevel: city ? 'city' : 'street' },
      city ? '涉及多个部门，上报市平台协调' : '需街道协调相关部门，上报街道',
    );
    target = Math.max(target, list.at + exponential(random, 2 * dayMs));
  } else if (chance(random, 0.035) && list.at < input.resolveBy - dayMs) {
    const days = random.int(3, 7);
    list.take(
      handler,
      random.int(4, 48) * hourMs,
      'requestExtension',
      { extensionDays: days },
      '需等待配件或第三方施工，申请延期',
    );
    const approved = chance(random, 0.85);
    list.take(manager, random.int(1, 20) * hourMs, 'decideExtension', { approved, extensionDays: days });
    if (approved) target = Math.max(target, input.resolveBy + random.next() * (days - 0.5) * dayMs);
  }
  if (late || target > input.resolveBy) {
    const supervisedAt = input.resolveBy + random.int(1, 20) * hourMs;
    if (supervisedAt < target && chance(random, 0.5)) {
      list.take(
        manager,
        supervisedAt - list.at,
        'supervise',
        { supervisionLevel: late ? 'yellow' : 'normal' },
        '已超办理时限，请尽快办结',
      );
    }
  } else if (chance(random, 0.015)) {
    list.take(
      manager,
      random.int(2, 24) * hourMs,
      'supervise',
      { supervisionLevel: 'normal' },
      '居民多次来电，请加快办理',
    );
  }
  list.take(handler, target - list.at, 'resolve', { resolution: input.resolution });
  return followUpAndClose(random, list, crew, handler, input);
}

function assignment(worker: DemoActor | null, department: string): StepData {
  return worker
    ? { handlerUserId: worker.userId, handlerName: worker.name }
    : { handlerDepartment: department, handlerName: department };
}

/** The desk calls back (most cases), 不满意 sends it back to whoever resolved it, then the case is closed. */
function followUpAndClose(
  random: Random,
  list: StepList,
  crew: CaseCrew,
  handler: DemoActor,
  input: PlanInput,
): PlannedStep[] {
  const { desk } = crew;
  if (chance(random, 0.92)) {
    const satisfaction = satisfactionOf(random);
    list.take(desk, random.int(4, 60) * hourMs, 'followUp', { satisfaction });
    if (satisfaction === 'dissatisfied') {
      list.take(handler, random.int(4, 48) * hourMs, 'note', undefined, '居民对处理结果不满意，再次上门核实');
      list.take(handler, exponential(random, 1.5 * dayMs), 'resolve', { resolution: `再次处理：${input.resolution}` });
      list.take(desk, random.int(4, 48) * hourMs, 'followUp', {
        satisfaction: chance(random, 0.7) ? 'satisfied' : 'basically_satisfied',
      });
    }
  }
  list.take(desk, random.int(1, 96) * hourMs, 'close');
  return list.steps;
}
