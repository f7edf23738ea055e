// Words for the demo grid team: training topics, place names, inspection and patrol findings, the reasons written
// when a worker is eliminated or leaves, and the discipline deductions, so the team screens read like a real street's.
import type { PlaceKind } from '../../shared/domain/gridTeam';

export const fullTimePosition = '专职网格员';
export const partTimePosition = '兼职网格信息员';

export const eliminationReasons = [
  '连续两个月考核末位，经研究予以淘汰',
  '年度考核不合格且排名末位，经街道研究予以淘汰',
  '连续两个月考核排名末位，入户走访覆盖率长期不达标，经研究予以淘汰',
];

export const leavingReasons = ['个人原因辞职', '考取事业单位，申请离职', '家庭原因搬离本市，申请离职'];

export const streetTopics = [
  '网格员入户走访规范',
  '12345热线工单办理流程',
  '矛盾纠纷调解技巧',
  '消防安全隐患排查',
  '防范电信网络诈骗宣传',
  '网格事件上报与分级处置',
  '出租房屋及流动人口信息采集',
  '特殊困难群体关爱帮扶政策',
  '安全生产检查要点',
  '社区防汛防台应急处置',
  '基层治理平台操作培训',
  '群众工作方法与沟通礼仪',
];

export const streetLocation = '天目山街道社会治理综合指挥中心三楼会议室';

export const higherSessions: { organiser: 'district' | 'city'; topic: string; location: string }[] = [
  { organiser: 'district', topic: '全区网格员业务能力提升专题培训', location: '区委党校报告厅' },
  { organiser: 'district', topic: '平安建设与社会矛盾风险排查培训', location: '区社会治理现代化指挥中心' },
  { organiser: 'city', topic: '全市网格化社会治理工作示范培训', location: '市民服务中心多功能厅' },
  { organiser: 'district', topic: '基层应急管理与安全生产网格化监管培训', location: '区应急管理局培训室' },
];

/** Enterprise names are a brand and a trade: 泰州恒达机械制造有限公司. */
export const enterpriseBrands = [
  '恒达',
  '瑞丰',
  '明远',
  '新宇',
  '康宁',
  '金桥',
  '华盛',
  '天成',
  '永信',
  '嘉和',
  '润泽',
  '百川',
];
export const enterpriseTrades = ['机械制造', '包装材料', '电子科技', '服装', '建材', '印务', '食品', '物流'];

export const shopNames = [
  '便民生活超市',
  '老街面馆',
  '鑫鑫五金店',
  '惠民药房',
  '小杨生煎',
  '阳光理发店',
  '美好家电维修部',
  '平价水果店',
  '晨光文具店',
  '好再来快餐',
  '通达电动车维修',
  '家乐烟酒店',
];

export const keyPlaceNames = ['幼儿园', '加油站', '农贸市场', '养老服务中心', '社区卫生服务站', '网吧', '液化气供应点'];

export const roadNames: Record<string, string[]> = {
  振兴社区: ['振兴路', '海陵南路', '工人西路'],
  凤凰社区: ['凤凰路', '凤城河东路', '迎春西路'],
  鼓楼社区: ['鼓楼南路', '坡子街', '税东街'],
};

export const findingsByKind: Record<PlaceKind, string[]> = {
  enterprise: [
    '消防设施完好，安全出口畅通，员工安全培训台账齐全。',
    '生产车间物品堆放整齐，灭火器在有效期内。',
    '安全生产责任制落实到位，已督促更新应急预案。',
    '外来务工人员信息已登记，宿舍用电规范。',
  ],
  shop: [
    '营业执照齐全，灭火器在有效期内，通道畅通。',
    '店内电线敷设规范，未发现私拉乱接。',
    '门前三包落实较好，已提醒规范店外经营。',
    '已张贴防范电信诈骗宣传海报，店主知晓举报渠道。',
  ],
  rental_house: [
    '租住人员信息已核实登记，签订治安责任书。',
    '未发现电动车进楼入户充电，已宣传消防安全。',
    '房东已更新租客信息，室内用电安全。',
    '租客变动一人，已补录流动人口信息。',
  ],
  key_place: [
    '安保人员在岗，监控设施运行正常，消防通道畅通。',
    '食品安全及消防台账齐全，应急演练记录完整。',
    '人员密集区域疏散指示标志完好，值班制度落实。',
    '燃气管道及报警装置检查正常，已督促每日巡检。',
  ],
};

export const patrolTeams: Record<string, string> = {
  振兴社区: '振兴社区平安巡逻队',
  凤凰社区: '凤凰社区巡逻队',
  鼓楼社区: '鼓楼社区红袖标巡逻队',
};

export const patrolFindings = [
  '巡逻期间辖区秩序良好，未发现异常。',
  '劝离广场聚集饮酒人员一批，现场秩序恢复正常。',
  '发现楼道电动车充电一处，已劝导整改。',
  '提醒沿街商铺关好门窗、注意防盗。',
  '发现一处路灯损坏，已上报街道城管科。',
  '向夜间散步群众发放防诈骗宣传资料三十余份。',
  '协助走失老人联系家属，安全送回。',
  '小区车辆乱停放影响消防通道，已联系物业处理。',
  '巡查背街小巷，未发现可疑人员。',
];

export const deductionReasons: { reason: string; pointsTenths: number }[] = [
  { reason: '迟交月报', pointsTenths: 5 },
  { reason: '工作日脱岗', pointsTenths: 20 },
];
