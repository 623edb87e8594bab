import type { ExportChoice, ExportFile } from '@/utils/export/actions';
import type { InsynExport } from '@/utils/export/schema';
import type { Sheet } from '@/utils/export/sheets';
import type { ImportMode, ImportPlan } from '@/utils/import/plan';

/** Who an export is from: asked for at the export itself, so every file a teacher makes can be imported. */
export interface ExportAuthor {
  teacher: string;
  school: string;
}

/**
 * What the Export section reads and changes. The section gets it as a prop and holds no database code;
 * entrypoints/dashboard/export-api.ts binds it to the extension's database.
 */
export interface ExportApi {
  author(): Promise<ExportAuthor>;
  /** Whether the section starts pseudonymised (the setting `pseudonymiseExports`, which a school may set). */
  pseudonymiseByDefault(): Promise<boolean>;
  /** Saves the name and school in the settings, where every later export takes them from. */
  saveAuthor(author: ExportAuthor): Promise<void>;
  exportJson(choice: ExportChoice): Promise<ExportFile>;
  exportCsv(table: 'contacts' | 'checklist', choice: ExportChoice): Promise<ExportFile>;
  exportXlsx(choice: ExportChoice): Promise<ExportFile>;
  backup(appVersion: string): Promise<ExportFile>;
  printSheets(pseudonymise: boolean): Promise<Sheet[]>;
  previewImport(data: InsynExport, mode: ImportMode): Promise<ImportPlan>;
  applyImport(data: InsynExport, mode: ImportMode): Promise<ImportPlan>;
}
