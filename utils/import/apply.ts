import type { InsynDatabase } from '../db/database';
import type { ArrivalRecord } from '../db/records';
import { readTables } from '../export/read-tables';
import { TABLE_NAMES, type InsynExport } from '../export/schema';
import { planImport, type ImportMode, type ImportPlan } from './plan';
import { PURGE_TABLES } from '../privacy/retention';

/** The plan for importing a parsed file into this database, for the preview. */
export async function previewImport(db: InsynDatabase, data: InsynExport, mode: ImportMode): Promise<ImportPlan> {
  return planImport(await readTables(db), data.tables, mode);
}

/**
 * Imports a parsed file in ONE transaction over every exported table: either all of it is written or,
 * on any error, nothing is. The plan is made again inside the transaction, so what is written matches
 * the database at that moment, not at the time of the preview. Every row written is noted as arrived
 * `now`, so retention gives it its week of notice from today however old it is (utils/privacy/retention.ts).
 */
export async function applyImport(db: InsynDatabase, data: InsynExport, mode: ImportMode, now = Date.now()): Promise<ImportPlan> {
  if (data.pseudonymised) throw new PseudonymisedImportError();
  const tables = [...TABLE_NAMES.map((name) => db.table(name)), db.arrivals];
  return db.transaction('rw', tables, async () => {
    const plan = planImport(await readTables(db), data.tables, mode);
    if (mode === 'replace') await db.arrivals.clear();
    const arrivals: ArrivalRecord[] = [];
    for (const name of TABLE_NAMES) {
      const table = db.table(name);
      if (mode === 'replace') await table.clear();
      const rows = plan.writes[name] as object[];
      if (!rows.length) continue;
      // Events without an id (merged ones) take this database's next; bulkAdd says which.
      const keys = name === 'events' ? await table.bulkAdd(rows, { allKeys: true }) : await table.bulkPut(rows, { allKeys: true });
      if (RETAINED.has(name)) arrivals.push(...keys.map((id) => ({ table: name, id: id as string | number, at: now })));
    }
    await db.arrivals.bulkPut(arrivals);
    return plan;
  });
}

const RETAINED = new Set<string>(PURGE_TABLES);

/** A pseudonymised file has codes instead of pupils: restoring it would fill the database with strangers. */
export class PseudonymisedImportError extends Error {
  constructor() {
    super('pseudonymised');
    this.name = 'PseudonymisedImportError';
  }
}
