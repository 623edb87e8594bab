import type { InsynDatabase } from '../db/database';
import { TABLE_NAMES, type ExportTables } from './schema';

/** Every exported table of the database, read in one transaction so the export is one moment's state. */
export async function readTables(db: InsynDatabase): Promise<ExportTables> {
  const tables = TABLE_NAMES.map((name) => db.table(name));
  return db.transaction('r', tables, async () => {
    const rows = await Promise.all(tables.map((table) => table.toArray()));
    return Object.fromEntries(TABLE_NAMES.map((name, index) => [name, rows[index]])) as unknown as ExportTables;
  });
}
