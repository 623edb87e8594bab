import type { InsynDatabase } from '../db/database';
import type { InsynExport } from '../export/schema';
import { sameRow } from '../import/row-keys';
import { schoolExportId, type SchoolExportRecord } from './school-export';

/**
 * The principal's collection of teachers' files. One per teacher and school: a newer file replaces the
 * older one, an older or identical file changes nothing (importing the same file twice is harmless).
 */
export type SchoolImportOutcome = 'added' | 'replaced' | 'older' | 'same';

export async function storeSchoolExport(db: InsynDatabase, data: InsynExport, now = Date.now()): Promise<SchoolImportOutcome> {
  const id = schoolExportId(data.school, data.teacher);
  return db.transaction('rw', db.schoolExports, async () => {
    const existing = await db.schoolExports.get(id);
    if (existing && sameRow(existing.data, data)) return 'same';
    if (existing && existing.exportedAt > data.exportedAt) return 'older';
    const record: SchoolExportRecord = {
      id,
      teacher: data.teacher.trim(),
      school: data.school.trim(),
      exportedAt: data.exportedAt,
      importedAt: now,
      data,
    };
    await db.schoolExports.put(record);
    return existing ? 'replaced' : 'added';
  });
}

export async function listSchoolExports(db: InsynDatabase): Promise<SchoolExportRecord[]> {
  // Only saveSchoolExport writes this table, after the export schema passed.
  const all = (await db.schoolExports.toArray()) as SchoolExportRecord[];
  return all.sort((a, b) => a.teacher.localeCompare(b.teacher, 'sv') || a.school.localeCompare(b.school, 'sv'));
}

export async function removeSchoolExport(db: InsynDatabase, id: string): Promise<void> {
  await db.schoolExports.delete(id);
}
