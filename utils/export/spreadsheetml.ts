import { strToU8, zipSync } from 'fflate';
import { cellText, isDateCell, type Cell } from './neutralise';
import type { Sheet } from './sheets';

/**
 * An XLSX workbook (SpreadsheetML): its XML parts, one worksheet per sheet, zipped with fflate. Written
 * by hand rather than with a library because Insyn needs so little of the format: text, numbers, dates,
 * a bold frozen header and a filter row. Every text is an inline string, so
 * nothing a page wrote can become a formula, and it shows exactly as written (no apostrophe).
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Indexes into `cellXfs` of styles.xml below. */
const STYLE = { header: 1, date: 2 } as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Excel's day 0 of the 1900 date system is 1899-12-30 (it counts a 29 February 1900 that never was). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Control characters are not allowed in XML 1.0 (tab, line feed and carriage return are); nor are lone surrogates or U+FFFE/U+FFFF. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The serial day number Excel and LibreOffice store for a calendar date, or undefined when it is no real date. */
export function excelSerial(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const back = new Date(utc);
  // Serials before 1900-03-01 differ between Excel and LibreOffice; such a date is kept as text.
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || year < 1901 || year > 9999) return undefined;
  return (utc - EXCEL_EPOCH_UTC) / DAY_MS;
}

function inlineString(ref: string, text: string, style = 0): string {
  const s = style ? ` s="${style}"` : '';
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

/** One cell's XML, or '' for an empty cell. A date that is not a real date is kept as its text. */
export function cellXml(ref: string, cell: Cell): string {
  if (cell === null || cell === undefined || cell === '') return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? `<c r="${ref}"><v>${cell}</v></c>` : inlineString(ref, String(cell));
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (isDateCell(cell)) {
    const serial = excelSerial(cell.date);
    return serial === undefined ? inlineString(ref, cell.date) : `<c r="${ref}" s="${STYLE.date}"><v>${serial}</v></c>`;
  }
  return inlineString(ref, cell);
}

/** Wide enough for the longest of the header and the first 500 rows, within 8 to 60 characters. */
function columnWidths(sheet: Sheet, columns: number): number[] {
  const sample = sheet.rows.slice(0, 500);
  return Array.from({ length: columns }, (_, index) => {
    const longest = Math.max(sheet.header[index]?.length ?? 0, ...sample.map((row) => cellText(row[index]).length));
    return Math.min(60, Math.max(8, longest + 2));
  });
}

function columnCount(sheet: Sheet): number {
  return Math.max(1, sheet.header.length, ...sheet.rows.map((row) => row.length));
}

/** The used range, A1:J3; a sheet always has its header row. */
function usedRange(sheet: Sheet): string {
  return `A1:${columnName(columnCount(sheet) - 1)}${sheet.rows.length + 1}`;
}

function worksheetXml(sheet: Sheet): string {
  const header = `<row r="1">${sheet.header.map((h, c) => inlineString(`${columnName(c)}1`, h, STYLE.header)).join('')}</row>`;
  const rows = sheet.rows.map(
    (row, r) => `<row r="${r + 2}">${row.map((cell, c) => cellXml(`${columnName(c)}${r + 2}`, cell)).join('')}</row>`,
  );
  const cols = columnWidths(sheet, columnCount(sheet)).map(
    (width, c) => `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`,
  );
  const range = usedRange(sheet);
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="${range}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/>${cols.length ? `<cols>${cols.join('')}</cols>` : ''}` +
    `<sheetData>${header}${rows.join('')}</sheetData><autoFilter ref="${range}"/></worksheet>`
  );
}

/** Excel refuses names over 31 characters, with []:*?/\, starting or ending with ' or twice in one workbook. */
export function uniqueSheetName(title: string, used: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .slice(0, 28)
      .trim() || 'Blad';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

function workbookXml(names: readonly string[], ranges: readonly string[]): string {
  const sheets = names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  // Excel names each sheet's filter range; without it, Excel repairs the file on opening.
  const filters = names
    .map((name, i) => {
      const [from, to] = ranges[i]!.split(':').map((ref) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'));
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`'${name.replace(/'/g, "''")}'!${from}:${to}`)}</definedName>`;
    })
    .join('');
  return `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets><definedNames>${filters}</definedNames></workbook>`;
}

/** Default font, the bold header, and a Swedish (ISO 8601) date format. */
const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Every part of the workbook by its path in the zip, [Content_Types].xml first as Office writes it. */
export function workbookParts(sheets: readonly Sheet[]): Record<string, string> {
  const used = new Set<string>();
  const names = sheets.map((sheet) => uniqueSheetName(sheet.title, used));
  const ranges = sheets.map(usedRange);
  const overrides = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`)
    .join('');
  const sheetRels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>${overrides}</Types>`,
    '_rels/.rels': `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': workbookXml(names, ranges),
    'xl/_rels/workbook.xml.rels': `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">${sheetRels}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES_XML,
  };
  sheets.forEach((sheet, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = worksheetXml(sheet)));
  return parts;
}

export function workbookZip(sheets: readonly Sheet[]): Uint8Array {
  const parts = workbookParts(sheets);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)])), { level: 6 });
}
