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
import { parseExport } from '../import/parse';
import { EXPORT_LIMITS, type InsynExport } from '../export/schema';
import { loadSettings } from '../settings/store';
import { buildSchoolView, type SchoolView, type ViewOptions } from './metrics';
import { buildSchoolFile, isSchoolFile, parseSchoolFile, schoolFileText, type SchoolFileResult } from './school-file';
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
    const read = await readAnyFile(file);
    if (!read.ok) {
      outcomes.push({ file: file.name, ok: false, message: read.problems.map(describeProblem).join(' ') });
      continue;
    }
    for (const data of read.data) outcomes.push(await storeOne(db, file.name, data));
  }
  return outcomes;
}

/** A teacher's export, or a school file holding several (the municipality's coordinator reads those). */
async function readAnyFile(file: File): Promise<SchoolFileResult> {
  if (file.size > EXPORT_LIMITS.maxBytes) return { ok: false, problems: [{ path: '', code: 'tooLarge' }] };
  const text = await file.text();
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    json = undefined;
  }
  if (isSchoolFile(json)) return parseSchoolFile(json);
  const parsed = parseExport(text);
  return parsed.ok ? { ok: true, data: [parsed.data] } : parsed;
}

async function storeOne(db: InsynDatabase, name: string, data: InsynExport): Promise<FileOutcome> {
  if (!data.teacher.trim()) return { file: name, ok: false, message: t('principal_noTeacher') };
  const outcome = await storeSchoolExport(db, data);
  return {
    file: name,
    ok: outcome === 'added' || outcome === 'replaced',
    message: t(`principal_outcome_${outcome}`, { teacher: data.teacher }),
  };
}

/**
 * The merged view as a school file for the municipality: the teachers' files, pseudonymised unless the
 * principal chose otherwise. Named by the principal's school in the settings, else the files' school.
 */
export async function exportSchoolFile(
  db: InsynDatabase,
  { pseudonymise, keepKey }: ViewExportChoice,
  appVersion: string,
  now = Date.now(),
): Promise<ExportFile> {
  const [records, settings] = await Promise.all([listSchoolExports(db), loadSettings(db)]);
  const school = settings.school.trim() || records[0]?.school || '';
  const file = await buildSchoolFile(
    records.map((r) => r.data),
    { school, appVersion, exportedAt: now, pseudonymise, key: keepKey ? await pseudonymKey(db) : newPseudonymKey() },
  );
  return { name: exportFileName(school, isoDate(now), 'json', 'insyn-skolfil'), type: 'application/json', content: schoolFileText(file) };
}

/** The principal's own settings decide the deadline's default, the calendar and when a file is old, for every teacher alike. */
export async function principalDefaults(db: InsynDatabase) {
  const settings = await loadSettings(db);
  return {
    withinSchoolDays: settings.rules.guardianContact.withinSchoolDays,
    calendar: settings.terms,
    staleAfterDays: settings.staleFileDays,
    grading: settings.rules.gradingCalendar,
  };
}

/** What the principal chooses on the page; the rest (and the old-file limit, when not given) comes from the settings. */
export type ViewChoice = Pick<ViewOptions, 'withinSchoolDays' | 'asOf'> & Partial<Pick<ViewOptions, 'staleAfterDays'>>;

export async function loadSchoolView(db: InsynDatabase, choice: ViewChoice): Promise<SchoolView> {
  const [records, { calendar, staleAfterDays, grading }] = await Promise.all([listSchoolExports(db), principalDefaults(db)]);
  // The limit on the page wins: the setting it is saved to may not be written yet.
  return buildSchoolView(
    records.map((r) => r.data),
    { staleAfterDays, ...choice, calendar, grading },
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
