// What demo cases are about, and how often: each sub-category's share of an ordinary working day at the demo
// street (about 12 cases in all), its season, the kinds it comes as, who handles it and how often it is urgent;
// and from where cases come (walk-in, phone, 12345 …) and how often they name a resident.
import type { CaseKind, CaseSource } from '../../shared/domain/cases';
import type { Season } from './demoCaseCalendar';
import type { WishTheme } from './demoCaseTexts';
import type { Random } from './random';

const departments = {
  城管: '天目山街道城管中队',
  物业: '小区物业服务中心',
  派出所: '天目山派出所',
  环卫: '区环卫所',
  市政: '区市政设施管理处',
  供电: '天目山供电所',
  自来水: '姜堰自来水公司',
  燃气: '港华燃气姜堰公司',
  市场监管: '天目山市场监管所',
  民政: '街道民政办',
  劳动: '街道劳动保障所',
  卫生: '天目山社区卫生服务中心',
  调解: '街道人民调解委员会',
  征收: '街道征收办',
  安监: '街道安监办',
  园林: '区园林绿化管理所',
  路灯: '区路灯管理所',
} as const;
type Department = keyof typeof departments;

export interface Topic {
  /** top/sub, as the seeded category tree names them. */
  path: string;
  /** Cases on an ordinary working day at the demo street, before the season. */
  weight: number;
  season: Season;
  departments: string[];
  /** Shares of kinds other than 诉求 (the rest is demand). */
  kinds: Partial<Record<Exclude<CaseKind, 'demand' | 'wish'>, number>>;
  urgent: number;
  /** Found by grid workers on their rounds as often as raised by residents. */
  patrolled: boolean;
  /** Wishes only: what the wisher hopes for. */
  wishTheme?: WishTheme;
}

function topic(
  path: string,
  weight: number,
  season: Season,
  by: Department[],
  kinds: Topic['kinds'] = {},
  urgent = 0.04,
): Topic {
  const top = path.split('/')[0];
  const patrolled = top === '环境卫生' || top === '安全隐患' || top === '公共设施';
  return { path, weight, season, departments: by.map((d) => departments[d]), kinds, urgent, patrolled };
}

export const topics: Topic[] = [
  topic('矛盾纠纷/婚姻家庭', 0.15, 'flat', ['调解'], { consultation: 0.2 }),
  topic('矛盾纠纷/邻里纠纷', 0.6, 'summer', ['调解', '物业'], { complaint: 0.3 }),
  topic('矛盾纠纷/劳资纠纷', 0.15, 'winter', ['劳动'], { complaint: 0.3 }, 0.1),
  topic('矛盾纠纷/物业管理', 0.8, 'flat', ['物业'], { complaint: 0.5, suggestion: 0.1 }),
  topic('矛盾纠纷/房屋和宅基地', 0.1, 'flat', ['调解'], { consultation: 0.4 }),
  topic('矛盾纠纷/征地拆迁', 0.03, 'flat', ['征收'], { consultation: 0.6 }),
  topic('矛盾纠纷/合同履行', 0.05, 'flat', ['调解'], { consultation: 0.3 }),
  topic('矛盾纠纷/其他', 0.1, 'flat', ['调解'], { complaint: 0.2 }),
  topic('安全隐患/消防安全', 0.35, 'winter', ['物业'], {}, 0.25),
  topic('安全隐患/安全生产', 0.1, 'flat', ['安监'], {}, 0.2),
  topic('安全隐患/食品安全', 0.12, 'summer', ['市场监管'], { complaint: 0.5 }, 0.15),
  topic('安全隐患/燃气安全', 0.2, 'winter', ['燃气'], {}, 0.45),
  topic('安全隐患/房屋安全', 0.15, 'rainy', ['物业'], {}, 0.3),
  topic('安全隐患/其他', 0.08, 'flat', ['物业'], {}, 0.15),
  topic('治安/盗窃', 0.12, 'flat', ['派出所'], {}, 0.1),
  topic('治安/诈骗', 0.15, 'flat', ['派出所'], { consultation: 0.3 }, 0.1),
  topic('治安/赌博', 0.03, 'winter', ['派出所'], { complaint: 0.5 }),
  topic('治安/毒品', 0.01, 'flat', ['派出所']),
  topic('治安/其他', 0.08, 'flat', ['派出所', '物业']),
  topic('环境卫生/暴露垃圾', 0.7, 'summer', ['环卫', '物业'], { complaint: 0.3 }),
  topic('环境卫生/道路不洁', 0.4, 'flat', ['环卫', '城管'], { complaint: 0.2 }),
  topic('环境卫生/私搭乱建', 0.3, 'spring', ['城管'], { complaint: 0.3 }),
  topic('环境卫生/占道经营', 0.35, 'summer', ['城管'], { complaint: 0.4 }),
  topic('环境卫生/噪声扰民', 0.6, 'summer', ['派出所', '城管'], { complaint: 0.5 }),
  topic('环境卫生/乱停车', 0.6, 'summer', ['物业', '派出所'], { complaint: 0.4 }),
  topic('环境卫生/下水道堵塞', 0.45, 'rainy', ['物业', '市政'], {}, 0.15),
  topic('环境卫生/其他', 0.15, 'flat', ['城管']),
  topic('民生服务/养老', 0.6, 'flat', ['民政'], { consultation: 0.5 }),
  topic('民生服务/医疗', 0.3, 'winter', ['卫生'], { consultation: 0.6 }),
  topic('民生服务/社保', 0.55, 'flat', ['劳动'], { consultation: 0.8 }),
  topic('民生服务/就业', 0.25, 'spring', ['劳动'], { consultation: 0.6 }),
  topic('民生服务/教育', 0.2, 'summer', [], { consultation: 0.8 }),
  topic('民生服务/住房', 0.2, 'flat', ['民政'], { consultation: 0.6, suggestion: 0.2 }),
  topic('民生服务/救助', 0.35, 'flat', ['民政'], { consultation: 0.3 }, 0.1),
  topic('民生服务/证件办理', 0.5, 'flat', [], { consultation: 0.85 }),
  topic('民生服务/其他', 0.15, 'flat', [], { consultation: 0.5, suggestion: 0.3 }),
  topic('公共设施/道路', 0.25, 'rainy', ['市政'], { suggestion: 0.2 }),
  topic('公共设施/路灯', 0.3, 'winter', ['路灯', '物业']),
  topic('公共设施/供水', 0.3, 'winter', ['自来水'], {}, 0.35),
  topic('公共设施/供电', 0.2, 'summer', ['供电'], {}, 0.3),
  topic('公共设施/电梯', 0.35, 'flat', ['物业'], { complaint: 0.3 }, 0.2),
  topic('公共设施/绿化', 0.15, 'spring', ['园林'], { suggestion: 0.3 }),
  topic('公共设施/其他', 0.1, 'flat', ['物业'], { suggestion: 0.5 }),
];

