// The monthly summary's shape (DOMAIN.md "The monthly summary"): its sections in print order and the kinds of
// number a figure can be, so the screen, the print and the sheet format each one alike.

export const summarySections = [
  'households',
  'visits',
  'cases',
  'wishes',
  'inspections',
  'patrols',
  'training',
  'party',
  'assessment',
] as const;
export type SummarySectionKey = (typeof summarySections)[number];

/**
 * count: whole things; rate: 0..1; hours: in hours (halves allowed); fen: money in fen; score: assessment points;
 * flag: 1 marks a row (末位), 0 leaves it blank.
 */
export const summaryFigureKinds = ['count', 'rate', 'hours', 'fen', 'score', 'flag'] as const;

/** How a flag reads in a table, the same on screen, on paper and in the sheet. */
export const flagMark = '✓';
export type SummaryFigureKind = (typeof summaryFigureKinds)[number];
