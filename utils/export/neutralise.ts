/**
 * Spreadsheet programs run a cell that starts with = + - @ (and, after a tab or line break, the same) as
 * a formula: a pupil name or note copied from a page must never do that in a teacher's Excel. Such text
 * gets a leading apostrophe, which Excel and LibreOffice show as text. Real numbers stay numbers: a
 * negative count is data, not a formula.
 */
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r\n]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** A calendar date (YYYY-MM-DD): a date cell in a workbook, its ISO text in CSV and print. */
export interface DateCell {
  date: string;
}

export type Cell = string | number | boolean | null | undefined | DateCell;

export function dateCell(date: string): DateCell {
  return { date };
}

export function isDateCell(value: Cell): value is DateCell {
  return typeof value === 'object' && value !== null;
}

/** A cell as a person reads it, without neutralisation (for print and for column widths). */
export function cellText(value: Cell): string {
  if (value === undefined || value === null) return '';
  return isDateCell(value) ? value.date : String(value);
}

export function neutraliseCell(value: Cell): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (isDateCell(value)) return neutraliseCell(value.date);
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value;
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function neutraliseRow(row: readonly Cell[]): (string | number | boolean | null)[] {
  return row.map(neutraliseCell);
}
