import type { InsynDatabase } from './database';
import type { VisitRecord } from './records';

const KEEP_VISITS = 500;

/** Records that a page was read. Only the newest visits are kept: they serve diagnosis, not history. */
export async function recordVisit(db: InsynDatabase, visit: Omit<VisitRecord, 'id'>): Promise<void> {
  await db.transaction('rw', db.visits, async () => {
    await db.visits.add(visit);
    const count = await db.visits.count();
    if (count > KEEP_VISITS) {
      const oldest = await db.visits
        .orderBy('at')
        .limit(count - KEEP_VISITS)
        .primaryKeys();
      await db.visits.bulkDelete(oldest);
    }
  });
}
