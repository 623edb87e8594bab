import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactsToCsv } from '@/utils/export/csv';
import { checklistSheet, contactsSheet, overdueSheet, pupilLookup } from '@/utils/export/sheets';
import { sheetsToXlsx } from '@/utils/export/xlsx';
import { sampleTables } from './sample-data';

/**
 * The exports opened by a real spreadsheet program, LibreOffice Calc, converted headless to ODS and read
 * as a person would see the cells: the text shown, and whether Calc took a cell as a date, a number or
 * text. CI installs Debian's libreoffice-calc-nogui (.ci/run); elsewhere the tests say why they skip.
 */

function onPath(names: readonly string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not in this directory
      }
    }
  }
  return undefined;
}

const soffice = onPath(['soffice', 'libreoffice']);
const skipped = soffice ? '' : ' (skipped: neither soffice nor libreoffice is on PATH; CI installs libreoffice-calc-nogui)';

interface OdsCell {
  type: string | null;
  text: string;
  date: string | null;
}

/** Calc's view of a workbook: every sheet's cells by row and column, and its filter ranges. */
function readOds(path: string) {
  const xml = strFromU8(unzipSync(readFileSync(path))['content.xml']!);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const sheets: Record<string, OdsCell[][]> = {};
  for (const table of doc.getElementsByTagName('table:table')) {
    sheets[table.getAttribute('table:name')!] = [...table.getElementsByTagName('table:table-row')]
      .map((row) => {
        const cells: OdsCell[] = [];
        for (const cell of row.getElementsByTagName('table:table-cell')) {
          // Calc writes a run of empty cells as one repeated cell, and the empty rest of a row as one
          // repeated thousands of times: runs inside the data are kept (columns stay in place), that one is cut.
          const repeat = Math.min(
            Number(cell.getAttribute('table:number-columns-repeated') ?? 1),
            cell.hasAttribute('office:value-type') ? Infinity : 64,
          );
          const value = {
            type: cell.getAttribute('office:value-type'),
            text: [...cell.getElementsByTagName('text:p')].map((p) => p.textContent).join('\n'),
            date: cell.getAttribute('office:date-value'),
          };
          for (let i = 0; i < repeat; i++) cells.push(value);
        }
        return cells;
      })
      .filter((cells) => cells.some((cell) => cell.type !== null)); // and the empty rows below the data
  }
  const filters = [...doc.getElementsByTagName('table:database-range')].map((range) => ({
    range: range.getAttribute('table:target-range-address'),
    buttons: range.getAttribute('table:display-filter-buttons'),
  }));
  const formulas = [...doc.getElementsByTagName('table:table-cell')].filter((cell) => cell.hasAttribute('table:formula')).length;
  return { sheets, filters, formulas };
}

