import type { InsynDatabase } from '../db/database';
import { readTables } from '../export/read-tables';
import { TABLE_NAMES, type InsynExport } from '../export/schema';
import { planImport, type ImportMode, type ImportPlan } from '../import/plan';

/** The plan for importing a parsed file into this database, for the preview. */
export async function previewImport(db: InsynDatabase, data: InsynExport, mode: ImportMode): Promise<ImportPlan> {
  return planImport(await readTables(db), data.tables, mode);
}

/**
 * Imports a parsed file in ONE transaction over every exported table: either all of it is written or,
 * on any error, nothing is. The plan is made again inside the transaction, so what is written matches
 * the database at that moment, not at the time of the preview.
 */
export async function applyImport(db: InsynDatabase, data: InsynExport, mode: ImportMode): Promise<ImportPlan> {
  if (data.pseudonymised) throw new PseudonymisedImportError();
  const tables = TABLE_NAMES.map((name) => db.table(name));
  return db.transaction('rw', tables, async () => {
    const plan = planImport(await readTables(db), data.tables, mode);
    for (const name of TABLE_NAMES) {
      const table = db.table(name);
      if (mode === 'replace') await table.clear();
      const rows = plan.writes[name] as object[];
      if (rows.length) await table.bulkPut(rows);
    }
    return plan;
  });
}

/** A pseudonymised file has codes instead of pupils: restoring it would fill the database with strangers. */
export class PseudonymisedImportError extends Error {
  constructor() {
    super('pseudonymised');
    this.name = 'PseudonymisedImportError';
  }
}
