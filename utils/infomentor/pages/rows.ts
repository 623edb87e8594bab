import { PupilIds, cellText, isMarked, nameText } from '../cells';
import { parseDate } from '../normalise';
import type { PupilList, ReadPupil } from '../reading';
import { type SemanticTable, type TableRow, firstColumn } from '../table';
import { type DocumentStatus, SUMMARY_ROWS, fold, headerRole, parseDocumentStatus, parsePublished } from '../vocabulary';

/** Row reading shared by the table-based page readers. */

const SHORT_LABEL = 24;

/** The pupil a row names, or undefined for empty, summary and repeated header rows. */
export function rowPupil(table: SemanticTable, row: TableRow, pupils: PupilList, ids: PupilIds): ReadPupil | undefined {
  const column = firstColumn(table, 'pupil');
  const cell = column === undefined ? undefined : row.cells[column];
  if (!cell) return undefined;
  const name = nameText(cell);
  // Summary and repeated header rows have short labels without a comma; names are not folded (folding is costly).
  if (name.length <= SHORT_LABEL && !name.includes(',')) {
    const folded = fold(name);
    if (folded === '' || SUMMARY_ROWS.has(folded) || headerRole(folded) === 'pupil') return undefined;
  }
  return pupils.add(name, ids.read(row.element, cell), row.element);
}

export function cellOf(table: SemanticTable, row: TableRow, role: Parameters<typeof firstColumn>[1]): Element | undefined {
  const column = firstColumn(table, role);
  return column === undefined ? undefined : row.cells[column];
}

export function textOf(table: SemanticTable, row: TableRow, role: Parameters<typeof firstColumn>[1]): string | undefined {
  const cell = cellOf(table, row, role);
  return cell ? cellText(cell) : undefined;
}

export interface PublishState {
  published: boolean;
  /** The status the page states, when it states one. */
  status?: DocumentStatus;
}

/**
 * Whether a row's document is published and what status the page gives it: from a "Publicerad" column
 * (word, symbol, checkbox or a publishing date), else from the status column's wording.
 */
export function publishState(table: SemanticTable, row: TableRow): PublishState {
  const statusText = textOf(table, row, 'status');
  const status = statusText === undefined ? undefined : parseDocumentStatus(statusText);
  const state: PublishState = { published: false };
  if (status) state.status = status;
  const publishedCell = cellOf(table, row, 'published');
  if (publishedCell) {
    const said = parsePublished(cellText(publishedCell));
    state.published = said ?? (parseDate(cellText(publishedCell)) !== undefined || isMarked(publishedCell));
    return state;
  }
  const date = textOf(table, row, 'publishedDate');
  if (date !== undefined && parseDate(date) !== undefined) {
    state.published = true;
    return state;
  }
  if (statusText !== undefined) state.published = parsePublished(statusText) ?? false;
  return state;
}
