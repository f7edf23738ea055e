// The assessment screens' words in both languages, spread into the catalogues (the English must match the Chinese shape).
export const assessmentText = {
  'zh-CN': {
    teamAssessment: {
      title: 'teamAssessment',
    },
  },
  en: {
    teamAssessment: {
      title: 'teamAssessment',
    },
  },
} as const;
