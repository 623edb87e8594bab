import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import type { ChecklistRecord, ContactRecord, PupilRecord, RiskRecord } from '../records';
import { contactText } from './contact-text';

/**
 * In-memory copies of the big tables, for filters no index can answer (a channel, a word in a summary,
 * a subject). IndexedDB counts and cursors cost time per row, so filtering 20,000 contacts in the
 * database on every keystroke would be slow; reading them once and filtering in memory is not. A copy
 * is dropped as soon as Dexie reports a write to its table — from this page or, through Dexie's
 * BroadcastChannel, from the background — and read again when next needed.
 */
interface Rows {
  pupils: PupilRecord;
  contacts: ContactRecord;
  checklist: ChecklistRecord;
  risks: RiskRecord;
}
type TableName = keyof Rows;
type Row<N extends TableName> = Rows[N];

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The order each list shows: contacts newest first, checklist soonest due, risks longest waiting (pupils by id). */
export const ORDER: { [N in TableName]: (a: Rows[N], b: Rows[N]) => number } = {
  pupils: byId,
  contacts: (a, b) => b.at - a.at || byId(a, b),
  checklist: (a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : byId(a, b)),
  risks: (a, b) => a.firstSeen - b.firstSeen || byId(a, b),
};

/**
 * What a copy works out for every row as it is read, so that the searches over it compare strings only:
 * the contacts' folded text (contact-text.ts). The copy is read a second after a list opens (warmSnapshot).
 */
const PREPARE: { [N in TableName]?: (rows: readonly Rows[N][]) => void } = {
  contacts: (rows) => {
    // A row that cannot be folded must not cost the copy (every filter reads it): a search meets it as before.
    try {
      rows.forEach(contactText);
    } catch {
      return;
    }
  },
};

/** Per database name: per table, its copies — the whole table ("") or one index value ("status=open"). */
const copies = new Map<string, Map<TableName, Map<string, Promise<unknown[]>>>>();
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

/**
 * The table's rows — or, with `where`, the rows whose index has that value (e.g. the open checklist
 * items) — in the table's list order. Shared between callers, so never change the array or its rows.
 */
export function snapshot<N extends TableName>(
  db: InsynDatabase,
  table: N,
  where?: { index: string; value: string },
): Promise<readonly Row<N>[]> {
  listen();
  let tables = copies.get(db.name);
  if (!tables) copies.set(db.name, (tables = new Map()));
  let parts = tables.get(table);
  if (!parts) tables.set(table, (parts = new Map()));
  const key = where ? `${where.index}=${where.value}` : '';
  let rows = parts.get(key) as Promise<Row<N>[]> | undefined;
  if (!rows) {
    const read = where ? db.table(table).where(where.index).equals(where.value).toArray() : readInChunks(db, table);
    const order = ORDER[table] as (a: Row<N>, b: Row<N>) => number;
    const prepare = PREPARE[table] as ((rows: readonly Row<N>[]) => void) | undefined;
    const sorted = (read as Promise<Row<N>[]>).then((all) => {
      all.sort(order);
      prepare?.(all);
      return all;
    });
    parts.set(key, sorted);
    // A failed read must not stick: the next call tries again.
    sorted.catch(() => parts.get(key) === sorted && parts.delete(key));
    rows = sorted;
  }
  return rows;
}

/** Rows read per step of a whole-table copy: each step is one quick bulk read, and the page stays responsive between them. */
export const CHUNK = 5_000;

async function readInChunks(db: InsynDatabase, table: TableName): Promise<unknown[]> {
  const rows: unknown[] = [];
  let after: string | undefined;
  for (;;) {
    const from = after === undefined ? db.table(table).toCollection() : db.table(table).where(':id').above(after);
    const chunk = (await from.limit(CHUNK).toArray()) as Array<{ id: string }>;
    for (const row of chunk) rows.push(row);
    if (chunk.length < CHUNK) return rows;
    after = chunk[chunk.length - 1]!.id;
  }
}

/** Starts reading a table's copy when the teacher is likely to filter soon; failures wait for the real request. */
export function warmSnapshot(db: InsynDatabase, table: TableName): void {
  snapshot(db, table).catch(() => undefined);
}

/** True when the whole table's copy is in memory (or being read), so filtering it costs no database work. */
export function hasSnapshot(db: InsynDatabase, table: TableName): boolean {
  return copies.get(db.name)?.get(table)?.has('') ?? false;
}
