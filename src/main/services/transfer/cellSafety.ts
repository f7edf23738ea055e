// Formula injection: a spreadsheet runs a cell that begins with = + - @ (or a tab or CR before one), so
// every text an export writes goes through here first.

const formulaStart = /^[=+\-@\t\r]/;

/** The text with a single quote before it when a spreadsheet would read it as a formula. */
export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}
