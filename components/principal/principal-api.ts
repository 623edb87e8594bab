import type { ExportFile } from '@/utils/export/actions';
import type { FileOutcome, ViewChoice, ViewExportChoice } from '@/utils/principal/actions';
import type { SchoolView } from '@/utils/principal/metrics';
import type { SchoolExportRecord } from '@/utils/principal/school-export';

/**
 * What the principal's section reads and changes. The section gets it as a prop and holds no database
 * code; entrypoints/dashboard/principal-api.ts binds it to the extension's database.
 */
export interface PrincipalApi {
  /** Today's ISO date: the view date's default. */
  today(): string;
  defaults(): Promise<{ withinSchoolDays: number; staleAfterDays: number }>;
  /** Saves after how many days a teacher's file counts as old. */
  saveStaleAfterDays(days: number): Promise<void>;
  files(): Promise<SchoolExportRecord[]>;
  importFiles(files: readonly File[]): Promise<FileOutcome[]>;
  removeFile(id: string): Promise<void>;
  view(choice: ViewChoice): Promise<SchoolView>;
  exportView(view: SchoolView, format: 'csv' | 'xlsx', choice: ViewExportChoice): Promise<ExportFile>;
  /** The teachers' files of the view as one school file for the municipality's coordinator. */
  exportSchoolFile(choice: ViewExportChoice, appVersion: string): Promise<ExportFile>;
}
