import type { InsynExport } from '../export/schema';

/** A teacher's export kept in a principal's Insyn: one row per teacher and school, the newest file wins. */
export interface SchoolExportRecord {
  /** `${school}|${teacher}`, lower-cased and trimmed. */
  id: string;
  teacher: string;
  school: string;
  exportedAt: number;
  importedAt: number;
  data: InsynExport;
}

export function schoolExportId(school: string, teacher: string): string {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return `${norm(school)}|${norm(teacher)}`;
}
