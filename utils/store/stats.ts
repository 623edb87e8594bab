import type { Stats } from '../messaging/protocol';
import type { InsynDatabase } from '../db/database';
import { countOpenDue } from '../db/open-items';
import { storageUse } from './budgets';

/** Counts for the popup, the toolbar badge and the overview. `today` is an ISO date. */
export async function readStats(db: InsynDatabase, today: string): Promise<Stats> {
  const [visits, failedReads, pupils, openRisks, openItems, overdueItems, storage] = await Promise.all([
    db.visits.count(),
    // At most the 500 visits kept (visits.ts): counting them by filter needs no index.
    db.visits.filter((visit) => visit.error !== undefined).count(),
    db.pupils.count(),
    db.risks.where('status').equals('open').count(),
    db.checklist.where('status').equals('open').count(),
    countOpenDue(db, today, { before: true }),
    storageUse(db),
  ]);
  return { visits, pupils, openRisks, openItems, overdueItems, failedReads, storage };
}
