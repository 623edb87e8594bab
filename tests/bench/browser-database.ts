import Dexie from 'dexie';
import { InsynDatabase } from '../../utils/db/database';
import { seedDatabase, timeDatabaseCases, type CaseTimes } from './database-cases';

/**
 * Entry point of the bundle the database benchmark runs in the extension's dashboard page: seeds a
 * database of its own (never Insyn's real one), times every case, and deletes it.
 */
async function run(samples: number): Promise<{ seedMs: number; times: Record<string, CaseTimes> }> {
  const db = new InsynDatabase(`insyn-bench-${Date.now()}`);
  try {
    const start = performance.now();
    await seedDatabase(db);
    const seedMs = performance.now() - start;
    return { seedMs, times: await timeDatabaseCases(db, samples) };
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

(globalThis as unknown as { insynDbBench: unknown }).insynDbBench = { run };
