import { labelText } from './cells';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import { type ColumnRole, type LevelReading, foldHeader, headerRole, levelOfHeader } from './vocabulary';
import { isRendered, isShown } from './visibility';

/**
 * Reads any pupil table semantically: finds the header row, gives every column a meaning from its
 * header text, and lines the cells of each row up with those columns. `<table>`s (with rowspan and
 * colspan), ARIA grids (role=grid|table|treegrid with role=row cells) and cards with definition lists
 * all become the same `SemanticTable`, so page readers never care about markup.
 */

export interface Column {
  /** Folded header text. */
  header: string;
  /** The header as the page shows it (trimmed); used to name subjects in grade overviews. */
  label: string;
  role?: ColumnRole;
  level?: LevelReading;
}

export interface TableRow {
  /** The row, or the card: where a badge for this pupil belongs. */
  element: Element;
  /** Cells by column index; a cell spanning columns or rows appears at every position it covers. */
  cells: readonly (Element | undefined)[];
}

export interface SemanticTable {
  container: Element;
  /** Where the pupil data lives (the table, or each card): the page's context is read outside them. */
  regions: readonly Element[];
  columns: readonly Column[];
  rows: readonly TableRow[];
  /** Column indexes per role, in page order. */
  byRole: ReadonlyMap<ColumnRole, readonly number[]>;
}

/** ARIA grids: what the readers (and the background's readable check) take for a table besides `<table>`. */
export const ARIA_GRIDS = '[role=grid], [role=table], [role=treegrid]';
const CELL_ROLES = new Set(['cell', 'gridcell', 'rowheader', 'columnheader']);
const HEADER_SCAN_ROWS = 6;

/** Where tables may be: `<table>`s and ARIA grids, and definition lists (cards). */
interface TableCandidates {
  grids: readonly Element[];
  lists: readonly Element[];
}

/** Every table, grid and card list whose header row names the pupil (or subject) column. */
export function findTables({ grids, lists }: TableCandidates): SemanticTable[] {
  const tables: SemanticTable[] = [];
  for (const container of grids) {
    if (!isShown(container)) continue;
    const table = readTableWith(container, isHeaderRow);
    if (table) tables.push(table);
  }
  const cards = readCards(lists);
  if (cards) tables.push(cards);
  return tables;
}

export function columnsWith(table: SemanticTable, role: ColumnRole): readonly number[] {
  return table.byRole.get(role) ?? [];
}

export function firstColumn(table: SemanticTable, role: ColumnRole): number | undefined {
  return table.byRole.get(role)?.[0];
}

// ── <table> and ARIA grids ───────────────────────────────────────────────────────────────────────

/** Rows of this table only: nested tables keep their rows to themselves. */
/** A row with its own cells, before spans are laid out. */
interface RawRow {
  element: Element;
  cells: Element[];
}

function tableRows(table: Element): RawRow[] {
  const rows: RawRow[] = [];
  for (let child = table.firstElementChild; child && rows.length <= MAX_ROWS; child = child.nextElementSibling) {
    const name = child.localName;
    // Rows and sections the page hides (Knockout's `visible: false`) are not read.
    if (name === 'tr') {
      if (isRendered(child)) rows.push(tableCells(child));
    } else if ((name === 'thead' || name === 'tbody' || name === 'tfoot') && isRendered(child)) {
      for (let row = child.firstElementChild; row && rows.length <= MAX_ROWS; row = row.nextElementSibling)
        if (row.localName === 'tr' && isRendered(row)) rows.push(tableCells(row));
    }
  }
  return rows;
}

// Sibling walking rather than iterating HTMLCollections: it is the reader's innermost loop.
function tableCells(row: Element): RawRow {
  const cells: Element[] = [];
  for (let cell = row.firstElementChild; cell && cells.length < MAX_COLUMNS; cell = cell.nextElementSibling) {
    const name = cell.localName;
    if (name === 'td' || name === 'th') cells.push(cell);
  }
  return { element: row, cells };
}

