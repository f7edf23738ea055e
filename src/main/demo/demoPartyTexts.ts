// The words of the demo's party area: branch brands, employers and service posts of on-the-job members, where
// mobile members work, the topics of organisational life through the year, absence notes and reviewers' opinions.
import type { AbsenceReason } from '../../shared/domain/party';
import type { MeetingType } from '../../shared/domain/partyLife';
import type { Random } from './random';

/** Brand names by grid code (the article's 好邻居 and 六尺巷, and two more); other branches carry none. */
export const branchBrands: Record<string, string> = {
  'ZX-01': '好邻居',
  'FH-01': '六尺巷',
  'GL-01': '连心桥',
  'FH-02': '暖心驿站',
};

/** Who keeps each branch's committee: the secretary's background, in grid order (振兴第一网格 is 孙桂兰's). */
export const secretaryBackgroundsInOrder = [
  'retired_cadre',
  'grid_worker',
  'volunteer',
  'retired_cadre',
  'grid_worker',
  'volunteer',
] as const;

export const employers = [
  '泰州市人民医院',
  '泰州市中医院',
  '海陵区税务局',
  '海陵区人民法院',
  '泰州学院',
  '泰州职业技术学院',
  '江苏银行泰州分行',
  '中国银行泰州分行',
  '国网泰州供电公司',
  '泰州市第二中学',
  '海陵区实验小学',
  '泰州市公安局海陵分局',
  '海陵区城市管理局',
  '泰州港务集团',
  '中国移动泰州分公司',
  '扬子江药业集团',
];

/** 志愿岗位 an on-the-job member takes in the community, with what a shift there is. */
export const servicePosts: Record<string, string[]> = {
  文明劝导岗: ['小区出入口文明劝导', '劝导电动车规范停放', '劝导楼道乱堆放'],
  政策宣讲岗: ['医保政策宣讲', '反诈知识进楼道', '养老服务政策解读'],
  环境整治岗: ['清理小区卫生死角', '垃圾分类桶边督导', '清理楼道小广告'],
  助老服务岗: ['上门看望独居老人', '陪同老人就医', '为老人代购生活用品'],
  平安巡逻岗: ['夜间平安巡逻', '消防通道巡查', '汛期巡查积水点'],
  便民服务岗: ['义务理发', '家电维修', '代办证照'],
};
export const servicePostNames = Object.keys(servicePosts);

/** What community members without a post help with now and then. */
export const communityService = ['楼道清扫', '邻里纠纷调解', '垃圾分类宣传', '看护小区绿化', '关爱留守儿童'];

export const mobilePlaces = [
  '苏州工业园区',
  '上海市浦东新区',
  '南京市江宁区',
  '无锡市新吴区',
  '杭州市滨江区',
  '深圳市南山区',
  '常州市武进区',
];

/** Topics that fit a month (1–12) whatever the meeting; each month's meetings draw from these first. */
const seasonal: Record<number, string[]> = {
  1: ['春节前走访慰问困难党员', '冬季消防安全隐患排查'],
  2: ['元宵节邻里文化活动', '节后复工复产政策宣传'],
  3: ['学雷锋志愿服务月活动', '义务植树护绿'],
  4: ['清明祭扫缅怀革命先烈', '全民国家安全教育日宣传'],
  5: ['五四青年座谈会', '防范电信网络诈骗宣传'],
  6: ['防汛防台应急演练', '七一前夕慰问老党员'],
  7: ['庆祝建党节重温入党誓词', '夏季高温关爱户外劳动者'],
  8: ['八一走访慰问退役军人', '暑期关爱留守儿童'],
  9: ['中秋邻里共享活动', '全民国防教育日宣传'],
  10: ['重阳节走访慰问老党员', '国庆升旗仪式暨爱国主义教育'],
  11: ['学习贯彻党的二十届四中全会精神', '119消防宣传月活动'],
  12: ['国家宪法日宣传', '年终民主评议党员准备'],
};

const byType: Record<MeetingType, string[]> = {
  committee_meeting: [
    '研究本月组织生活安排',
    '研究困难党员帮扶名单',
    '通报党费收缴情况',
    '讨论网格民生实事项目',
    '研究发展党员工作',
    '部署在职党员报到服务',
  ],
  group_meeting: [
    '学习《中国共产党章程》',
    '交流网格走访发现的问题',
    '学习《中国共产党纪律处分条例》',
    '学习习近平总书记重要讲话精神',
    '讨论楼道自治公约',
  ],
  themed_party_day: ['垃圾分类志愿服务', '文明城市创建清洁家园', '反诈宣传进楼道', '关爱独居老人上门走访'],
  branch_assembly: ['通报支部季度工作', '讨论预备党员转正', '开展批评与自我批评', '听取在职党员报到服务情况'],
  party_lecture: ['以党建引领基层治理', '传承红色基因 争做好邻居', '党员如何在网格中发挥先锋作用', '学习新党章'],
};

/** A believable topic for a meeting of a type in a month (YYYY-MM). */
export function topicFor(random: Random, type: MeetingType, month: string): string {
  const season = seasonal[Number(month.slice(5, 7))] ?? [];
  // Committee meetings prepare the month's work; the other meetings take up the season's theme half the time.
  if (type !== 'committee_meeting' && random.next() < 0.5) return random.pick(season);
  return random.pick(byType[type]);
}

export const absenceNotes: Record<AbsenceReason, string[]> = {
  illness: ['身体不适', '住院治疗', '腿脚不便'],
  work: ['单位加班', '出差', '值班'],
  away: ['外出探亲', '在外地务工', '外出旅游'],
  other: ['家中有事', '照顾孙辈', '照顾病人'],
};

/** Why a reviewer sent a month's report back. */
export const returnOpinions = [
  '党费收缴人数与花名册不符，请核对后重新提交。',
  '本月党小组会未填写缺席原因，请补充后重新提交。',
  '在职党员服务时长统计有误，请核对后重新提交。',
];

export const reportRemarks = [
  '',
  '本月组织党员开展志愿服务，完成各项组织生活。',
  '本月走访慰问老党员、困难党员。',
  '流动党员通过微信群参加学习。',
];
