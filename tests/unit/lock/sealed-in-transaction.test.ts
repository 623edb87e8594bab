import { describe, expect, it } from 'vitest';
import { useSealing } from '@/utils/db/encrypted-fields';
import { createLock } from '@/utils/lock/crypto';
import { LockHolder } from '@/utils/lock/state';
import { storeReading } from '@/utils/store/readings';
import { at, freshDb, mathsPage } from '../db/test-db';

/**
 * Issue 22, what Chromium showed and fake-indexeddb did not: sealed work inside a reading's transaction
 * lost Dexie's zone (PrematureCommitError). The budgets count rows inside that transaction; a count of a
 * whole table is the same sealed or in clear, so it must not open (nor even be able to open) a single row.
 */
async function sealedDb() {
  const holder = new LockHolder();
  holder.hold((await createLock('lärarrummets fras', 1_000)).keys);
  const db = freshDb();
  useSealing(db, () => holder.state());
  await storeReading(db, mathsPage(), at('2025-11-05'));
  return { db, holder };
}

describe('sealed tables inside a transaction', () => {
  it('counts a whole table without opening its rows: other keys cannot open them, the count still comes', async () => {
    const { db, holder } = await sealedDb();
    const pupils = mathsPage().pupils.length;
    holder.hold((await createLock('en helt annan fras', 1_000)).keys);
    expect(await db.pupils.count()).toBe(pupils);
    expect(await db.transaction('r', [db.pupils, db.risks], () => db.pupils.count())).toBe(pupils);
    // A count that needs the rows still opens them: with keys that do not fit, it fails rather than guess.
    await expect(db.pupils.where('id').startsWith('im:').count()).rejects.toThrow();
  });
});
