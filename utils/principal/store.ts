import type { InsynDatabase } from '../db/database';
import type { InsynExport } from '../export/schema';
import { sameRow } from '../import/row-keys';
import { putSchoolExport, type SchoolImportOutcome } from '../store/school-exports';
import { schoolExportId, type SchoolExportRecord } from './school-export';

/** A teacher's checked file into the principal's collection (utils/store/school-exports.ts keeps the newer). */
export async function storeSchoolExport(db: InsynDatabase, data: InsynExport, now = Date.now()): Promise<SchoolImportOutcome> {
  const record: SchoolExportRecord = {
    id: schoolExportId(data.school, data.teacher),
    teacher: data.teacher.trim(),
    school: data.school.trim(),
    exportedAt: data.exportedAt,
    importedAt: now,
    data,
  };
  return putSchoolExport(db, record, sameRow);
}

export async function listSchoolExports(db: InsynDatabase): Promise<SchoolExportRecord[]> {
  // Only storeSchoolExport writes this table, after the export schema passed.
  const all = (await db.schoolExports.toArray()) as SchoolExportRecord[];
  return all.sort((a, b) => a.teacher.localeCompare(b.teacher, 'sv') || a.school.localeCompare(b.school, 'sv'));
}