function ariaRows(grid: Element): RawRow[] {
  const rows: RawRow[] = [];
  for (const row of grid.querySelectorAll('[role=row]')) {
    if (row.parentElement?.closest(ARIA_GRIDS) !== grid || !isShown(row, grid)) continue;
    const cells: Element[] = [];
    for (const cell of row.children) if (CELL_ROLES.has(cell.getAttribute('role') ?? '')) cells.push(cell);
    if (cells.length === 0) cells.push(...row.children);
    rows.push({ element: row, cells: cells.slice(0, MAX_COLUMNS) });
    if (rows.length > MAX_ROWS) break;
  }
  return rows;
}

/**
 * Lines cells up with columns, honouring colspan and rowspan (clamped, so a hostile `rowspan=65534`
 * costs nothing). Each input row is `[rowElement, ...cells]`.
 */
function layOut(rows: RawRow[], colspanName: string, rowspanName: string, hasSpans: boolean): readonly TableRow[] {
  if (!hasSpans) return rows;
  const out: TableRow[] = [];
  const pending: number[] = [];
  const pendingCell: (Element | undefined)[] = [];
  let spanning = false;
  for (let r = 0; r < rows.length; r++) {
    const { element, cells: own } = rows[r] as RawRow;
    const cells: (Element | undefined)[] = [];
    let column = 0;
    for (let c = 0; c < own.length && column < MAX_COLUMNS; c++) {
      const cell = own[c] as Element;
      if (spanning) while ((pending[column] ?? 0) > 0) column = carry(cells, pending, pendingCell, column);
      const colspan = span(cell.getAttribute(colspanName), MAX_COLUMNS - column);
      const rowspanText = cell.getAttribute(rowspanName);
      const rowspan = rowspanText === null ? 1 : span(rowspanText, rows.length - r, true);
      for (let k = 0; k < colspan; k++) {
        cells[column + k] = cell;
        if (rowspan > 1) {
          pending[column + k] = rowspan - 1;
          pendingCell[column + k] = cell;
          spanning = true;
        }
      }
      column += colspan;
    }
    if (spanning) {
      for (let c = column; c < pending.length; c++) if ((pending[c] ?? 0) > 0) carry(cells, pending, pendingCell, c);
      spanning = pending.some((n) => n > 0);
    }
    out.push({ element, cells });
  }
  return out;
}

function carry(cells: (Element | undefined)[], pending: number[], pendingCell: (Element | undefined)[], column: number): number {
  cells[column] = pendingCell[column];
  pending[column] = (pending[column] ?? 1) - 1;
  return column + 1;
}

/** A span attribute as a count: at least 1, at most `max`; rowspan 0 means "to the end". */
function span(value: string | null, max: number, zeroMeansRest = false): number {
  if (value === null) return 1;
  const n = Number.parseInt(value, 10);
  if (n === 0 && zeroMeansRest) return Math.max(1, max);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, Math.max(1, max));
}

/**
 * One table or ARIA grid read with a header test of the caller's: page recipes name their own headers,
 * which the vocabulary need not know (the columns then carry no meaning until the recipe gives one).
 */
export function readTableWith(container: Element, isHeader: (columns: readonly Column[]) => boolean): SemanticTable | undefined {
  return container.localName === 'table'
    ? readGrid(container, tableRows(container), 'colspan', 'rowspan', isHeader)
    : readGrid(container, ariaRows(container), 'aria-colspan', 'aria-rowspan', isHeader);
}

