import { type SemanticTable, readTableWith } from '../infomentor/table';

/**
 * The tables and grids a teacher can choose from on a page, described by their header texts, so the
 * teach page can list them for keyboard and screen-reader users and the content script can outline
 * the one being looked at. Zod-free: it runs in the content script.
 */
export interface TableSketch {
  /** Position among the page's tables (as `pageTables` finds them). */
  index: number;
  /** Header texts in column order, spanned headers once, empty ones left out. */
  headers: string[];
  rows: number;
  /** The heading or caption just before the table, when there is one. */
  title?: string;
}

const GRIDS = 'table, [role=grid], [role=table], [role=treegrid]';
const MAX_TABLES = 30;
const MAX_HEADERS = 24;
const MAX_TEXT = 80;
const TITLES = 'h1, h2, h3, h4, caption, [role=heading], legend';

/** A header row is any row naming at least two columns: the teacher, not the vocabulary, decides. */
const namesTwo = (columns: readonly { header: string }[]) => columns.filter((column) => column.header !== '').length >= 2;

export function pageTables(root: ParentNode): { element: Element; table: SemanticTable }[] {
  const found: { element: Element; table: SemanticTable }[] = [];
  for (const element of root.querySelectorAll(GRIDS)) {
    if (found.length >= MAX_TABLES) break;
    if (element.localName !== 'table' && element.parentElement?.closest(GRIDS)) continue;
    const table = readTableWith(element, namesTwo);
    if (table && table.rows.length > 0) found.push({ element, table });
  }
  return found;
}

export function sketchTables(root: ParentNode): TableSketch[] {
  return pageTables(root).map(({ element, table }, index) => {
    const headers: string[] = [];
    table.columns.forEach((column, i) => {
      if (column.label !== '' && table.columns[i - 1] !== column && headers.length < MAX_HEADERS)
        headers.push(column.label.replace(/\s+/g, ' ').slice(0, MAX_TEXT));
    });
    const title = titleOf(element);
    return { index, headers, rows: table.rows.length, ...(title ? { title } : {}) };
  });
}

function titleOf(element: Element): string | undefined {
  const caption = element.querySelector('caption')?.textContent?.trim() || element.getAttribute('aria-label')?.trim();
  if (caption) return caption.slice(0, MAX_TEXT);
  for (let at: Element | null = element; at && at.localName !== 'body'; at = at.parentElement) {
    for (let previous = at.previousElementSibling; previous; previous = previous.previousElementSibling) {
      const heading = previous.matches(TITLES) ? previous : previous.querySelector(TITLES);
      const text = heading?.textContent?.replace(/\s+/g, ' ').trim();
      if (text) return text.slice(0, MAX_TEXT);
    }
  }
  return undefined;
}
