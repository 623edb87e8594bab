import type { SchoolExportRecord as StoredSchoolExport } from '../db/records';
import type { InsynExport } from '../export/schema';

/** The stored row with its file typed: rows are written only by saveSchoolExport, after the export schema passed. */
export type SchoolExportRecord = StoredSchoolExport<InsynExport>;

export function schoolExportId(school: string, teacher: string): string {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return `${norm(school)}|${norm(teacher)}`;
}
