import type { ExportApi } from '@/components/export/export-api';
import type { InsynDatabase } from '@/utils/db/database';
import { backupFile, exportCsvFile, exportJsonFile, exportXlsxFile, printSheets } from '@/utils/export/actions';
import { applyImport, previewImport } from '@/utils/import/apply';
import { loadSettings } from '@/utils/settings/store';
import { saveSettings } from '@/utils/store/settings';

/** The Export section's data, bound to the extension's database. */
export function createExportApi(db: InsynDatabase): ExportApi {
  return {
    async author() {
      const settings = await loadSettings(db);
      return { teacher: settings.teacherName.trim(), school: settings.school.trim() };
    },
    pseudonymiseByDefault: async () => (await loadSettings(db)).pseudonymiseExports,
    async saveAuthor({ teacher, school }) {
      await saveSettings(db, { teacherName: teacher, school });
    },
    exportJson: (choice) => exportJsonFile(db, choice),
    exportCsv: (table, choice) => exportCsvFile(db, table, choice),
    exportXlsx: (choice) => exportXlsxFile(db, choice),
    backup: (version) => backupFile(db, version),
    printSheets: async (pseudonymise) => {
      const { checklist, contacts } = await printSheets(db, pseudonymise);
      return [checklist, contacts];
    },
    previewImport: (data, mode) => previewImport(db, data, mode),
    applyImport: (data, mode) => applyImport(db, data, mode),
  };
}
