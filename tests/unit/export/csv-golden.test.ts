import { describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import { checklistToCsv, contactsToCsv, sheetToCsv } from '@/utils/export/csv';
import { dateCell } from '@/utils/export/neutralise';
import { pupilLookup, type Sheet } from '@/utils/export/sheets';
import { sampleTables } from './sample-data';

/**
 * The CSV exports byte for byte, against files written by the Papa Parse writer Insyn used before its own
 * (utils/export/csv.ts): a changed column, header, quoting rule, separator, line end or BOM fails here.
 * Each line of the file is one CSV line as a JSON string, so CR, LF, BOM and quotes stay visible.
 */
const asLines = (csv: string) =>
  `${csv
    .split('\n')
    .map((line) => JSON.stringify(line))
    .join('\n')}\n`;

const HOSTILE: Sheet = {
  title: 'hostile',
  header: ['plain', 'quote "x"', 'sep;and,comma', ' padded ', 'line\nbreak'],
  rows: [
    ['Öberg, Åsa', 'say "hi"', 'a;b', 'a,b', ' lead'],
    ['trail ', 'cr\rhere', 'lf\nhere', 'crlf\r\nhere', '\uFEFFbom'],
    ['=1+2', '+46 70', '-Maria', '@SUM(A1)', '\tTab'],
    ['-5', '3,5', -7, 2.5, Number.NaN],
    [true, false, null, undefined, dateCell('2026-03-16')],
    ['', '""', '"', ' ', 'ends with quote"'],
    ['short row'],
    ['  =indented', '\nstarts with newline', 'x', 'y', 'z', 'one too many'],
  ],
};

describe('CSV byte for byte', () => {
  it.each([';', ','] as const)('writes every escaping case as before (separator %s)', async (separator) => {
    const name = separator === ';' ? 'semicolon' : 'comma';
    await expect(asLines(sheetToCsv(HOSTILE, { separator }))).toMatchFileSnapshot(`./csv-golden/hostile-${name}.jsonl`);
  });

  it.each(['sv', 'en'] as const)('writes the contact log and the checklist as before (%s)', async (language) => {
    setLanguage(language);
    const tables = sampleTables();
    const pupils = pupilLookup(tables.pupils);
    await expect(asLines(contactsToCsv(tables.contacts, pupils))).toMatchFileSnapshot(`./csv-golden/contacts-${language}.jsonl`);
    await expect(asLines(checklistToCsv(tables.checklist, pupils))).toMatchFileSnapshot(`./csv-golden/checklist-${language}.jsonl`);
  });

  it('writes a sheet without rows as its header line and an empty line, as Papa Parse did', () => {
    expect(sheetToCsv({ title: 'empty', header: ['a', 'b c'], rows: [] }, { separator: ';' })).toBe('\uFEFFa;b c\r\n\r\n');
  });
});
