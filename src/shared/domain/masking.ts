// How personal numbers show on screen for roles that may not see them whole (PIPL: least exposure).

/** `3210**********123X`: the first four and the last four characters. */
export function maskIdNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** `180****1999` for a mobile; a landline keeps its area code and last four digits. */
export function maskPhone(value: string): string {
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(-4)}`;
  const dash = value.indexOf('-');
  const head = dash > 0 ? value.slice(0, dash + 1) : value.slice(0, 3);
  const tail = value.slice(-4);
  return `${head}${'*'.repeat(Math.max(value.length - head.length - tail.length, 1))}${tail}`;
}
