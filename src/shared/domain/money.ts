// Money is kept in integer fen (分); people read and type yuan (元) with two decimals. Both conversions are
// string arithmetic, so 0.1 + 0.2 never happens to a party member's dues.

/** 1234 → "12.34"; -5 → "-0.05". */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "12.3" → 1230, "4500" → 450000, "-1" → -100; null for anything else (three decimals, letters, empty). */
export function yuanTextToFen(text: string): number | null {
  const match = /^\s*(-?)(\d{1,12})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const [, sign, whole = '0', decimals = ''] = match;
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return sign === '-' ? -fen : fen;
}
