import { PupilIds, cellText, isMarked, nameText, pupilIdOf } from '../cells';
import { parseDate } from '../normalise';
import type { PupilList, ReadPupil } from '../reading';
import { type SemanticTable, type TableRow, firstColumn } from '../table';
import type { ReaderInput } from './input';
import { type DocumentStatus, SUMMARY_ROWS, fold, headerRole, parseDocumentStatus, parsePublished } from '../vocabulary';

/** Row reading shared by the table-based page readers. */

const SHORT_LABEL = 24;

/**
 * The pupil a row names, or undefined for empty, summary and repeated header rows. A table without a
 * pupil column is about the page's one pupil (`single`), whose rows are subjects, terms or documents.
 */
export function rowPupil(table: SemanticTable, row: TableRow, pupils: PupilList, ids: PupilIds, single?: ReadPupil): ReadPupil | undefined {
  const column = firstColumn(table, 'pupil');
  if (column === undefined) return single;
  const cell = row.cells[column];
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
  /** The publishing date the page shows (ISO). */
  publishedOn?: string;
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
  const dateText = textOf(table, row, 'publishedDate');
  const date = dateText === undefined ? undefined : parseDate(dateText);
  const publishedCell = cellOf(table, row, 'published');
  if (publishedCell) {
    const said = parsePublished(cellText(publishedCell));
    const cellDate = parseDate(cellText(publishedCell));
    state.published = said ?? (cellDate !== undefined || isMarked(publishedCell));
    const on = date ?? cellDate;
    if (state.published && on) state.publishedOn = on;
    return state;
  }
  if (date !== undefined) {
    state.published = true;
    state.publishedOn = date;
    return state;
  }
  if (statusText !== undefined) state.published = parsePublished(statusText) ?? false;
  return state;
}

/**
 * The one pupil a page is about, added to the list; the badge goes where the page names them, else at
 * `fallback` (the main heading, the first block or table).
 */
export function tablePupil(input: ReaderInput, table: SemanticTable, pupils: PupilList): ReadPupil | undefined {
  return table.byRole.has('pupil') ? undefined : pagePupilIn(input, pupils, table.container);
}

export function pagePupilIn(input: ReaderInput, pupils: PupilList, fallback: Element | undefined): ReadPupil | undefined {
  const found = input.pagePupil?.();
  const anchor = found?.element ?? input.chrome.mainHeading ?? fallback;
  if (!found || !anchor) return undefined;
  return pupils.add(found.name, found.id ?? pupilIdOf(anchor, undefined), anchor);
}
