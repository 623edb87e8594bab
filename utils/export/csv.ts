import { getLanguage } from '../i18n';
import type { ChecklistRecord, ContactRecord } from '../db/records';
import { neutraliseCell, type Cell } from './neutralise';
import { checklistSheet, contactsSheet, type PupilLookup, type Sheet } from './sheets';

/**
 * CSV that Excel and LibreOffice in Sweden open correctly: UTF-8 with a byte order mark (else Excel
 * guesses Windows-1252 and breaks å, ä, ö), `;` when the UI is Swedish (Swedish Excel expects it, since
 * `,` is the decimal comma) and `,` in English, CRLF line ends.
 */
export type Separator = ';' | ',';

export interface CsvOptions {
  separator?: Separator;
}

export function defaultSeparator(): Separator {
  return getLanguage() === 'sv' ? ';' : ',';
}

/**
 * Quoted when it holds the separator, a quote, a line break or a BOM, or starts or ends with a space:
 * the rules of Papa Parse's writer, which Insyn used before (tests/unit/export/csv-golden.test.ts pins
 * the bytes).
 */
const NEEDS_QUOTES = { ';': /[;"\r\n\uFEFF]|^ | $/, ',': /[,"\r\n\uFEFF]|^ | $/ } as const;

function quote(text: string, quoted: RegExp): string {
  return quoted.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A sheet's cells as CSV text: neutralised (neutralise.ts), then quoted. Most cells of a long export repeat
 * (labels, names, groups, dates, the rule's sentence on every checklist row), so each text is worked out
 * once per export and looked up after, rather than tested by two patterns in every cell.
 */
function cellWriter(quoted: RegExp): (cell: Cell) => string {
  const written = new Map<string, string>();
  return (cell) => {
    if (cell === null || cell === undefined) return '';
    const key = typeof cell === 'object' ? cell.date : cell;
    if (typeof key !== 'string') return quote(String(neutraliseCell(cell)), quoted);
    let text = written.get(key);
    if (text === undefined) written.set(key, (text = quote(String(neutraliseCell(key)), quoted)));
    return text;
  };
}

/**
 * One line per row, each as long as the header (a short row padded with empty cells, a long one cut).
 * A line is joined from one reused array and the lines once at the end: of the ways tried, the one that
 * builds a 50,000-row export (12 MB of text) with the least work (docs/performance.md).
 */
export function sheetToCsv(sheet: Sheet, { separator = defaultSeparator() }: CsvOptions = {}): string {
  const quoted = NEEDS_QUOTES[separator];
  const write = cellWriter(quoted);
  // Headers are Insyn's own words: quoted, never neutralised.
  const lines = [sheet.header.map((title) => quote(title, quoted)).join(separator)];
  const cells = new Array<string>(sheet.header.length);
  for (const row of sheet.rows) {
    for (let column = 0; column < cells.length; column++) cells[column] = write(row[column]);
    lines.push(cells.join(separator));
  }
  // An empty sheet ends with an empty line, as Papa Parse wrote it.
  if (sheet.rows.length === 0) lines.push('');
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function contactsToCsv(contacts: readonly ContactRecord[], pupils: PupilLookup, options?: CsvOptions): string {
  return sheetToCsv(contactsSheet(contacts, pupils), options);
}

export function checklistToCsv(items: readonly ChecklistRecord[], pupils: PupilLookup, options?: CsvOptions): string {
  return sheetToCsv(checklistSheet(items, pupils), options);
}
