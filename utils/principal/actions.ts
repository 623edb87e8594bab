import type { InsynDatabase } from '../db/database';
import { isoDate } from '../domain/dates';
import { t } from '../i18n';
import { CSV_TYPE, XLSX_TYPE, type ExportFile } from '../export/actions';
import { sheetToCsv } from '../export/csv';
import { exportFileName } from '../export/json';
import { pseudonymKey } from '../export/pseudonym-key';
import { pupilCodes } from '../export/pseudonymise';
import { sheetsToXlsx } from '../export/xlsx';
import { describeProblem } from '../import/problems';
import { readExportFile } from '../import/read-file';
import { loadSettings } from '../settings/store';
import { buildSchoolView, type SchoolView } from './metrics';
import { listSchoolExports, storeSchoolExport } from './store';
import { riskSheet, viewSheet } from './view-sheets';

/** The principal view's work: taking in teachers' files, computing the view, exporting it. */
export interface FileOutcome {
  file: string;
  ok: boolean;
  message: string;
}

export async function importSchoolFiles(db: InsynDatabase, files: readonly File[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const parsed = await readExportFile(file);
    if (!parsed.ok) {
      outcomes.push({ file: file.name, ok: false, message: parsed.problems.map(describeProblem).join(' ') });
      continue;
    }
    if (!parsed.data.teacher.trim()) {
      outcomes.push({ file: file.name, ok: false, message: t('principal_noTeacher') });
      continue;
    }
    const outcome = await storeSchoolExport(db, parsed.data);
    outcomes.push({
      file: file.name,
      ok: outcome === 'added' || outcome === 'replaced',
      message: t(`principal_outcome_${outcome}`, { teacher: parsed.data.teacher }),
    });
  }
  return outcomes;
}

/** The principal's own settings decide the deadline's default and the calendar, for every teacher alike. */
export async function principalDefaults(db: InsynDatabase) {
  const settings = await loadSettings(db);
  return {
    withinSchoolDays: settings.rules.guardianContact.withinSchoolDays,
    calendar: settings.terms,
    grading: settings.rules.gradingCalendar,
  };
}

export async function loadSchoolView(db: InsynDatabase, withinSchoolDays: number): Promise<SchoolView> {
  const [records, { calendar, grading }] = await Promise.all([listSchoolExports(db), principalDefaults(db)]);
  return buildSchoolView(
    records.map((r) => r.data),
    { withinSchoolDays, calendar, grading },
  );
}

export async function exportSchoolView(
  db: InsynDatabase,
  view: SchoolView,
  format: 'csv' | 'xlsx',
  pseudonymise: boolean,
  now = Date.now(),
): Promise<ExportFile> {
  const codes = pseudonymise
    ? await pupilCodes(
        view.risks.map((r) => r.pupilId),
        await pseudonymKey(db),
      )
    : undefined;
  const sheets = [viewSheet(view), riskSheet(view.risks, codes)];
  const name = (ext: string) => exportFileName('skolvy', isoDate(now), ext);
  if (format === 'xlsx') return { name: name('xlsx'), type: XLSX_TYPE, content: await sheetsToXlsx(sheets) };
  // CSV holds one table: the figures. The risks behind them travel in the workbook.
  return { name: name('csv'), type: CSV_TYPE, content: sheetToCsv(sheets[0]!) };
}
