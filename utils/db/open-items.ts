import Dexie from 'dexie';
import type { InsynDatabase } from './database';

/**
 * Open checklist items with a due date up to `last` (ISO date; included unless `before` is set), counted
 * on the [status+due] index: no row is read, so the count stays cheap with 50,000 items.
 */
export function countOpenDue(db: InsynDatabase, last: string, { before = false } = {}): Promise<number> {
  return db.checklist.where('[status+due]').between(['open', Dexie.minKey], ['open', last], true, !before).count();
}
