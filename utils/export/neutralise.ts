/**
 * Spreadsheet programs run a cell that starts with = + - @ (and, after a tab or line break, the same) as
 * a formula: a pupil name or note copied from a page must never do that in a teacher's Excel. Such text
 * gets a leading apostrophe, which Excel and LibreOffice show as text. Real numbers stay numbers: a
 * negative count is data, not a formula.
 */
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r\n]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export type Cell = string | number | boolean | null | undefined;

export function neutraliseCell(value: Cell): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value;
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function neutraliseRow(row: readonly Cell[]): (string | number | boolean | null)[] {
  return row.map(neutraliseCell);
}
