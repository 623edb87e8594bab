import { TABLE_NAMES, type ExportTables } from '../../utils/export/schema';

/** An export's tables, every one empty (the list of tables is the export schema's): tests add the rows they are about. */
export function emptyTables(): ExportTables {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as ExportTables;
}
