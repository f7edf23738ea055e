// The roster screens' words in both languages, spread into the catalogues (the English must match the Chinese shape).
export const rosterText = {
  'zh-CN': {
    partyRoster: {
      title: '',
    },
  },
  en: {
    partyRoster: {
      title: '',
    },
  },
} as const;
