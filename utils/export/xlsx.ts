import { neutraliseRow } from './neutralise';
import type { Sheet } from './sheets';

/**
 * A workbook with one worksheet per sheet. exceljs is large, so it is loaded only when a teacher asks for
 * XLSX (the dashboard), never in the content script or the background. Every cell is a value, never a
 * formula, and text that looks like one is neutralised as in CSV.
 */
export async function sheetsToXlsx(sheets: readonly Sheet[], creator = 'Insyn'): Promise<Uint8Array> {
  const module = await import('exceljs');
  const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  const used = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(uniqueSheetName(sheet.title, used));
    worksheet.addRow(sheet.header);
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) worksheet.addRow(neutraliseRow(row));
    worksheet.columns.forEach((column, index) => {
      const longest = Math.max(String(sheet.header[index] ?? '').length, ...sheet.rows.slice(0, 500).map((r) => String(r[index] ?? '').length));
      column.width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Excel refuses names over 31 characters, with []:*?/\ or twice in one workbook. */
function uniqueSheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28).trim() || 'Blad';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  used.add(name.toLowerCase());
  return name;
}
