// The life screens' words in both languages, spread into the catalogues (the English must match the Chinese shape).
export const lifeText = {
  'zh-CN': {
    partyLife: {
      title: '',
    },
  },
  en: {
    partyLife: {
      title: '',
    },
  },
} as const;
