import { cmp, type IndexableType, type Table } from 'dexie';

// Any table's rows, whatever its key and insert types: the batches only read.
type Rows<T> = Table<T, any, any>;

/**
 * A first page for filters no index answers, without reading the whole table: the rows are read in
 * list order, a batch at a time, each batch one bulk read (IndexedDB's getAll: a cursor would cost a
 * round trip per row), checked in memory, and reading stops once `need` rows passed. A batch yields
 * its rows in list order; `undefined` means the table is read to its end.
 */
export type Batches<T> = () => Promise<T[] | undefined>;

export async function scan<T>(next: Batches<T>, keep: (row: T) => boolean, need: number): Promise<{ found: T[]; complete: boolean }> {
  const found: T[] = [];
  for (;;) {
    const rows = await next();
    if (rows === undefined) return { found, complete: true };
    for (const row of rows) if (keep(row)) found.push(row);
    if (found.length >= need) return { found, complete: false };
  }
}

/** The first batch's size; each next one is twice as large, so a filter that matches rarely needs few reads. */
export const FIRST_BATCH = 500;

/**
 * An index range in key order (rows of one key by primary key, as IndexedDB keeps them). A batch ends
 * on a whole key: its last key's rows are read again by the next batch, or, when a batch holds one key
 * only, that key is read whole, so no row is missed or read twice, however many share a date.
 */
export function ascending<T>(
  table: Rows<T>,
  index: string,
  lower: IndexableType,
  upper: IndexableType,
  keyOf: (row: T) => IndexableType,
): Batches<T> {
  let from = lower;
  let fromOpen = false;
  let size = FIRST_BATCH;
  let done = false;
  return async () => {
    if (done) return undefined;
    const rows = await table.where(index).between(from, upper, !fromOpen, true).limit(size).toArray();
    if (rows.length < size) {
      done = true;
      return rows;
    }
    size *= 2;
    const last = keyOf(rows[rows.length - 1]!);
    fromOpen = cmp(keyOf(rows[0]!), last) === 0;
    from = last;
    if (fromOpen) return table.where(index).equals(last).toArray();
    return rows.filter((row) => cmp(keyOf(row), last) !== 0);
  };
}

const DAY = 86_400_000;

/**
 * Rows by a time index, newest first: IndexedDB reads ranges forward only, so the batches are spans of
 * time, from `upper` (excluded) back to `lower` (included), each twice as long as the one before.
 */
export function timeSpans<T extends { at: number }>(
  table: Rows<T>,
  lower: number,
  upper: number,
  order: (a: T, b: T) => number,
): Batches<T> {
  let end = upper;
  let span = 30 * DAY;
  return async () => {
    if (end <= lower) return undefined;
    const start = Math.max(lower, end - span);
    const rows = await table.where('at').between(start, end, true, false).toArray();
    end = start;
    span *= 2;
    return rows.sort(order);
  };
}
