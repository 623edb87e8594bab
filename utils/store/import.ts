import type { InsynDatabase } from '../db/database';
import type { ArrivalRecord } from '../db/records';

/** What an import writes, table by table, as utils/import/plan.ts decides it. */
export interface ImportWrites {
  writes: Readonly<Record<string, readonly object[]>>;
}

/**
 * Writes an import in ONE transaction over the given tables: either all of it or, on any error, nothing.
 * `plan` runs inside the transaction, so what is written matches the database at that moment, not at the
 * time of the preview. Every row written to a `retained` table is noted as arrived `now`, so retention gives
 * it its week of notice from today however old it is (utils/privacy/retention.ts).
 */
export async function writeImport<P extends ImportWrites>(
  db: InsynDatabase,
  tableNames: readonly string[],
  replace: boolean,
  plan: () => Promise<P>,
  retained: ReadonlySet<string>,
  now: number,
): Promise<P> {
  const tables = [...tableNames.map((name) => db.table(name)), db.arrivals];
  return db.transaction('rw', tables, async () => {
    const planned = await plan();
    if (replace) await db.arrivals.clear();
    const arrivals: ArrivalRecord[] = [];
    for (const name of tableNames) {
      const table = db.table(name);
      if (replace) await table.clear();
      const rows = (planned.writes[name] ?? []) as object[];
      if (!rows.length) continue;
      // Events without an id (merged ones) take this database's next; bulkAdd says which.
      const keys = name === 'events' ? await table.bulkAdd(rows, { allKeys: true }) : await table.bulkPut(rows, { allKeys: true });
      if (retained.has(name)) arrivals.push(...keys.map((id) => ({ table: name, id: id as string | number, at: now })));
    }
    await db.arrivals.bulkPut(arrivals);
    return planned;
  });
}
