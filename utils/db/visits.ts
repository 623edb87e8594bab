import type { Transaction } from 'dexie';
import type { InsynDatabase } from './database';
import type { VisitRecord } from './records';

const KEEP_VISITS = 500;

/** Records that a page was read. Only the newest visits are kept: they serve diagnosis, not history. */
export async function recordVisit(db: InsynDatabase, visit: Omit<VisitRecord, 'id'>): Promise<void> {
  await db.transaction('rw', db.visits, async () => {
    await db.visits.add({ ...visit, url: visitAddress(visit.url) });
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

/**
 * What a visit keeps of a page's address: origin and path, never the query or the fragment, where
 * InfoMentor's app puts the pupil it shows (`#/elev/4901/iup`). An address that does not parse keeps nothing.
 */
export function visitAddress(url: string): string {
  try {
    const { origin, pathname } = new URL(url);
    return origin === 'null' ? '' : `${origin}${pathname}`;
  } catch {
    return '';
  }
}

/** Version 8's upgrade: the visits stored before keep only their path too. */
export async function stripVisitAddresses(tx: Transaction): Promise<void> {
  await tx
    .table<VisitRecord>('visits')
    .toCollection()
    .modify((visit) => {
      visit.url = visitAddress(visit.url);
    });
}
