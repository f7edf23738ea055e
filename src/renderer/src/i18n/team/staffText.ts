// The staff screens' words in both languages, spread into the catalogues (the English must match the Chinese shape).
export const staffText = {
  'zh-CN': {
    teamStaff: {
      title: 'teamStaff',
    },
  },
  en: {
    teamStaff: {
      title: 'teamStaff',
    },
  },
} as const;