function readGrid(
  container: Element,
  rows: RawRow[],
  colspanName: string,
  rowspanName: string,
  isHeader = isHeaderRow,
): SemanticTable | undefined {
  if (rows.length < 2) return undefined;
  const laidOut = layOut(rows, colspanName, rowspanName, needsSpans(container, rows, colspanName, rowspanName));
  const scan = Math.min(HEADER_SCAN_ROWS, laidOut.length - 1);
  for (let h = 0; h < scan; h++) {
    const columns = headerColumns((laidOut[h] as TableRow).cells);
    if (!isHeader(columns)) continue;
    let first = h + 1;
    const below = laidOut[first];
    if (below && isSubHeader(below)) {
      mergeSubHeader(columns, headerColumns(below.cells));
      first++;
    }
    return makeTable(container, columns, laidOut.slice(first));
  }
  return undefined;
}

/**
 * Whether spans change the table's shape. Reading two attributes of every cell would cost as much as
 * the rest of the reading, so: spans in the header rows are looked for directly; below them a span
 * always leaves some row with a different number of cells. ARIA grids are searched for aria spans.
 */
function needsSpans(container: Element, rows: readonly RawRow[], colspanName: string, rowspanName: string): boolean {
  if (container.localName !== 'table') return container.querySelector(`[${colspanName}], [${rowspanName}]`) !== null;
  const head = Math.min(rows.length, HEADER_SCAN_ROWS + 1);
  for (let r = 0; r < head; r++) {
    for (const cell of (rows[r] as RawRow).cells)
      if (cell.getAttribute(colspanName) !== null || cell.getAttribute(rowspanName) !== null) return true;
  }
  const width = rows[0]?.cells.length;
  for (const row of rows) if (row.cells.length !== width) return true;
  return false;
}

function headerColumns(cells: readonly (Element | undefined)[]): Column[] {
  const columns: Column[] = [];
  let previous: Element | undefined;
  let previousColumn: Column | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell && cell === previous && previousColumn) {
      columns.push(previousColumn);
      continue;
    }
    const column = cell ? headerColumn(cell) : { header: '', label: '' };
    columns.push(column);
    previous = cell;
    previousColumn = column;
  }
  return columns;
}

function headerColumn(cell: Element): Column {
  const label = (cell.textContent ?? '').trim();
  let header = foldHeader(label);
  let role = headerRole(header);
  if (!role) {
    // An abbreviated header (`<abbr title="Otillräckliga kunskaper">O</abbr>`) says what it means in its tooltip.
    const tip = labelText(cell) || (cell.firstElementChild ? labelText(cell.querySelector('[title], [aria-label]') ?? cell) : '');
    const tipRole = tip ? headerRole(foldHeader(tip)) : undefined;
    if (tipRole) {
      header = foldHeader(tip);
      role = tipRole;
    }
  }
  const level = role === 'level' ? levelOfHeader(header) : undefined;
  return { header, label, ...(role ? { role } : {}), ...(level ? { level } : {}) };
}

/** Columns that key the rows of one pupil's documents (the Hub's IUP terms, special plans). */
const DOCUMENT_KEYS = new Set<ColumnRole | undefined>(['term', 'type', 'decisionDate']);

/**
 * The header row names the key column (pupil, or subject on one pupil's page) and at least one more;
 * or, on one pupil's document list, a term, type or date column and another known column.
 */
function isHeaderRow(columns: readonly Column[]): boolean {
  let key = false;
  let documentKey = false;
  let others = 0;
  let named = 0;
  for (const column of columns) {
    if (column.role === 'pupil' || column.role === 'subject') key = true;
    else if (column.role) {
      others++;
      if (DOCUMENT_KEYS.has(column.role)) documentKey = true;
    } else if (column.header !== '') named++;
  }
  return (key && (others > 0 || named > 1)) || (documentKey && others >= 2);
}

/** A second header row (level names under a spanning "Ämnesomdöme"): header cells only, some with meaning. */
function isSubHeader(row: TableRow): boolean {
  let meaningful = false;
  for (const cell of row.cells) {
    if (!cell) continue;
    const isHeaderCell = cell.localName === 'th' || cell.getAttribute('role') === 'columnheader';
    if (!isHeaderCell) return false;
    if (!meaningful && headerRole(foldHeader(cell.textContent ?? ''))) meaningful = true;
  }
  return meaningful;
}

