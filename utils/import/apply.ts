import type { InsynDatabase } from '../db/database';
import { readTables } from '../export/read-tables';
import { TABLE_NAMES, type InsynExport } from '../export/schema';
import { planImport, type ImportMode, type ImportPlan } from './plan';
import { PURGE_TABLES } from '../privacy/retention';
import { writeImport } from '../store/import';

/** The plan for importing a parsed file into this database, for the preview. */
export async function previewImport(db: InsynDatabase, data: InsynExport, mode: ImportMode): Promise<ImportPlan> {
  return planImport(await readTables(db), data.tables, mode);
}

/**
 * Imports a parsed file in one transaction over every exported table (utils/store/import.ts): all of it
 * or nothing. The plan is made again inside the transaction, so what is written matches the database then.
 */
export async function applyImport(db: InsynDatabase, data: InsynExport, mode: ImportMode, now = Date.now()): Promise<ImportPlan> {
  if (data.pseudonymised) throw new PseudonymisedImportError();
  const plan = async () => planImport(await readTables(db), data.tables, mode);
  return writeImport(db, TABLE_NAMES, mode === 'replace', plan, RETAINED, now);
}

const RETAINED = new Set<string>(PURGE_TABLES);

/** A pseudonymised file has codes instead of pupils: restoring it would fill the database with strangers. */
export class PseudonymisedImportError extends Error {
  constructor() {
    super('pseudonymised');
    this.name = 'PseudonymisedImportError';
  }
}
