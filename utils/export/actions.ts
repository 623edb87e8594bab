import type { InsynDatabase } from '../db/database';
import { isoDate } from '../domain/dates';
import { loadSettings } from '../settings/store';
import { checklistToCsv, contactsToCsv } from './csv';
import { buildExport, exportFileName, exportToJson } from './json';
import { pseudonymKey } from './pseudonym-key';
import { protectedPupilIds, pseudonymiseTables, pupilCodes, pupilIdsOf } from './pseudonymise';
import { PUPIL_TABLES, readTables } from './read-tables';
import type { ExportTables } from './schema';
import { checklistSheet, contactsSheet, overdueSheet, pupilLookup, type Sheet } from './sheets';
import { sheetsToXlsx } from './xlsx';

/**
 * The dashboard's export buttons: read the database, build the file, hand back what to download.
 * Everything stays in the browser; the caller saves the file with `downloadFile`.
 */
export interface ExportFile {
  name: string;
  type: string;
  content: string | Uint8Array;
}

export interface ExportChoice {
  pseudonymise: boolean;
  appVersion: string;
  now?: number;
}

const CSV_TYPE = 'text/csv;charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The tables an export needs. A sheet names only what pupils, contacts and the checklist hold, so
 * `sheets` reads those (and, when pseudonymised, the other tables that name pupils, so each code is
 * the one a JSON export gives; pupilCodes), never the event history.
 */
async function tablesFor(db: InsynDatabase, pseudonymise: boolean, sheets?: readonly ('contacts' | 'checklist')[]): Promise<ExportTables> {
  const names = !sheets ? undefined : pseudonymise ? PUPIL_TABLES : (['pupils', ...sheets] as const);
  const tables = await readTables(db, names);
  if (pseudonymise) return pseudonymiseTables(tables, await pupilCodes(pupilIdsOf(tables), await pseudonymKey(db)));
  // A pupil with protected personal data is pseudonymised in every export, a backup too.
  const hidden = protectedPupilIds(tables);
  if (hidden.size === 0) return tables;
  return pseudonymiseTables(tables, await pupilCodes(hidden, await pseudonymKey(db)), hidden);
}

async function header(db: InsynDatabase) {
  const settings = await loadSettings(db);
  return { teacher: settings.teacherName, school: settings.school };
}

export async function exportJsonFile(db: InsynDatabase, { pseudonymise, appVersion, now = Date.now() }: ExportChoice): Promise<ExportFile> {
  const { teacher, school } = await header(db);
  const data = buildExport(await tablesFor(db, pseudonymise), {
    teacher,
    school,
    appVersion,
    exportedAt: now,
    pseudonymised: pseudonymise,
  });
  return {
    name: exportFileName(teacher, isoDate(now), 'json', pseudonymise ? 'insyn-pseudonym' : 'insyn'),
    type: 'application/json',
    content: exportToJson(data),
  };
}

/** A backup is the full export, pseudonymised only for pupils with protected personal data. */
export async function backupFile(db: InsynDatabase, appVersion: string, now = Date.now()): Promise<ExportFile> {
  const file = await exportJsonFile(db, { pseudonymise: false, appVersion, now });
  return { ...file, name: exportFileName('', isoDate(now), 'json', 'insyn-sakerhetskopia') };
}

export async function exportCsvFile(
  db: InsynDatabase,
  table: 'contacts' | 'checklist',
  { pseudonymise, now = Date.now() }: ExportChoice,
): Promise<ExportFile> {
  const tables = await tablesFor(db, pseudonymise, [table]);
  const pupils = pupilLookup(tables.pupils);
  const content = table === 'contacts' ? contactsToCsv(tables.contacts, pupils) : checklistToCsv(tables.checklist, pupils);
  return { name: exportFileName(table === 'contacts' ? 'kontakter' : 'checklista', isoDate(now), 'csv'), type: CSV_TYPE, content };
}

/** The checklist, the contact log and what is overdue on the export's day, one sheet each. */
export async function exportXlsxFile(db: InsynDatabase, { pseudonymise, now = Date.now() }: ExportChoice): Promise<ExportFile> {
  const tables = await tablesFor(db, pseudonymise, ['contacts', 'checklist']);
  const pupils = pupilLookup(tables.pupils);
  const sheets = [
    checklistSheet(tables.checklist, pupils),
    contactsSheet(tables.contacts, pupils),
    overdueSheet(tables.checklist, pupils, isoDate(now)),
  ];
  return { name: exportFileName('', isoDate(now), 'xlsx'), type: XLSX_TYPE, content: await sheetsToXlsx(sheets) };
}

/** The contact log and the checklist as sheets, for the print view and the workbook. */
export async function printSheets(db: InsynDatabase, pseudonymise: boolean): Promise<{ contacts: Sheet; checklist: Sheet }> {
  const tables = await tablesFor(db, pseudonymise, ['contacts', 'checklist']);
  const pupils = pupilLookup(tables.pupils);
  return { contacts: contactsSheet(tables.contacts, pupils), checklist: checklistSheet(tables.checklist, pupils) };
}

export { CSV_TYPE, XLSX_TYPE };
