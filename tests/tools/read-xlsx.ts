import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';

/**
 * Reads an XLSX file back the way a spreadsheet program would, independently of Insyn's writer: the zip
 * with fflate, each part with happy-dom's XML parser, following the relationships from [Content_Types].xml
 * and the workbook rather than assuming paths. Used by unit and end-to-end tests.
 */

export type ReadValue = string | number | boolean | { date: string } | null;

export interface ReadCell {
  ref: string;
  /** The `t` attribute: 'inlineStr', 's' (shared string), 'b', 'str' or 'n' (the default). */
  type: string;
  value: ReadValue;
  /** The number format's code ('General' for none). */
  format: string;
  bold: boolean;
  formula: boolean;
}

export interface ReadSheet {
  name: string;
  cells: ReadCell[];
  /** Values by row and column, as a person reads them; date-formatted numbers as `{ date }`. */
  rows: ReadValue[][];
  /** Rows frozen at the top (the pane's ySplit), 0 when none. */
  frozenRows: number;
  autoFilter: string | undefined;
  columnWidths: number[];
}

export interface ReadWorkbook {
  sheetNames: string[];
  sheets: Record<string, ReadSheet>;
  /** Every part's path in the zip. */
  parts: string[];
}

const BUILT_IN_FORMATS: Record<number, string> = { 0: 'General', 14: 'yyyy-mm-dd' };
const DATE_FORMAT = /(^|[^"\\])[ymd]/i;
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

function refToIndexes(ref: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`not a cell reference: ${ref}`);
  const column = [...match[1]!].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, column];
}

function serialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH_UTC + Math.round(serial * 86_400_000)).toISOString().slice(0, 10);
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) piece === '..' ? parts.pop() : parts.push(piece);
  return parts.join('/');
}

export function readXlsx(bytes: Uint8Array): ReadWorkbook {
  const files = unzipSync(bytes);
  const window = new Window();
  const parse = (path: string): Document => {
    const file = files[path];
    if (!file) throw new Error(`missing part ${path}`);
    const doc = new window.DOMParser().parseFromString(strFromU8(file), 'application/xml') as unknown as Document;
    if (doc.getElementsByTagName('parsererror').length) throw new Error(`not well-formed XML: ${path}`);
    return doc;
  };
  const all = (doc: Document | Element, tag: string) => [...doc.getElementsByTagName(tag)];
  try {
    const main = all(parse('[Content_Types].xml'), 'Override').find((o) => o.getAttribute('ContentType')!.endsWith('.sheet.main+xml'));
    const workbookPath = main!.getAttribute('PartName')!.slice(1);
    const relsPath = workbookPath.replace(/([^/]+)$/, '_rels/$1.rels');
    const rels = new Map(
      all(parse(relsPath), 'Relationship').map((r) => [
        r.getAttribute('Id')!,
        { type: r.getAttribute('Type')!, target: resolve(workbookPath, r.getAttribute('Target')!) },
      ]),
    );
    const stylesPath = [...rels.values()].find((r) => r.type.endsWith('/styles'))!.target;
    const styles = parse(stylesPath);
    const formats = new Map<number, string>(
      all(styles, 'numFmt').map((f) => [Number(f.getAttribute('numFmtId')), f.getAttribute('formatCode')!]),
    );
    const bolds = all(all(styles, 'fonts')[0]!, 'font').map((font) => font.getElementsByTagName('b').length > 0);
    const xfs = all(all(styles, 'cellXfs')[0]!, 'xf').map((xf) => {
      const id = Number(xf.getAttribute('numFmtId') ?? 0);
      return { format: formats.get(id) ?? BUILT_IN_FORMATS[id] ?? `#${id}`, bold: bolds[Number(xf.getAttribute('fontId') ?? 0)] ?? false };
    });
    const sheets: Record<string, ReadSheet> = {};
    const sheetNames: string[] = [];
    for (const sheet of all(parse(workbookPath), 'sheet')) {
      const name = sheet.getAttribute('name')!;
      sheetNames.push(name);
      sheets[name] = readSheet(parse(rels.get(sheet.getAttribute('r:id')!)!.target), name, xfs);
    }
    return { sheetNames, sheets, parts: Object.keys(files) };
  } finally {
    void window.happyDOM.close();
  }
}

function readSheet(doc: Document, name: string, xfs: { format: string; bold: boolean }[]): ReadSheet {
  const cells: ReadCell[] = [];
  const rows: ReadValue[][] = [];
  for (const c of doc.getElementsByTagName('c')) {
    const ref = c.getAttribute('r')!;
    const type = c.getAttribute('t') ?? 'n';
    const xf = xfs[Number(c.getAttribute('s') ?? 0)] ?? { format: 'General', bold: false };
    const raw = c.getElementsByTagName('v')[0]?.textContent ?? null;
    let value: ReadValue;
    if (type === 'inlineStr') value = [...c.getElementsByTagName('t')].map((t) => t.textContent ?? '').join('');
    else if (type === 'b') value = raw === '1';
    else if (type === 'n' && raw !== null) value = DATE_FORMAT.test(xf.format) ? { date: serialToIso(Number(raw)) } : Number(raw);
    else value = raw;
    cells.push({ ref, type, value, format: xf.format, bold: xf.bold, formula: c.getElementsByTagName('f').length > 0 });
    const [r, col] = refToIndexes(ref);
    (rows[r] ??= [])[col] = value;
  }
  const width = Math.max(0, ...rows.map((row) => row?.length ?? 0));
  const pane = doc.getElementsByTagName('pane')[0];
  return {
    name,
    cells,
    rows: Array.from(rows, (row) => Array.from({ length: width }, (_, i) => row?.[i] ?? null)),
    frozenRows: pane?.getAttribute('state') === 'frozen' ? Number(pane.getAttribute('ySplit') ?? 0) : 0,
    autoFilter: doc.getElementsByTagName('autoFilter')[0]?.getAttribute('ref') ?? undefined,
    columnWidths: [...doc.getElementsByTagName('col')].map((col) => Number(col.getAttribute('width'))),
  };
}
