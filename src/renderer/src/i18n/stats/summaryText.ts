// The monthly summary's screen words in both languages, spread into the catalogues (the English must match).
export const summaryText = {
  'zh-CN': {
    monthlySummary: {
      title: '月度工作总结',
    },
  },
  en: {
    monthlySummary: {
      title: 'Monthly summary',
    },
  },
};
