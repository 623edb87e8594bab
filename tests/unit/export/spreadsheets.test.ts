import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import { checklistToCsv, contactsToCsv } from '@/utils/export/csv';
import { checklistSheet, contactsSheet, overdueSheet, pupilLookup } from '@/utils/export/sheets';
import { excelSerial, uniqueSheetName } from '@/utils/export/spreadsheetml';
import { sheetsToXlsx } from '@/utils/export/xlsx';
import { readXlsx } from '../../tools/read-xlsx';
import { sampleTables } from './sample-data';

/** Our CSV read back by a CSV parser that guesses the separator, as a spreadsheet's import does (LibreOffice's own reading is in libreoffice.test.ts). */
function readCsv(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

const tables = sampleTables();
const pupils = pupilLookup(tables.pupils);

describe('CSV for Swedish Excel', () => {
  it('starts with a BOM, uses ; in Swedish and reads back with headers, åäö and ISO dates', () => {
    const csv = contactsToCsv(tables.contacts, pupils);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFDatum;Elev;Grupp;Ämnen;Kanal;Med vem;Resultat;Sammanfattning;Uppföljning;Loggad av');
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([
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
    expect(rows[1]).toEqual([
      '2025-11-05',
      'Andersson, Alva',
      '5A',
      'Matematik',
      'Telefon',
      'Åke Andersson (pappa)',
      'Möte bokat',
      "'+46 70 123 45 67; möte bokat 3 dec",
      '2025-12-03',
      'Lena Lärare',
    ]);
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
    expect(csv.split('\r\n')[0]).toBe('\uFEFFDue,Pupil,Group,What,Subject,Term,Status,Closed by,Closed on,Confirmed date,Rule');
    const rows = readCsv(csv);
    expect(rows[1]!.slice(0, 10)).toEqual([
      '2025-11-12',
      'Berg, Elias',
      '5A',
      'Guardian contact',
      'Svenska',
      'Ht 2025',
      'To do',
      '',
      '',
      '',
    ]);
    expect(rows[1]![10]).toMatch(/^Guardians are told when a pupil risks not reaching the grading criteria/);
    expect(rows[3]!.slice(0, 10)).toEqual([
      '2025-12-07',
      'Berg, Elias',
      '5A',
      'IUP sent home',
      '',
      'Ht 2025',
      'Done',
      // The sample's item was marked "Redan gjort".
      'Already done (before or outside Insyn)',
      '2025-12-02',
      '2025-12-01',
    ]);
  });

  it('a pupil name that is a formula reaches the sheet as text', () => {
    const csv = checklistToCsv([{ ...tables.checklist[0]!, pupilId: 'im:1003' }], pupils);
    expect(readCsv(csv)[1]![1]).toBe('\'=HYPERLINK("http://x","Öberg, Åsa")');
  });
});

describe('XLSX', () => {
  const withFormulaPupil = () => [
    ...tables.contacts,
    {
      ...tables.contacts[0]!,
      id: 'c-3',
      pupilId: 'im:1003',
      withWhom: '+46701234567',
      summary: '=SUMMA(A1)\u0000\u0007 klar',
      followUp: undefined,
    },
  ];
  const sheets = () => [checklistSheet(tables.checklist, pupils), contactsSheet(withFormulaPupil(), pupils)];

  it('has one sheet per table with the headers in bold, frozen, and a filter over the used range', async () => {
    const book = readXlsx(await sheetsToXlsx(sheets()));
    expect(book.sheetNames).toEqual(['Checklista', 'Kontaktlogg']);
    const contacts = book.sheets.Kontaktlogg!;
    expect(contacts.rows[0]).toEqual([
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
    expect(contacts.cells.filter((c) => /^[A-Z]+1$/.test(c.ref)).every((c) => c.bold && c.type === 'inlineStr')).toBe(true);
    expect(contacts.cells.filter((c) => !/^[A-Z]+1$/.test(c.ref)).some((c) => c.bold)).toBe(false);
    expect(contacts.frozenRows).toBe(1);
    expect(contacts.autoFilter).toBe('A1:J4');
    expect(book.sheets.Checklista!.frozenRows).toBe(1);
    expect(book.sheets.Checklista!.autoFilter).toBe(`A1:K${tables.checklist.length + 1}`);
  });

  it("gives each checklist item its rule in words, and lists what is overdue on the export's day in a sheet of its own", async () => {
    const overdue = overdueSheet(tables.checklist, pupils, '2025-12-10');
    const book = readXlsx(await sheetsToXlsx([...sheets(), overdue]));
    expect(book.sheetNames).toEqual(['Checklista', 'Kontaktlogg', 'Försenat']);
    const checklist = book.sheets.Checklista!.rows;
    expect(checklist[0]![10]).toBe('Regel');
    expect(checklist[1]![10]).toMatch(/^Vårdnadshavare kontaktas när en elev riskerar att inte nå betygskriterierna/);
    const late = book.sheets['Försenat']!;
    // Open and past due on 10 December: the guardian contact (due 12 Nov) and the written assessment (6 Dec); the posted IUP is done.
    expect(late.rows.slice(1).map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      [{ date: '2025-11-12' }, 28, 'Berg, Elias', 'Kontakt med vårdnadshavare'],
      [{ date: '2025-12-06' }, 4, 'Andersson, Alva', 'Omdöme publicerat i InfoMentor'],
    ]);
    expect([late.frozenRows, late.autoFilter]).toEqual([1, 'A1:H3']);
    expect(overdueSheet(tables.checklist, pupils, '2025-11-12').rows).toEqual([]);
  });

  it('stores dates as date cells in the yyyy-mm-dd format, and an empty date as no cell', async () => {
    const book = readXlsx(await sheetsToXlsx(sheets()));
    const contacts = book.sheets.Kontaktlogg!;
    const a2 = contacts.cells.find((c) => c.ref === 'A2')!;
    expect(a2).toMatchObject({ type: 'n', format: 'yyyy-mm-dd', value: { date: '2025-11-05' } });
    expect(contacts.rows.slice(1).map((r) => r[8])).toEqual([{ date: '2025-12-03' }, null, null]);
    expect(contacts.cells.some((c) => c.ref === 'I3')).toBe(false);
    expect(book.sheets.Checklista!.rows.map((r) => r[0])).toEqual([
      'Senast',
      { date: '2025-11-12' },
      { date: '2025-12-06' },
      { date: '2025-12-07' },
    ]);
  });

  it('keeps text that looks like a formula as inline text, exactly as written: no apostrophe, no formula', async () => {
    const book = readXlsx(await sheetsToXlsx(sheets()));
    const rows = book.sheets.Kontaktlogg!.rows;
    expect(rows[1]![7]).toBe('+46 70 123 45 67; möte bokat 3 dec');
    // Sorted by date, then id: c-1, c-3 (the same day), c-2.
    expect(rows[3]![5]).toBe('-Maria Berg');
    expect(rows[3]![7]).toBe('@SUM(A1:A9) och "citat"; rad två\nrad tre');
    expect(rows[2]![1]).toBe('=HYPERLINK("http://x","Öberg, Åsa")');
    expect(rows[2]![5]).toBe('+46701234567');
    // Control characters are not XML: they are dropped, the rest of the text stays.
    expect(rows[2]![7]).toBe('=SUMMA(A1) klar');
    const cells = Object.values(book.sheets).flatMap((sheet) => sheet.cells);
    expect(cells.filter((c) => c.formula)).toEqual([]);
    expect(cells.filter((c) => typeof c.value === 'string').every((c) => c.type === 'inlineStr')).toBe(true);
    expect(cells.filter((c) => typeof c.value === 'string' && c.value.startsWith("'"))).toEqual([]);
  });

  it('writes numbers as numbers, booleans as booleans, and an impossible date or a non-finite number as its text', async () => {
    const sheet = {
      title: 'Tal',
      header: ['a', 'b', 'c', 'd', 'e', 'f'],
      rows: [[42, -3.5, true, { date: '2025-02-30' }, Number.NaN, null]],
    };
    const [read] = Object.values(readXlsx(await sheetsToXlsx([sheet])).sheets);
    expect(read!.rows[1]).toEqual([42, -3.5, true, '2025-02-30', 'NaN', null]);
    expect(read!.cells.filter((c) => c.ref.endsWith('2')).map((c) => c.type)).toEqual(['n', 'n', 'b', 'inlineStr', 'inlineStr']);
    expect(read!.autoFilter).toBe('A1:F2');
  });

  it('sizes columns to their text, within 8 and 60 characters', async () => {
    const sheet = {
      title: 'Bredd',
      header: ['x', 'Rubrik'],
      rows: [
        ['', 'a'.repeat(200)],
        [{ date: '2025-11-05' }, ''],
      ],
    };
    const [read] = Object.values(readXlsx(await sheetsToXlsx([sheet])).sheets);
    expect(read!.columnWidths).toEqual([12, 60]);
  });

  it('counts dates from 1899-12-30 as Excel and LibreOffice do', () => {
    expect(excelSerial('2025-11-05')).toBe(45966);
    expect(excelSerial('1901-01-01')).toBe(367);
    expect(excelSerial('2024-02-29')).toBe(45351);
    expect(excelSerial('2025-13-01')).toBeUndefined();
    expect(excelSerial('1900-01-01')).toBeUndefined();
    expect(excelSerial('5 nov')).toBeUndefined();
  });

  it("gives each sheet a name Excel accepts: at most 31 characters, none of []:*?/\\, no ' at either end, once per workbook", async () => {
    const used = new Set<string>();
    expect(uniqueSheetName('Risker', used)).toBe('Risker');
    expect(uniqueSheetName('risker', used)).toBe('risker 2');
    expect(uniqueSheetName("'Ht/Vt [2025]: vad?*'", used)).toBe('Ht Vt  2025   vad');
    expect(uniqueSheetName('', used)).toBe('Blad');
    expect(uniqueSheetName('x'.repeat(40), used).length).toBeLessThanOrEqual(31);
    const book = readXlsx(
      await sheetsToXlsx([
        { title: "O'Brien & co", header: ['a'], rows: [] },
        { title: "O'Brien & co", header: ['a'], rows: [] },
      ]),
    );
    expect(book.sheetNames).toEqual(["O'Brien & co", "O'Brien & co 2"]);
    expect(book.sheets["O'Brien & co"]!.autoFilter).toBe('A1:A1');
  });
});
