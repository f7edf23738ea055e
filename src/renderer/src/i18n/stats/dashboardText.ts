// The dashboard's words in both languages, spread into the catalogues (the English must match the Chinese shape).
export const dashboardText = {
  'zh-CN': {
    dashboard: {
      title: '数据看板',
    },
  },
  en: {
    dashboard: {
      title: 'Dashboard',
    },
  },
};
