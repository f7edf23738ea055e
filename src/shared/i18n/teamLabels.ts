// The grid team's vocabulary in both languages (employment, statuses, organisers, places, assessment items and
// grades): the screens' catalogues include it, and the server's sheets can use it, so a label is written once.

export const teamLabels = {
  'zh-CN': {
    employmentKinds: { full_time: '专职', part_time: '兼职' },
    staffStatuses: { active: '在岗', eliminated: '末位淘汰', left: '离职' },
    staffChanges: { eliminate: '末位淘汰', leave: '离职' },
    staffEventKinds: { joined: '入职', eliminated: '末位淘汰', left: '离职' },
    trainingOrganisers: { city: '市级', district: '区级', street: '街道' },
    placeKinds: { enterprise: '企业', shop: '门店', rental_house: '出租房', key_place: '重点场所' },
    patrolParticipantKinds: { police: '民警', grid_worker: '网格员', volunteer: '志愿者' },
    assessmentMetrics: {
      visitCoverage: '入户走访覆盖率',
      caseOnTime: '诉求按时办结率',
      firstContact: '首接办结率',
      trainingAttendance: '培训出勤率',
      inspections: '场所巡查',
      satisfaction: '群众满意率',
    },
    itemSources: { data: '数据自动计算', manual: '人工评分' },
    assessmentGrades: { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' },
  },
  en: {
    employmentKinds: { full_time: 'Full-time', part_time: 'Part-time' },
    staffStatuses: { active: 'Active', eliminated: 'Eliminated', left: 'Left' },
    staffChanges: { eliminate: 'Eliminate (bottom-ranked)', leave: 'Record departure' },
    staffEventKinds: { joined: 'Joined', eliminated: 'Eliminated', left: 'Left' },
    trainingOrganisers: { city: 'City', district: 'District', street: 'Street' },
    placeKinds: { enterprise: 'Enterprise', shop: 'Shop', rental_house: 'Rental house', key_place: 'Key place' },
    patrolParticipantKinds: { police: 'Police', grid_worker: 'Grid worker', volunteer: 'Volunteer' },
    assessmentMetrics: {
      visitCoverage: 'Visit coverage',
      caseOnTime: 'Cases resolved on time',
      firstContact: 'First-contact resolution',
      trainingAttendance: 'Training attendance',
      inspections: 'Inspections',
      satisfaction: 'Satisfaction',
    },
    itemSources: { data: 'Computed from data', manual: 'Scored by hand' },
    assessmentGrades: { excellent: 'Excellent', good: 'Good', pass: 'Pass', fail: 'Fail' },
  },
} as const;
