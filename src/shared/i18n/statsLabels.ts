// The monthly summary's vocabulary in both languages (sections, figures, table columns, chart titles): the screens'
// catalogues include it and the server's sheet uses it, so a label is written once.

export const statsLabels = {
  'zh-CN': {
    stats: {
      sections: {
        households: '户籍人口',
        visits: '入户走访',
        cases: '诉求办理',
        wishes: '微心愿',
        inspections: '场所巡查',
        patrols: '平安巡逻',
        training: '业务培训',
        party: '党建工作',
        assessment: '网格员考核',
      },
      figures: {},
      columns: {},
      charts: {},
    },
  },
  en: {
    stats: {
      sections: {
        households: 'Households and residents',
        visits: 'Home visits',
        cases: 'Cases',
        wishes: 'Micro-wishes',
        inspections: 'Inspections',
        patrols: 'Patrols',
        training: 'Training',
        party: 'Party building',
        assessment: 'Grid-worker assessment',
      },
      figures: {},
      columns: {},
      charts: {},
    },
  },
};
