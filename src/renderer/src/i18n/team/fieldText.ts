// The field screens' words in both languages, spread into the catalogues (the English must match the Chinese shape).
export const fieldText = {
  'zh-CN': {
    teamField: {
      title: 'teamField',
    },
  },
  en: {
    teamField: {
      title: 'teamField',
    },
  },
} as const;