/** Wishes for the wall, filed under the 民生服务 sub-category they concern. */
export const wishTopics: Topic[] = [
  { ...topic('民生服务/教育', 0.08, 'flat', []), wishTheme: 'children' },
  { ...topic('民生服务/养老', 0.1, 'flat', []), wishTheme: 'elderly' },
  { ...topic('民生服务/救助', 0.06, 'flat', []), wishTheme: 'hardship' },
];

/** 共建单位 and groups that claim wishes besides party members. */
export const wishUnits = [
  '天目山派出所',
  '姜堰农商银行天目山支行',
  '国网姜堰供电公司',
  '区人民医院',
  '天目山中学团委',
  '中国移动姜堰分公司',
  '天目山邮政支局',
  '凤凰社区志愿服务队',
];

export const volunteerGroups = ['巾帼志愿服务队', '青年志愿者协会', '银发志愿服务队', '红马甲志愿队'];

const sourceShares: [CaseSource, number][] = [
  ['walk_in', 0.35],
  ['phone', 0.2],
  ['hotline', 0.1],
  ['home_visit', 0.15],
  ['patrol', 0.08],
  ['online', 0.07],
  ['assigned_from_above', 0.05],
];

/** How often a case from each source names a resident on the register (a patrol finds a place, not a person). */
export const linkedShare: Record<CaseSource, number> = {
  walk_in: 0.92,
  phone: 0.85,
  hotline: 0.55,
  wish_wall: 1,
  home_visit: 1,
  patrol: 0,
  online: 0.8,
  assigned_from_above: 0.3,
};

function roll<T>(random: Random, shares: readonly [T, number][], fallback: T): T {
  let r = random.next();
  for (const [value, share] of shares) {
    r -= share;
    if (r < 0) return value;
  }
  return fallback;
}

export function kindOf(random: Random, topic: Topic): CaseKind {
  if (topic.wishTheme) return 'wish';
  return roll(random, Object.entries(topic.kinds) as [CaseKind, number][], 'demand');
}

export function sourceOf(random: Random, topic: Topic, kind: CaseKind): CaseSource {
  if (kind === 'wish') return random.next() < 0.85 ? 'wish_wall' : 'home_visit';
  const source = roll(random, sourceShares, 'walk_in');
  return source === 'patrol' && (!topic.patrolled || kind !== 'demand') ? 'walk_in' : source;
}
