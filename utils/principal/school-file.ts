import { EXPORT_LIMITS, type InsynExport } from '../export/schema';
import { pseudonymiseTables, pupilCodes, pupilIdsOf } from '../export/pseudonymise';
import { parseExport, utf8Length, type ImportProblem } from '../import/parse';

/**
 * A school file: what a principal sends the municipality's coordinator. It holds the teachers' files of
 * the principal's view as they are (records, not figures), so the coordinator's Insyn computes every
 * school's figures with the same rules and view date. Pseudonymised by default: every pupil gets a code
 * under one key for the whole school file (so a pupil taught by two teachers is still one pupil), and
 * free text about pupils is left out, as in a teacher's pseudonymised export.
 */
export const SCHOOL_FILE_FORMAT = 'insyn-school';
export const SCHOOL_FILE_VERSION = 1;

export interface SchoolFile {
  format: typeof SCHOOL_FILE_FORMAT;
  version: typeof SCHOOL_FILE_VERSION;
  school: string;
  exportedAt: number;
  appVersion: string;
  pseudonymised: boolean;
  files: InsynExport[];
}

export async function buildSchoolFile(
  exports: readonly InsynExport[],
  header: { school: string; appVersion: string; exportedAt: number; pseudonymise: boolean; key: string },
): Promise<SchoolFile> {
  let files = [...exports];
  if (header.pseudonymise) {
    const ids = new Set<string>();
    for (const file of files) for (const id of pupilIdsOf(file.tables)) ids.add(id);
    const codes = await pupilCodes(ids, header.key);
    files = files.map((file) => ({ ...file, pseudonymised: true, tables: pseudonymiseTables(file.tables, codes) }));
  }
  return {
    format: SCHOOL_FILE_FORMAT,
    version: SCHOOL_FILE_VERSION,
    school: header.school,
    exportedAt: header.exportedAt,
    appVersion: header.appVersion,
    pseudonymised: header.pseudonymise,
    files,
  };
}

export type SchoolFileResult = { ok: true; data: InsynExport[] } | { ok: false; problems: ImportProblem[] };

/** Whether a file's text is a school file (rather than a teacher's export), judged by its format field. */
export function isSchoolFile(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === SCHOOL_FILE_FORMAT;
}

/** Reads a school file: each teacher's file in it passes the same checks as one imported on its own. */
export function parseSchoolFile(json: unknown): SchoolFileResult {
  const { version, files } = json as { version?: unknown; files?: unknown };
  if (version !== SCHOOL_FILE_VERSION)
    return {
      ok: false,
      problems: [typeof version === 'number' ? { path: '', code: 'wrongVersion', version } : { path: 'version', code: 'badValue' }],
    };
  if (!Array.isArray(files) || files.length > EXPORT_LIMITS.maxList) return { ok: false, problems: [{ path: 'files', code: 'wrongType' }] };
  const data: InsynExport[] = [];
  for (const [index, file] of files.entries()) {
    const parsed = parseExport(JSON.stringify(file));
    if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ ...p, path: `files[${index}].${p.path}` })) };
    data.push(parsed.data);
  }
  return { ok: true, data };
}

export function schoolFileText(file: SchoolFile): string {
  const text = `${JSON.stringify(file)}\n`;
  // A school file is read back as a whole, so it keeps within the same size as any export.
  if (utf8Length(text) > EXPORT_LIMITS.maxBytes) throw new Error('school file too large');
  return text;
}
