import { describe, expect, it } from 'vitest';
import { startWhenDue } from '@/utils/background/start-when-due';
import type { ChecklistRecord } from '@/utils/db/records';
import { at, freshDb } from '../db/test-db';

const item = (id: string, due: string, status: ChecklistRecord['status'] = 'open'): ChecklistRecord => ({
  id,
  pupilId: 'p',
  kind: 'iup-posted',
  term: 'Ht 2025',
  due,
  status,
});

/** A page with nothing to read gets Insyn's panel (its calm due summary) only when something is due. */
describe('startWhenDue', () => {
  it('says start when an open item is overdue or due this week, and not for later, done or no items', async () => {
    const db = freshDb();
    const wanted = startWhenDue(db, () => at('2025-11-05'));
    expect(await wanted()).toBe(false);
    await db.checklist.bulkAdd([item('later', '2025-12-20'), item('done', '2025-11-01', 'done')]);
    expect(await wanted()).toBe(false);
    await db.checklist.add(item('week', '2025-11-07'));
    expect(await wanted()).toBe(true);
    await db.checklist.delete('week');
    await db.checklist.add(item('late', '2025-11-01'));
    expect(await wanted()).toBe(true);
  });
});
