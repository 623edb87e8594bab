import Papa from 'papaparse';
import { getLanguage } from '../i18n';
import type { ChecklistRecord, ContactRecord } from '../db/records';
import { neutraliseRow } from './neutralise';
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

export function sheetToCsv(sheet: Sheet, { separator = defaultSeparator() }: CsvOptions = {}): string {
  const body = Papa.unparse(
    { fields: sheet.header.map(String), data: sheet.rows.map((row) => neutraliseRow(row).map((cell) => (cell === null ? '' : cell))) },
    { delimiter: separator, newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `\uFEFF${body}\r\n`;
}

export function contactsToCsv(contacts: readonly ContactRecord[], pupils: PupilLookup, options?: CsvOptions): string {
  return sheetToCsv(contactsSheet(contacts, pupils), options);
}

export function checklistToCsv(items: readonly ChecklistRecord[], pupils: PupilLookup, options?: CsvOptions): string {
  return sheetToCsv(checklistSheet(items, pupils), options);
}
