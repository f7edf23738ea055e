// The demo's recent open cases, chosen by hand so that every bucket of My work has something in it when a
// newcomer signs in as desk, grid (刘建华) or manager: cases to accept, to dispatch, to follow up, assigned and in
// progress, due within a day, overdue (a 12345 work order among them), supervised, escalated, an extension to
// decide, and wishes waiting on the wall. Times count back from the demo's clock (to when the desk was open), so
// they are recent on any day.
import type { CaseAction } from '../../shared/domain/caseFlow';
import type { CaseKind, CaseSource } from '../../shared/domain/cases';
import { deskOpenAtOrBefore, hourMs } from './demoCaseCalendar';
import type { CaseCrew } from './demoCasePlans';
import type { DemoResident } from './demoCaseStore';
import type { Draft } from './demoCases';
import type { DemoActor, PlannedStep, StepData } from './demoCaseTimeline';
import { topics, wishTopics } from './demoCaseTopics';
import type { Random } from './random';

type Who = 'desk' | 'manager' | 'secretary' | 'worker';
/** Hours after registration, who, which step, its details and its note. */
type Step = [hours: number, who: Who, action: CaseAction, data?: StepData | 'toWorker', note?: string];

interface Showcase {
  path: string;
  kind: CaseKind;
  source: CaseSource;
  /** Registered this many hours before the demo's clock. */
  ago: number;
  urgent?: boolean;
  hotlineWorkingDays?: number;
  /** A 12345 order whose deadline the hotline set this many hours after the demo's clock. */
  hotlineDueInHours?: number;
  /** Raised on 刘建华's grids (and worked by him when dispatched). */
  gridAccount: boolean;
  steps: Step[];
}

const dispatched: Step[] = [
  [0.3, 'desk', 'accept'],
  [0.5, 'desk', 'assign', 'toWorker'],
];

