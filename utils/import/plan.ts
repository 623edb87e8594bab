import { TABLE_NAMES, type ExportTables, type TableName } from '../export/schema';
import { fileRowIsNewer } from './newer';
import { keyOf, sameRow } from './row-keys';

/**
 * What an import would do, table by table, before anything is written: the preview the teacher confirms,
 * and the exact writes `applyImport` makes. Pure.
 * - merge: rows new to this database are added, rows that differ are replaced by the file's when the
 *   file's are newer (newer.ts) and kept otherwise, the rest is left alone (so importing the same file
 *   twice changes nothing). No setting of the file is taken, not even into a fresh Insyn: a colleague's
 *   name would sign this teacher's contacts, and their calendar or pseudonym key is not this teacher's;
 * - replace: the database's exported tables become exactly the file's (a restore from backup).
 */
export type ImportMode = 'merge' | 'replace';

export interface TableCounts {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  /** Merge: rows of the file not taken because this database's are newer, and every setting of the file. */
  kept: number;
}

export interface ImportPlan {
  mode: ImportMode;
  counts: Record<TableName, TableCounts>;
  /** Rows to write per table (all of the file's rows for replace). */
  writes: { [K in TableName]: ExportTables[K] };
  /** True when the import would change nothing. */
  noChange: boolean;
}

export function planImport(current: ExportTables, incoming: ExportTables, mode: ImportMode): ImportPlan {
  const counts = {} as Record<TableName, TableCounts>;
  const writes = {} as Record<TableName, object[]>;
  let noChange = true;
  for (const name of TABLE_NAMES) {
    // Events in the order they happened in the file, so the ids this database gives them keep it.
    const rows = name === 'events' ? [...incoming.events].sort((a, b) => a.id - b.id) : (incoming[name] as object[]);
    const { tableCounts, tableWrites } = planTable(name, current[name] as object[], rows, mode);
    counts[name] = tableCounts;
    writes[name] = mode === 'merge' ? tableWrites : name === 'events' ? renumbered(rows as ExportTables['events']) : rows;
    if (tableCounts.added || tableCounts.changed || tableCounts.removed) noChange = false;
  }
  return { mode, counts, writes: writes as ImportPlan['writes'], noChange };
}

function planTable(name: TableName, current: object[], incoming: object[], mode: ImportMode) {
  const existing = new Map(current.map((row) => [keyOf(name, row), row]));
  const tableCounts: TableCounts = { added: 0, changed: 0, unchanged: 0, removed: 0, kept: 0 };
  const merge = mode === 'merge';
  const tableWrites: object[] = [];
  const seen = new Set<string>();
  for (const row of incoming) {
    const key = keyOf(name, row);
    seen.add(key);
    const before = existing.get(key);
    if (merge && name === 'settings') {
      tableCounts.kept++;
    } else if (!before) {
      tableCounts.added++;
      // A merged event gets this database's next id: ids of two databases mean nothing to each other.
      tableWrites.push(name === 'events' ? withoutId(row) : row);
    } else if (name === 'events' || sameRow(before, row)) {
      // An event's key is all it says besides its id: the same key is the same event.
      tableCounts.unchanged++;
    } else if (merge && !fileRowIsNewer(name, before, row)) {
      tableCounts.kept++;
    } else {
      tableCounts.changed++;
      tableWrites.push(row);
    }
  }
  if (mode === 'replace') tableCounts.removed = [...existing.keys()].filter((key) => !seen.has(key)).length;
  return { tableCounts, tableWrites };
}

/**
 * A restore's events numbered 1, 2, 3 … in their order: a file's ids need not be small (one of 2^53−1
 * would leave IndexedDB no next id, and every later write that logs an event would fail).
 */
function renumbered(events: ExportTables['events']): ExportTables['events'] {
  return events.map((event, index) => ({ ...event, id: index + 1 }));
}

function withoutId(row: object): object {
  const { id: _id, ...rest } = row as { id?: unknown };
  return rest;
}
