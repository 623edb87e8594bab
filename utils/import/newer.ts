import type { ExportTables, TableName } from '../export/schema';

/**
 * Which of two versions of the same row is newer, for a merge: a colleague's file must not undo what
 * this teacher did after the colleague's copy was made (an older row must not reopen a completed item).
 * Each table's clock: contacts and the support chain say when they were last changed (`updated`); what
 * Insyn reads from pages says when it was last seen (`lastSeen`); a checklist item says when it was
 * closed (`closedAt`), and a closed item is newer than an open one, which has no time of its own.
 * Templates and recipes have no such clock: the file's version is taken, as before.
 */
type Row<T extends TableName> = ExportTables[T][number];
type Clock = { [T in TableName]?: (row: Row<T>) => number };

const NEVER_CLOSED = -1;

const CLOCKS: Clock = {
  pupils: (row) => row.lastSeen,
  risks: (row) => row.lastSeen,
  documents: (row) => row.lastSeen,
  contacts: (row) => row.updated,
  adaptations: (row) => row.updated,
  referrals: (row) => row.updated,
  checklist: (row) => (row.status === 'done' ? (row.closedAt ?? 0) : NEVER_CLOSED),
};

/**
 * True when the file's row may replace this database's: it is strictly newer, or the table has no
 * clock. On a tie this database's row stays, so a merge never depends on which side is which.
 */
export function fileRowIsNewer(table: TableName, mine: object, theirs: object): boolean {
  const clock = CLOCKS[table] as ((row: object) => number) | undefined;
  return clock === undefined || clock(theirs) > clock(mine);
}
