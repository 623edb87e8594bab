import type { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_LIMITS, InsynExportSchema, READABLE_VERSIONS, TABLE_NAMES, type InsynExport } from '../export/schema';
import { checkJsonShape } from '../text/json-shape';
import { keyOf } from './row-keys';

/**
 * Reads an export file. Never throws: a file that is not a complete, valid Insyn export of a version this
 * Insyn knows yields problems that say where and what (see problems.ts for the words).
 */
export type ProblemCode =
  | 'tooLarge'
  | 'notJson'
  | 'forbiddenKey'
  | 'tooDeep'
  | 'notInsyn'
  | 'wrongVersion'
  | 'notDate'
  | 'notIsoDate'
  | 'tooLong'
  | 'tooMany'
  | 'empty'
  | 'wrongType'
  | 'missing'
  | 'badValue'
  | 'unknownKey'
  | 'duplicateId';

export interface ImportProblem {
  /** Where in the file, e.g. `contacts[12].at`; empty for the file as a whole. */
  path: string;
  code: ProblemCode;
  /** The version a too new file declares. */
  version?: number;
}

/**
 * `skipped`: rows that were damaged (a date no Insyn writes, a field of the wrong kind) and are left out,
 * each with what was wrong; the rest of the file reads. A backup with one broken row still restores.
 */
export type ParseResult = { ok: true; data: InsynExport; skipped: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

const MAX_PROBLEMS = 20;
const KNOWN_MESSAGES = new Set<string>([
  'notDate',
  'notIsoDate',
  'tooLong',
  'tooMany',
  'empty',
  'wrongType',
  'badValue',
  'notInsyn',
  'wrongVersion',
]);

export function utf8Length(text: string): number {
  // Only measured when the character count alone cannot decide (a character is 1–3 bytes here).
  if (text.length > EXPORT_LIMITS.maxBytes) return text.length;
  if (text.length * 3 <= EXPORT_LIMITS.maxBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

export function parseExport(text: string): ParseResult {
  if (utf8Length(text) > EXPORT_LIMITS.maxBytes) return fail({ path: '', code: 'tooLarge' });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ path: '', code: 'notJson' });
  }
  const header = checkHeader(json);
  if (header) return fail(header);
  const shape = checkJsonShape(json, EXPORT_LIMITS.maxDepth);
  if (shape) return fail({ path: displayPath(shape.path), code: shape.code });
  // reportInput tells a missing field (input undefined) from a field of the wrong kind.
  let parsed = InsynExportSchema.safeParse(json, { reportInput: true });
  let skipped: ImportProblem[] = [];
  if (!parsed.success) {
    const repaired = withoutBadRows(json as { tables: Record<string, unknown[]> }, parsed.error.issues);
    if (repaired) {
      skipped = repaired.skipped;
      parsed = InsynExportSchema.safeParse(repaired.json, { reportInput: true });
    }
  }
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, MAX_PROBLEMS).map(toProblem) };
  const duplicates = findDuplicates(parsed.data);
  return duplicates.length ? { ok: false, problems: duplicates } : { ok: true, data: parsed.data, skipped };
}

/**
 * The file without the rows the issues are in, when every issue is inside a row of a table (the
 * envelope, the header and a table's own shape still refuse the whole file); one problem per row left out.
 */
function withoutBadRows(json: { tables: Record<string, unknown[]> }, issues: z.core.$ZodIssue[]) {
  const bad = new Map<string, ImportProblem>();
  for (const issue of issues) {
    const [tables, name, index] = issue.path;
    if (tables !== 'tables' || typeof name !== 'string' || typeof index !== 'number' || !Array.isArray(json.tables?.[name]))
      return undefined;
    const row = `${name}[${index}]`;
    if (!bad.has(row)) bad.set(row, toProblem(issue));
  }
  const tables = Object.fromEntries(
    Object.entries(json.tables).map(([name, rows]) => [
      name,
      Array.isArray(rows) ? rows.filter((_, index) => !bad.has(`${name}[${index}]`)) : rows,
    ]),
  );
  return { json: { ...json, tables }, skipped: [...bad.values()] };
}

function fail(problem: ImportProblem): ParseResult {
  return { ok: false, problems: [problem] };
}

/** Format and version first: a file from elsewhere or from a newer Insyn gets that one clear message. */
function checkHeader(json: unknown): ImportProblem | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { path: '', code: 'notInsyn' };
  const { format, version } = json as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) return { path: '', code: 'notInsyn' };
  if (!(READABLE_VERSIONS as readonly unknown[]).includes(version)) {
    return typeof version === 'number' && Number.isFinite(version)
      ? { path: '', code: 'wrongVersion', version }
      : { path: 'version', code: 'badValue' };
  }
  return undefined;
}

function toProblem(issue: z.core.$ZodIssue): ImportProblem {
  const path = displayPath(issue.path.map((p) => (typeof p === 'number' ? p : String(p))));
  if (issue.code === 'unrecognized_keys') {
    return { path: [path, issue.keys[0]].filter(Boolean).join('.'), code: 'unknownKey' };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return { path, code: 'missing' };
  if (KNOWN_MESSAGES.has(issue.message)) return { path, code: issue.message as ProblemCode };
  return { path, code: 'badValue' };
}

/** `['tables', 'contacts', 12, 'at']` → `contacts[12].at`: the words a teacher reads, without the envelope. */
export function displayPath(path: string | (string | number)[]): string {
  const text =
    typeof path === 'string'
      ? path
      : path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
  return text.replace(/^tables\./, '');
}

function findDuplicates(data: InsynExport): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const name of TABLE_NAMES) {
    const seen = new Set<string>();
    const rows = data.tables[name] as object[];
    rows.forEach((row, index) => {
      const key = keyOf(name, row);
      if (seen.has(key) && problems.length < MAX_PROBLEMS) problems.push({ path: `${name}[${index}]`, code: 'duplicateId' });
      seen.add(key);
    });
  }
  return problems;
}
