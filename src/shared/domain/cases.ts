// Cases (诉求 / 微心愿, DOMAIN.md "Resident wishes and cases"): kinds, sources, statuses and the seeded
// category tree. Values only; labels live in the i18n catalogues (categories are data and carry both names).

/** 诉求, 微心愿, 投诉, 咨询, 建议. */
export const caseKinds = ['demand', 'wish', 'complaint', 'consultation', 'suggestion'] as const;
export type CaseKind = (typeof caseKinds)[number];

/** 窗口来访, 电话, 12345热线, 心愿墙, 入户走访, 巡查巡逻, 网上, 上级交办. */
export const caseSources = [
  'walk_in',
  'phone',
  'hotline',
  'wish_wall',
  'home_visit',
  'patrol',
  'online',
  'assigned_from_above',
] as const;
export type CaseSource = (typeof caseSources)[number];

/** 登记, 受理, 已分派, 已认领, 办理中, 已上报, 已办结, 已回访, 已归档, 已作废. */
export const caseStatuses = [
  'registered',
  'accepted',
  'assigned',
  'claimed',
  'in_progress',
  'escalated',
  'resolved',
  'followed_up',
  'closed',
  'voided',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Still someone's work: not resolved, followed up, closed or voided. */
export const openCaseStatuses = [
  'registered',
  'accepted',
  'assigned',
  'claimed',
  'in_progress',
  'escalated',
] as const satisfies readonly CaseStatus[];

export function isOpenStatus(status: CaseStatus): boolean {
  return (openCaseStatuses as readonly CaseStatus[]).includes(status);
}

export const caseUrgencies = ['ordinary', 'urgent'] as const;
export type CaseUrgency = (typeof caseUrgencies)[number];

/** 满意, 基本满意, 不满意: 不满意 reopens the case. */
export const satisfactions = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof satisfactions)[number];

/** 督办: 普通, 黄牌, 红牌. */
export const supervisionLevels = ['normal', 'yellow', 'red'] as const;
export type SupervisionLevel = (typeof supervisionLevels)[number];

/** 上报 to the street or the city platform. */
export const escalationLevels = ['street', 'city'] as const;
export type EscalationLevel = (typeof escalationLevels)[number];

/** Why a case is voided: a duplicate of another, not a valid case, or another reason in the note. */
export const voidReasons = ['duplicate', 'invalid', 'other'] as const;
export type VoidReason = (typeof voidReasons)[number];

/** Who claims a wish on the wish wall: a party member, a volunteer or a unit (共建单位). */
export const claimantKinds = ['party_member', 'volunteer', 'unit'] as const;
export type ClaimantKind = (typeof claimantKinds)[number];

/** A case number for people: SQ + the month it was registered + a six-digit sequence within that month. */
export function formatCaseNumber(month: string, sequence: number): string {
  return `SQ${month.replace('-', '')}-${String(sequence).padStart(6, '0')}`;
}

export const caseNumberPattern = /^SQ\d{6}-\d{6}$/;

/** Deadlines of DOMAIN.md (local rule, configurable per category). */
export const defaultDeadlines = { acceptWorkingDays: 1, resolveDays: 7, urgentResolveDays: 3 } as const;

export interface SeedCategory {
  name: string;
  nameEn: string;
  children: { name: string; nameEn: string }[];
}

const other = { name: '其他', nameEn: 'Other' };

/** The two-level category tree DOMAIN.md lists, seeded once; staff edit it afterwards. */
export const seedCategories: SeedCategory[] = [
  {
    name: '矛盾纠纷',
    nameEn: 'Disputes',
    children: [
      { name: '婚姻家庭', nameEn: 'Marriage and family' },
      { name: '邻里纠纷', nameEn: 'Neighbours' },
      { name: '劳资纠纷', nameEn: 'Wages and labour' },
      { name: '物业管理', nameEn: 'Property management' },
      { name: '房屋和宅基地', nameEn: 'Housing and homesteads' },
      { name: '征地拆迁', nameEn: 'Land and demolition' },
      { name: '合同履行', nameEn: 'Contracts' },
      other,
    ],
  },
  {
    name: '安全隐患',
    nameEn: 'Safety hazards',
    children: [
      { name: '消防安全', nameEn: 'Fire safety' },
      { name: '安全生产', nameEn: 'Workplace safety' },
      { name: '食品安全', nameEn: 'Food safety' },
      { name: '燃气安全', nameEn: 'Gas safety' },
      { name: '房屋安全', nameEn: 'Building safety' },
      other,
    ],
  },
  {
    name: '治安',
    nameEn: 'Public order',
    children: [
      { name: '盗窃', nameEn: 'Theft' },
      { name: '诈骗', nameEn: 'Fraud' },
      { name: '赌博', nameEn: 'Gambling' },
      { name: '毒品', nameEn: 'Drugs' },
      other,
    ],
  },
  {
    name: '环境卫生',
    nameEn: 'Environment and sanitation',
    children: [
      { name: '暴露垃圾', nameEn: 'Exposed rubbish' },
      { name: '道路不洁', nameEn: 'Dirty roads' },
      { name: '私搭乱建', nameEn: 'Illegal structures' },
      { name: '占道经营', nameEn: 'Street vending' },
      { name: '噪声扰民', nameEn: 'Noise' },
      { name: '乱停车', nameEn: 'Illegal parking' },
      { name: '下水道堵塞', nameEn: 'Blocked drains' },
      other,
    ],
  },
  {
    name: '民生服务',
    nameEn: 'Livelihood services',
    children: [
      { name: '养老', nameEn: 'Elderly care' },
      { name: '医疗', nameEn: 'Medical care' },
      { name: '社保', nameEn: 'Social insurance' },
      { name: '就业', nameEn: 'Employment' },
      { name: '教育', nameEn: 'Education' },
      { name: '住房', nameEn: 'Housing' },
      { name: '救助', nameEn: 'Assistance' },
      { name: '证件办理', nameEn: 'Certificates' },
      other,
    ],
  },
  {
    name: '公共设施',
    nameEn: 'Public facilities',
    children: [
      { name: '道路', nameEn: 'Roads' },
      { name: '路灯', nameEn: 'Street lights' },
      { name: '供水', nameEn: 'Water supply' },
      { name: '供电', nameEn: 'Power supply' },
      { name: '电梯', nameEn: 'Lifts' },
      { name: '绿化', nameEn: 'Greenery' },
      other,
    ],
  },
];

/** Departments a case is often dispatched to, offered before any has been used at this centre. */
export const commonDepartments = [
  '社区居委会',
  '物业服务企业',
  '街道城管中队',
  '街道综治中心',
  '街道社会事务办',
  '派出所',
  '市场监管所',
  '供电公司',
  '自来水公司',
  '燃气公司',
] as const;
