import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { setLanguage } from '@/utils/i18n';
import { checklistToCsv, contactsToCsv } from '@/utils/export/csv';
import { checklistSheet, contactsSheet, pupilLookup } from '@/utils/export/sheets';
import { sheetsToXlsx } from '@/utils/export/xlsx';
import { sampleTables } from './sample-data';

/** Our files read back by an independent reader (SheetJS), as Excel would get them. */
function readCsv(csv: string): string[][] {
  const book = XLSX.read(Buffer.from(csv, 'utf8'), { type: 'buffer', raw: true });
  return XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: true, defval: '' });
}

const tables = sampleTables();
const pupils = pupilLookup(tables.pupils);

describe('CSV for Swedish Excel', () => {
  it('starts with a BOM, uses ; in Swedish and reads back with headers, åäö and ISO dates', () => {
    const csv = contactsToCsv(tables.contacts, pupils);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFDatum;Elev;Grupp;Ämnen;Kanal;Med vem;Utfall;Sammanfattning;Uppföljning;Loggad av');
    const rows = readCsv(csv);
    expect(rows[0]).toEqual(['Datum', 'Elev', 'Grupp', 'Ämnen', 'Kanal', 'Med vem', 'Utfall', 'Sammanfattning', 'Uppföljning', 'Loggad av']);
    expect(rows[1]).toEqual(['2025-11-05', 'Andersson, Alva', '5A', 'Matematik', 'Telefon', 'Åke Andersson (pappa)', 'Möte bokat', "'+46 70 123 45 67; möte bokat 3 dec", '2025-12-03', 'Lena Lärare']);
    expect(rows).toHaveLength(3);
  });

  it('neutralises formulas, keeps quotes, separators and line breaks inside a cell', () => {
    const rows = readCsv(contactsToCsv(tables.contacts, pupils));
    const second = rows[2]!;
    expect(second[5]).toBe("'-Maria Berg");
    expect(second[7]).toBe('\'@SUM(A1:A9) och "citat"; rad två\nrad tre');
    expect(second[3]).toBe('Svenska, Engelska');
    for (const row of rows) for (const cell of row) expect(String(cell)).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('uses , and English headers when the UI is English', () => {
    setLanguage('en');
    const csv = checklistToCsv(tables.checklist, pupils);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFDue,Pupil,Group,What,Subject,Term,Status,Closed by,Closed on,Confirmed date');
    const rows = readCsv(csv);
    expect(rows[1]).toEqual(['2025-11-12', 'Berg, Elias', '5A', 'Guardian contact', 'Svenska', 'Ht 2025', 'To do', '', '', '']);
    expect(rows[3]).toEqual(['2025-12-07', 'Berg, Elias', '5A', 'IUP sent home', '', 'Ht 2025', 'Done', 'Confirmed by the teacher', '2025-12-02', '2025-12-01']);
  });

  it('a pupil name that is a formula reaches the sheet as text', () => {
    const csv = checklistToCsv([{ ...tables.checklist[0]!, pupilId: 'im:1003' }], pupils);
    expect(readCsv(csv)[1]![1]).toBe('\'=HYPERLINK("http://x","Öberg, Åsa")');
  });
});

describe('XLSX', () => {
  const sheets = () => [checklistSheet(tables.checklist, pupils), contactsSheet([...tables.contacts, { ...tables.contacts[0]!, id: 'c-3', pupilId: 'im:1003' }], pupils)];

  it('reads back with SheetJS: sheet names, headers, åäö, ISO dates, no formulas', async () => {
    const bytes = await sheetsToXlsx(sheets());
    const book = XLSX.read(bytes, { type: 'array', cellFormula: true });
    expect(book.SheetNames).toEqual(['Checklista', 'Kontaktlogg']);
    const contacts = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Kontaktlogg!, { header: 1, raw: true, defval: '' });
    expect(contacts[0]).toEqual(['Datum', 'Elev', 'Grupp', 'Ämnen', 'Kanal', 'Med vem', 'Utfall', 'Sammanfattning', 'Uppföljning', 'Loggad av']);
    expect(contacts[1]![0]).toBe('2025-11-05');
    expect(contacts[1]![5]).toBe('Åke Andersson (pappa)');
    expect(contacts[2]![1]).toBe('\'=HYPERLINK("http://x","Öberg, Åsa")');
    const formulas = Object.values(book.Sheets).flatMap((sheet) => Object.entries(sheet!).filter(([ref, cell]) => !ref.startsWith('!') && (cell as XLSX.CellObject).f));
    expect(formulas).toEqual([]);
    const checklist = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Checklista!, { header: 1, raw: true, defval: '' });
    expect(checklist.map((r) => r[0])).toEqual(['Senast', '2025-11-12', '2025-12-06', '2025-12-07']);
  });

  const libreoffice = (() => {
    try {
      return execFileSync('which', ['libreoffice'], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  })();
  it.skipIf(!libreoffice)(`converts to PDF with LibreOffice${libreoffice ? '' : ' (skipped: `which libreoffice` finds nothing on this machine)'}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-xlsx-'));
    try {
      writeFileSync(join(dir, 'export.xlsx'), await sheetsToXlsx(sheets()));
      execFileSync(libreoffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'export.xlsx')], { timeout: 120_000 });
      expect(existsSync(join(dir, 'export.pdf'))).toBe(true);
      expect(readFileSync(join(dir, 'export.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