const showcases: Showcase[] = [
  // 刘建华's own: a 12345 order past the hotline's deadline, supervised yellow.
  {
    path: '环境卫生/噪声扰民',
    kind: 'complaint',
    source: 'hotline',
    ago: 150,
    hotlineWorkingDays: 3,
    gridAccount: true,
    steps: [
      ...dispatched,
      [20, 'worker', 'start'],
      [26, 'worker', 'note', undefined, '已上门与楼上住户沟通，对方表示会注意'],
      [100, 'manager', 'supervise', { supervisionLevel: 'yellow' }, '12345工单已超期，请立即办结并回复热线'],
    ],
  },
  { path: '环境卫生/下水道堵塞', kind: 'demand', source: 'phone', ago: 3, gridAccount: true, steps: dispatched },
  {
    path: '安全隐患/燃气安全',
    kind: 'demand',
    source: 'hotline',
    ago: 28,
    hotlineDueInHours: 20,
    urgent: true,
    gridAccount: true,
    steps: [...dispatched, [1, 'worker', 'start'], [20, 'worker', 'note', undefined, '燃气公司已上门检测，待更换阀门']],
  },
  {
    path: '环境卫生/暴露垃圾',
    kind: 'demand',
    source: 'walk_in',
    ago: 26,
    gridAccount: true,
    steps: [...dispatched, [2, 'worker', 'start']],
  },
  {
    path: '公共设施/电梯',
    kind: 'demand',
    source: 'phone',
    ago: 96,
    gridAccount: true,
    steps: [
      ...dispatched,
      [3, 'worker', 'start'],
      [80, 'worker', 'requestExtension', { extensionDays: 5 }, '电梯主板需向厂家订货，预计到货需一周，申请延期'],
    ],
  },
  {
    path: '环境卫生/私搭乱建',
    kind: 'demand',
    source: 'patrol',
    ago: 50,
    gridAccount: true,
    steps: [
      ...dispatched,
      [2, 'worker', 'start'],
      [30, 'worker', 'escalate', { escalationLevel: 'street' }, '违建涉及多户，需街道城管中队联合执法，上报街道'],
    ],
  },
  {
    path: '公共设施/路灯',
    kind: 'demand',
    source: 'walk_in',
    ago: 200,
    gridAccount: true,
    steps: [...dispatched, [5, 'worker', 'start'], [50, 'worker', 'note', undefined, '已联系路灯所，等待排期维修']],
  },
  // The desk's: to accept, to dispatch, to follow up; wishes on the wall; a 12345 order due within a day.
  { path: '矛盾纠纷/邻里纠纷', kind: 'demand', source: 'walk_in', ago: 0.3, gridAccount: false, steps: [] },
  { path: '矛盾纠纷/物业管理', kind: 'complaint', source: 'online', ago: 0.6, gridAccount: false, steps: [] },
  {
    path: '安全隐患/房屋安全',
    kind: 'demand',
    source: 'phone',
    ago: 1.5,
    gridAccount: false,
    steps: [[0.2, 'desk', 'accept']],
  },
  {
    path: '公共设施/供水',
    kind: 'demand',
    source: 'phone',
    ago: 40,
    gridAccount: true,
    steps: [
      ...dispatched,
      [2, 'worker', 'start'],
      [30, 'worker', 'resolve', { resolution: '自来水公司已更换破损水管，恢复供水' }],
    ],
  },
  {
    path: '环境卫生/占道经营',
    kind: 'demand',
    source: 'walk_in',
    ago: 50,
    gridAccount: false,
    steps: [
      [0.3, 'desk', 'accept'],
      [0.5, 'desk', 'assign', { handlerDepartment: '天目山街道城管中队', handlerName: '天目山街道城管中队' }],
      [3, 'desk', 'start'],
      [45, 'desk', 'resolve', { resolution: '城管中队已劝离占道摊贩，并纳入每日巡查' }],
    ],
  },
  {
    path: '环境卫生/乱停车',
    kind: 'complaint',
    source: 'hotline',
    ago: 5,
    hotlineDueInHours: 6,
    gridAccount: false,
    steps: [
      [0.3, 'desk', 'accept'],
      [0.6, 'desk', 'assign', { handlerDepartment: '小区物业服务中心', handlerName: '小区物业服务中心' }],
    ],
  },
  {
    path: '民生服务/养老',
    kind: 'wish',
    source: 'wish_wall',
    ago: 30,
    gridAccount: false,
    steps: [[1, 'desk', 'accept']],
  },
  {
    path: '民生服务/教育',
    kind: 'wish',
    source: 'wish_wall',
    ago: 70,
    gridAccount: false,
    steps: [[1, 'desk', 'accept']],
  },
  {
    path: '民生服务/救助',
    kind: 'wish',
    source: 'wish_wall',
    ago: 48,
    gridAccount: false,
    steps: [
      [1, 'desk', 'accept'],
      [20, 'secretary', 'claim', { claimantKind: 'party_member', claimantName: '邵晓东' }],
      [26, 'desk', 'start'],
    ],
  },
  {
    path: '民生服务/养老',
    kind: 'wish',
    source: 'wish_wall',
    ago: 75,
    gridAccount: false,
    steps: [
      [2, 'desk', 'accept'],
      [50, 'desk', 'claim', { claimantKind: 'unit', claimantName: '姜堰农商银行天目山支行' }],
    ],
  },
];

export function showcaseCases(
  random: Random,
  residents: DemoResident[],
  workers: Map<number, DemoActor>,
  gridAccount: DemoActor,
  now: number,
): Draft[] {
  const onAccountGrids = residents.filter((r) => workers.get(r.gridId)?.userId === gridAccount.userId);
  return showcases.map((s) => {
    const topic = [...(s.kind === 'wish' ? wishTopics : []), ...topics].find((t) => t.path === s.path);
    if (!topic) throw new Error(`No demo topic ${s.path}`);
    const pool = s.gridAccount && onAccountGrids.length > 0 ? onAccountGrids : residents;
    const registeredAt = deskOpenAtOrBefore(now - s.ago * hourMs);
    return {
      topic,
      kind: s.kind,
      source: s.source,
      resident: s.source === 'patrol' ? null : random.pick(pool),
      place: random.pick(pool),
      registeredAt,
      urgent: s.urgent ?? false,
      hotlineWorkingDays: s.hotlineWorkingDays,
      hotlineDeadline: s.hotlineDueInHours === undefined ? undefined : now + s.hotlineDueInHours * hourMs,
      planned: (_, crew) => s.steps.map((step) => plannedStep(step, registeredAt, crew)),
    };
  });
}

function plannedStep([hours, who, action, data, note]: Step, registeredAt: number, crew: CaseCrew): PlannedStep {
  const actor = who === 'worker' ? crew.worker : crew[who];
  if (!actor) throw new Error('A showcase case on a grid without a worker account');
  const details = data === 'toWorker' ? { handlerUserId: crew.worker?.userId, handlerName: crew.worker?.name } : data;
  return { action, actor, at: registeredAt + hours * hourMs, data: details, note };
}
