import type { Table } from 'dexie';
import type { InsynDatabase } from '../db/database';
import { logEvent } from '../db/events';
import { duePart, NOTICE_DAYS, planPurge, purgeKey as key, purgeTables, type PurgePlan, type PurgeTable } from '../privacy/retention';
import { loadSettings } from '../settings/store';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Deletes what the plan lists, in one transaction: all of it or nothing. The plan is checked again inside
 * the transaction, so an item touched after the plan was shown (a contact edited, a pupil seen again)
 * is kept. Returns the number of rows deleted per table.
 */
export async function purge(db: InsynDatabase, plan: PurgePlan): Promise<Partial<Record<PurgeTable, number>>> {
  return db.transaction('rw', [...Object.values(purgeTables(db)), db.arrivals], async () => {
    const fresh = await planPurge(db, plan.now, plan);
    const stillDue = new Set(fresh.items.map(key));
    const deleted: Partial<Record<PurgeTable, number>> = {};
    const byTable = new Map<PurgeTable, (string | number)[]>();
    for (const i of plan.items) {
      if (!stillDue.has(key(i))) continue;
      const ids = byTable.get(i.table) ?? [];
      ids.push(i.id);
      byTable.set(i.table, ids);
    }
    for (const [table, ids] of byTable) {
      await (purgeTables(db)[table] as Table<unknown, string | number>).bulkDelete(ids);
      await db.arrivals.bulkDelete(ids.map((id): [string, string | number] => [table, id]));
      deleted[table] = ids.length;
    }
    // An arrival older than the notice no longer moves any listing (listed ≤ arrival + notice ≤ now).
    await db.arrivals
      .where('at')
      .belowOrEqual(plan.now - NOTICE_DAYS * DAY)
      .delete();
    if (byTable.size) await logEvent(db, 'privacy/purge', undefined, plan.now);
    return deleted;
  });
}

/** The daily alarm's retention run: deletes what has been listed for at least NOTICE_DAYS, nothing else. */
export async function runScheduledPurge(db: InsynDatabase, now: number): Promise<Partial<Record<PurgeTable, number>>> {
  return purge(db, duePart(await planPurge(db, now, await loadSettings(db))));
}