describe('LibreOffice Calc opens the exports', () => {
  const tables = sampleTables();
  const pupils = pupilLookup(tables.pupils);
  const contacts = [
    ...tables.contacts,
    { ...tables.contacts[0]!, id: 'c-3', pupilId: 'im:1003', withWhom: '+46701234567', summary: '=SUMMA(A1)' },
  ];
  let dir = '';

  /** One conversion in a throwaway profile, with the locale and time zone pinned. */
  function convert(file: string, infilter?: string): string {
    const args = [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      'ods',
      '--outdir',
      join(dir, 'out'),
      join(dir, file),
    ];
    execFileSync(soffice!, args, {
      timeout: 120_000,
      stdio: 'pipe',
      env: { ...process.env, HOME: dir, TZ: 'Europe/Stockholm', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    });
    return join(dir, 'out', file.replace(/\.\w+$/, '.ods'));
  }

  beforeAll(async () => {
    if (!soffice) return;
    dir = mkdtempSync(join(tmpdir(), 'insyn-libreoffice-'));
    writeFileSync(
      join(dir, 'export.xlsx'),
      await sheetsToXlsx([
        checklistSheet(tables.checklist, pupils),
        contactsSheet(contacts, pupils),
        overdueSheet(tables.checklist, pupils, '2025-12-10'),
      ]),
    );
    writeFileSync(join(dir, 'kontakter.csv'), contactsToCsv(contacts, pupils));
  }, 10_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!soffice)(
    `XLSX: dates as dates, åäö, formula-like text as plain text with no apostrophe, the outcome and rule columns, an overdue sheet, a filter row on every sheet${skipped}`,
    () => {
      const { sheets, filters, formulas } = readOds(convert('export.xlsx'));
      expect(Object.keys(sheets)).toEqual(['Checklista', 'Kontaktlogg', 'Försenat']);
      const log = sheets.Kontaktlogg!;
      expect(log[0]!.slice(0, 10).map((c) => c.text)).toEqual([
        'Datum',
        'Elev',
        'Grupp',
        'Ämnen',
        'Kanal',
        'Med vem',
        'Resultat',
        'Sammanfattning',
        'Uppföljning',
        'Loggad av',
      ]);
      expect(log[1]![0]).toEqual({ type: 'date', text: '2025-11-05', date: '2025-11-05' });
      expect(log[1]![8]).toEqual({ type: 'date', text: '2025-12-03', date: '2025-12-03' });
      expect(log[1]![5]).toMatchObject({ type: 'string', text: 'Åke Andersson (pappa)' });
      expect(log[1]![6]).toMatchObject({ type: 'string', text: 'Möte bokat' });
      // c-3 sorts before c-2 (same day as c-1).
      expect(log[2]![1]).toMatchObject({ type: 'string', text: '=HYPERLINK("http://x","Öberg, Åsa")' });
      expect(log[2]![5]).toMatchObject({ type: 'string', text: '+46701234567' });
      expect(log[2]![7]).toMatchObject({ type: 'string', text: '=SUMMA(A1)' });
      expect(log[3]![5]).toMatchObject({ type: 'string', text: '-Maria Berg' });
      expect(formulas).toBe(0);
      expect(sheets.Checklista!.slice(1).map((row) => row[0])).toEqual(
        ['2025-11-12', '2025-12-06', '2025-12-07'].map((d) => ({ type: 'date', text: d, date: d })),
      );
      expect(sheets.Checklista![0]![10]).toMatchObject({ type: 'string', text: 'Regel' });
      expect(sheets.Checklista![1]![10]!.text).toMatch(/^Vårdnadshavare kontaktas när en elev riskerar/);
      const late = sheets['Försenat']!;
      expect(late[0]!.slice(0, 8).map((c) => c.text)).toEqual(['Senast', 'Dagar sen', 'Elev', 'Grupp', 'Vad', 'Ämne', 'Termin', 'Regel']);
      expect(late.slice(1).map((row) => [row[0], row[1]!.type, row[1]!.text, row[2]!.text])).toEqual([
        [{ type: 'date', text: '2025-11-12', date: '2025-11-12' }, 'float', '28', 'Berg, Elias'],
        [{ type: 'date', text: '2025-12-06', date: '2025-12-06' }, 'float', '4', 'Andersson, Alva'],
      ]);
      expect(filters).toEqual([
        { range: `Checklista.A1:Checklista.K${tables.checklist.length + 1}`, buttons: 'true' },
        { range: 'Kontaktlogg.A1:Kontaktlogg.J4', buttons: 'true' },
        { range: 'Försenat.A1:Försenat.H3', buttons: 'true' },
      ]);
    },
    150_000,
  );

  it.skipIf(!soffice)(
    `CSV (as imported with ; and UTF-8): åäö, dates as dates, formula-like text as text, neutralised with its apostrophe${skipped}`,
    () => {
      // 59 = ';', 34 = '"', 76 = UTF-8, 1 = start at line 1.
      const { sheets, formulas } = readOds(convert('kontakter.csv', 'CSV:59,34,76,1'));
      const [rows] = Object.values(sheets);
      expect(rows![0]!.slice(0, 10).map((c) => c.text)).toEqual([
        'Datum',
        'Elev',
        'Grupp',
        'Ämnen',
        'Kanal',
        'Med vem',
        'Resultat',
        'Sammanfattning',
        'Uppföljning',
        'Loggad av',
      ]);
      expect(rows![1]![0]).toMatchObject({ type: 'date', date: '2025-11-05' });
      expect(rows![1]![5]).toMatchObject({ type: 'string', text: 'Åke Andersson (pappa)' });
      expect(rows![2]![5]).toMatchObject({ type: 'string', text: "'+46701234567" });
      expect(rows![2]![7]).toMatchObject({ type: 'string', text: "'=SUMMA(A1)" });
      expect(formulas).toBe(0);
    },
    150_000,
  );
});
