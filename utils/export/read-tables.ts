import type { InsynDatabase } from '../db/database';
import { TABLE_NAMES, type ExportTables, type TableName } from './schema';

/**
 * Exported tables of the database, read in one transaction so the export is one moment's state. With
 * `names`, only those are read and the others are empty: a CSV of the contact log need not read
 * 100,000 events.
 */
export async function readTables(db: InsynDatabase, names: readonly TableName[] = TABLE_NAMES): Promise<ExportTables> {
  const tables = names.map((name) => db.table(name));
  return db.transaction('r', tables, async () => {
    const rows = await Promise.all(tables.map((table) => table.toArray()));
    const read = Object.fromEntries(names.map((name, index) => [name, rows[index]]));
    return Object.fromEntries(TABLE_NAMES.map((name) => [name, read[name] ?? []])) as unknown as ExportTables;
  });
}

/** The tables that name pupils: a pupil's pseudonym is made among all of them, whichever one is exported. */
export const PUPIL_TABLES = [
  'pupils',
  'risks',
  'documents',
  'contacts',
  'checklist',
  'adaptations',
  'referrals',
] as const satisfies readonly TableName[];