function mergeSubHeader(columns: Column[], sub: readonly Column[]): void {
  for (let i = 0; i < sub.length; i++) {
    const below = sub[i];
    if (below?.role && below.role !== columns[i]?.role) columns[i] = below;
  }
}

function makeTable(
  container: Element,
  columns: readonly Column[],
  rows: TableRow[],
  regions: readonly Element[] = [container],
): SemanticTable {
  const byRole = new Map<ColumnRole, number[]>();
  let previous: Column | undefined;
  columns.forEach((column, index) => {
    // A header spanning several columns gives them one meaning; only its first position counts.
    if (column === previous || !column.role) {
      previous = column;
      return;
    }
    previous = column;
    const list = byRole.get(column.role);
    if (list) list.push(index);
    else byRole.set(column.role, [index]);
  });
  return { container, regions, columns, rows, byRole };
}

// ── Cards with definition lists ──────────────────────────────────────────────────────────────────

const CARD_HEADING = 'h2, h3, h4, h5, h6, [role=heading]:not([aria-level="1"]), legend, summary, caption';
/** Fields that make a definition list a pupil's card rather than the page's filters or facts. */
const CARD_ROLES = new Set<ColumnRole>([
  'level',
  'assessment',
  'grade',
  'finalGrade',
  'comment',
  'status',
  'published',
  'publishedDate',
  'type',
  'decisionDate',
  'finished',
]);

/**
 * One row per `<dl>` whose terms name at least one known field; the pupil is a `Elev` term or, more
 * often, the card's heading. Cards sharing a parent are told apart by the heading right before each.
 */
function readCards(lists: readonly Element[]): SemanticTable | undefined {
  if (lists.length === 0) return undefined;
  const columns: Column[] = [{ header: 'elev', label: 'Elev', role: 'pupil' }];
  const indexOf = new Map<string, number>([['elev', 0]]);
  const rows: TableRow[] = [];
  for (const list of lists) {
    if (rows.length >= MAX_ROWS) break;
    if (!isShown(list)) continue;
    const fields = definitions(list);
    if (!fields.some(([column]) => column.role && CARD_ROLES.has(column.role))) continue;
    const card = cardOf(list);
    const cells: (Element | undefined)[] = [];
    for (const [column, value] of fields) {
      const key = column.role === 'pupil' ? 'elev' : column.header;
      let index = indexOf.get(key);
      if (index === undefined) {
        index = columns.length;
        indexOf.set(key, index);
        columns.push(column);
      }
      cells[index] ??= value;
    }
    cells[0] ??= (card === list ? headingBefore(list) : undefined) ?? card.querySelector(CARD_HEADING) ?? undefined;
    if (cells[0]) rows.push({ element: card, cells });
  }
  const first = rows[0];
  return first
    ? makeTable(
        first.element.parentElement ?? first.element,
        columns,
        rows,
        rows.map((row) => row.element),
      )
    : undefined;
}

function definitions(list: Element): [Column, Element][] {
  const fields: [Column, Element][] = [];
  let term: Column | undefined;
  const visit = (element: Element) => {
    if (element.localName === 'dt') term = headerColumn(element);
    else if (element.localName === 'dd' && term) {
      fields.push([term, element]);
      term = undefined;
    } else if (element.localName === 'div') for (const child of element.children) visit(child);
  };
  for (const child of list.children) visit(child);
  return fields;
}

/** The card a list belongs to: its parent, unless siblings share that parent (then the list itself). */
function cardOf(list: Element): Element {
  const parent = list.parentElement;
  if (!parent) return list;
  for (const sibling of parent.children) if (sibling !== list && sibling.localName === 'dl') return list;
  return parent;
}

function headingBefore(list: Element): Element | undefined {
  const previous = list.previousElementSibling;
  return previous?.matches(CARD_HEADING) ? previous : undefined;
}
