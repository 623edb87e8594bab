import Dexie, { type DBCoreCursor, type DBCoreTransaction } from 'dexie';

/** A row of a sealed table read and opened: its index key, its primary key and its value in clear. */
export interface OpenedRow {
  key: unknown;
  primaryKey: unknown;
  value: unknown;
}

type Compare = (a: unknown, b: unknown) => number;

/** Where a cursor over read rows stands, and what its caller asked of it. */
interface CursorState {
  at: number;
  step: number | undefined;
  pumping: boolean;
  callback: (() => void) | undefined;
  stopped: ((value?: unknown) => void) | undefined;
  failed: ((error: Error) => void) | undefined;
}

/** The index of the first row at or past `key` (in the cursor's direction), from `from` on. */
function seek(rows: OpenedRow[], cmp: Compare, from: number, before: (row: OpenedRow) => boolean): number {
  let next = from;
  while (next < rows.length && before(rows[next]!)) next += 1;
  return next;
}

/**
 * Calls back for each row the caller moves to; a move made later (not inside the callback) pumps again.
 * The callback's `continue` only records where to go, so a long walk never grows the stack.
 */
function pump(s: CursorState, rows: OpenedRow[], cursor: DBCoreCursor): void {
  if (s.pumping) return;
  s.pumping = true;
  while (s.stopped && s.at < rows.length) {
    s.step = undefined;
    try {
      s.callback?.();
    } catch (error) {
      cursor.fail(error instanceof Error ? error : new Error(String(error)));
    }
    if (s.step === undefined) break;
    s.at = s.step;
  }
  s.pumping = false;
  if (s.stopped && s.at >= rows.length) cursor.stop();
}

/** A cursor over rows already read and opened: Dexie's filters, offsets and `each` walk it as a real one. */
export function arrayCursor(trans: DBCoreTransaction, rows: OpenedRow[], cmp: Compare, reverse: boolean): DBCoreCursor | null {
  if (!rows.length) return null;
  const s: CursorState = { at: 0, step: undefined, pumping: false, callback: undefined, stopped: undefined, failed: undefined };
  const move = (to: number) => {
    s.step = to;
    if (!s.pumping) {
      s.at = to;
      pump(s, rows, cursor);
    }
  };
  const cursor: DBCoreCursor = {
    trans,
    get key() {
      return rows[s.at]?.key;
    },
    get primaryKey() {
      return rows[s.at]?.primaryKey;
    },
    get value() {
      return rows[s.at]?.value;
    },
    get done() {
      return s.at >= rows.length;
    },
    continue(key?: unknown) {
      if (key === undefined) return move(s.at + 1);
      move(seek(rows, cmp, s.at + 1, (row) => (reverse ? cmp(row.key, key) > 0 : cmp(row.key, key) < 0)));
    },
    continuePrimaryKey(key: unknown, primaryKey: unknown) {
      move(seek(rows, cmp, s.at + 1, (row) => cmp(row.key, key) < 0 || (cmp(row.key, key) === 0 && cmp(row.primaryKey, primaryKey) < 0)));
    },
    advance(count: number) {
      move(s.at + count);
    },
    stop(value?: unknown) {
      s.stopped?.(value);
      s.stopped = undefined;
    },
    fail(error: Error) {
      s.failed?.(error);
      s.stopped = undefined;
    },
    next() {
      let once = true;
      return cursor.start(() => (once ? ((once = false), cursor.continue()) : cursor.stop())).then(() => cursor);
    },
    start(onNext: () => void) {
      s.callback = onNext;
      // Dexie's promise, as the lower level's cursors give: a native one would let the transaction's zone go.
      return new Dexie.Promise<unknown>((resolve, reject) => {
        s.stopped = resolve;
        s.failed = reject;
        pump(s, rows, cursor);
      });
    },
  };
  return cursor;
}
