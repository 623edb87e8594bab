import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import type { ChecklistRecord, ContactRecord, RiskRecord } from '../records';

/**
 * In-memory copies of the big tables, for filters no index can answer (a channel, a word in a summary,
 * a subject). IndexedDB counts and cursors cost time per row, so filtering 20,000 contacts in the
 * database on every keystroke would be slow; reading them once and filtering in memory is not. A copy
 * is dropped as soon as Dexie reports a write to its table — from this page or, through Dexie's
 * BroadcastChannel, from the background — and read again when next needed.
 */
interface Rows {
  contacts: ContactRecord;
  checklist: ChecklistRecord;
  risks: RiskRecord;
}
type TableName = keyof Rows;
type Row<N extends TableName> = Rows[N];

const copies = new Map<string, Map<TableName, Promise<unknown[]>>>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (parts) => {
    for (const part of Object.keys(parts)) {
      // "all" is what Dexie sends when a page comes back from the back/forward cache.
      if (part === 'all') return copies.clear();
      const match = /^idb:\/\/(.*)\/([^/]+)\/[^/]*$/.exec(part);
      if (match) copies.get(match[1]!)?.delete(match[2] as TableName);
    }
  });
}

/** The table's rows, sorted by `order`; shared between callers, so never change the array or its rows. */
export function snapshot<N extends TableName>(db: InsynDatabase, table: N, order: (a: Row<N>, b: Row<N>) => number): Promise<readonly Row<N>[]> {
  listen();
  let tables = copies.get(db.name);
  if (!tables) copies.set(db.name, (tables = new Map()));
  let rows = tables.get(table) as Promise<Row<N>[]> | undefined;
  if (!rows) {
    rows = (db.table(table).toArray() as Promise<Row<N>[]>).then((all) => all.sort(order));
    tables.set(table, rows);
    // A failed read must not stick: the next call tries again.
    rows.catch(() => tables.get(table) === rows && tables.delete(table));
  }
  return rows;
}

/** True when the table's copy is already in memory (or being read), so filtering it costs no database work. */
export function hasSnapshot(db: InsynDatabase, table: TableName): boolean {
  return copies.get(db.name)?.has(table) ?? false;
}
