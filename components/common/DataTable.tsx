import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

export interface Column<T> {
  id: string;
  header: string;
  cell: (row: T) => ComponentChildren;
}

export interface Selection {
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  onToggleAll: (ids: string[], on: boolean) => void;
  /** Accessible name of a row's checkbox, e.g. the pupil and what the row is. */
  rowLabel: (id: string) => string;
}

export interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Shown instead of the table when there are no rows. */
  empty: string;
  selection?: Selection;
}

/** A plain, captioned table with row headers in the first column and optional row selection. */
export function DataTable<T>({ caption, columns, rows, rowKey, empty, selection }: DataTableProps<T>) {
  if (rows.length === 0) return <p class="empty">{empty}</p>;
  const ids = rows.map(rowKey);
  const allOn = selection ? ids.every((id) => selection.selected.has(id)) : false;
  return (
    <div class="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col" class="select">
                <input
                  type="checkbox"
                  aria-label={t('dashCommonSelectAllOnPage')}
                  checked={allOn}
                  onChange={(e) => selection.onToggleAll(ids, e.currentTarget.checked)}
                />
              </th>
            )}
            {columns.map((column) => (
              <th key={column.id} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const id = ids[index]!;
            return (
              <tr key={id} data-row={id}>
                {selection && (
                  <td class="select">
                    <input
                      type="checkbox"
                      aria-label={selection.rowLabel(id)}
                      checked={selection.selected.has(id)}
                      onChange={(e) => selection.onToggle(id, e.currentTarget.checked)}
                    />
                  </td>
                )}
                {columns.map((column, c) =>
                  c === 0 ? (
                    <th key={column.id} scope="row">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.id}>{column.cell(row)}</td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
