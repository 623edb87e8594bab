import type { InsynDatabase } from '../db/database';
import type { SchoolExportRecord } from '../db/records';

/**
 * The principal's collection of teachers' files. One per teacher and school: a newer file replaces the
 * older one, an older or identical file changes nothing (importing the same file twice is harmless).
 */
export type SchoolImportOutcome = 'added' | 'replaced' | 'older' | 'same';

/** Keeps `record` unless the stored file of the same id is the same (`sameData`) or newer. */
export async function putSchoolExport<Data>(
  db: InsynDatabase,
  record: SchoolExportRecord<Data>,
  sameData: (stored: Data, offered: Data) => boolean,
): Promise<SchoolImportOutcome> {
  return db.transaction('rw', db.schoolExports, async () => {
    const existing = (await db.schoolExports.get(record.id)) as SchoolExportRecord<Data> | undefined;
    if (existing && sameData(existing.data, record.data)) return 'same';
    if (existing && existing.exportedAt > record.exportedAt) return 'older';
    await db.schoolExports.put(record);
    return existing ? 'replaced' : 'added';
  });
}

export async function removeSchoolExport(db: InsynDatabase, id: string): Promise<void> {
  await db.schoolExports.delete(id);
}
