import type { PrincipalApi } from '@/components/principal/principal-api';
import type { InsynDatabase } from '@/utils/db/database';
import { isoDate } from '@/utils/domain/dates';
import { exportSchoolFile, exportSchoolView, importSchoolFiles, loadSchoolView, principalDefaults } from '@/utils/principal/actions';
import { listSchoolExports } from '@/utils/principal/store';
import { removeSchoolExport } from '@/utils/store/school-exports';
import { saveSettings } from '@/utils/store/settings';

/** The principal section's data, bound to the extension's database. `now` is replaceable for tests. */
export function createPrincipalApi(db: InsynDatabase, now: () => number = Date.now): PrincipalApi {
  return {
    today: () => isoDate(now()),
    defaults: () => principalDefaults(db),
    saveStaleAfterDays: async (days) => {
      await saveSettings(db, { staleFileDays: days });
    },
    files: () => listSchoolExports(db),
    importFiles: (files) => importSchoolFiles(db, files),
    removeFile: (id) => removeSchoolExport(db, id),
    view: (choice) => loadSchoolView(db, choice),
    exportView: (view, format, choice) => exportSchoolView(db, view, format, choice, now()),
    exportSchoolFile: (choice, version) => exportSchoolFile(db, choice, version, now()),
  };
}
