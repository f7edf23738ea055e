// The reports screens' words in both languages, spread into the catalogues (the English must match the Chinese shape).
export const reportsText = {
  'zh-CN': {
    partyReports: {
      title: '',
    },
  },
  en: {
    partyReports: {
      title: '',
    },
  },
} as const;
