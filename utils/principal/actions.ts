import type { InsynDatabase } from '../db/database';
import { isoDate } from '../domain/dates';
import { t } from '../i18n';
import { CSV_TYPE, XLSX_TYPE, type ExportFile } from '../export/actions';
import { sheetToCsv } from '../export/csv';
import { exportFileName } from '../export/json';
import { pseudonymKey } from '../export/pseudonym-key';
import { newPseudonymKey, pupilCodes } from '../export/pseudonymise';
import { sheetsToXlsx } from '../export/xlsx';
import { describeProblem } from '../import/problems';
import { readExportFile } from '../import/read-file';
import { loadSettings } from '../settings/store';
import { buildSchoolView, type SchoolView, type ViewOptions } from './metrics';
import { listSchoolExports, storeSchoolExport } from './store';
import { filesSheet, riskSheet, viewSheet } from './view-sheets';

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

/** The principal's own settings decide the deadline's default, the calendar and when a file is old, for every teacher alike. */
export async function principalDefaults(db: InsynDatabase) {
  const settings = await loadSettings(db);
  return {
    withinSchoolDays: settings.rules.guardianContact.withinSchoolDays,
    calendar: settings.terms,
    staleAfterDays: settings.staleFileDays,
  };
}

/** What the principal chooses on the page; the rest comes from the settings. */
export type ViewChoice = Pick<ViewOptions, 'withinSchoolDays' | 'asOf'>;

export async function loadSchoolView(db: InsynDatabase, choice: ViewChoice): Promise<SchoolView> {
  const [records, { calendar, staleAfterDays }] = await Promise.all([listSchoolExports(db), principalDefaults(db)]);
  return buildSchoolView(
    records.map((r) => r.data),
    { ...choice, calendar, staleAfterDays },
  );
}

/** How the principal's export hides who pupils are. */
export interface ViewExportChoice {
  pseudonymise: boolean;
  /**
   * Keep this browser's key, so a pupil has the same code in every export (to follow a code from term to
   * term). Without it each export gets a fresh key: codes of two exports cannot be matched.
   */
  keepKey: boolean;
}

export async function exportSchoolView(
  db: InsynDatabase,
  view: SchoolView,
  format: 'csv' | 'xlsx',
  { pseudonymise, keepKey }: ViewExportChoice,
  now = Date.now(),
): Promise<ExportFile> {
  const codes = pseudonymise
    ? await pupilCodes(
        view.risks.map((r) => r.pupilId),
        keepKey ? await pseudonymKey(db) : newPseudonymKey(),
      )
    : undefined;
  const sheets = [viewSheet(view, pseudonymise), filesSheet(view), riskSheet(view, codes)];
  const name = (ext: string) => exportFileName('skolvy', isoDate(now), ext);
  if (format === 'xlsx') return { name: name('xlsx'), type: XLSX_TYPE, content: await sheetsToXlsx(sheets) };
  // CSV holds one table: the figures. The risks behind them travel in the workbook.
  return { name: name('csv'), type: CSV_TYPE, content: sheetToCsv(sheets[0]!) };
}
