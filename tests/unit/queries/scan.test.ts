import { describe, expect, it } from 'vitest';
import { listChecklist } from '@/utils/db/queries/checklist';
import { listContacts } from '@/utils/db/queries/contacts';
import { ascending, FIRST_BATCH, scan, timeSpans } from '@/utils/db/queries/scan';
import { ORDER } from '@/utils/db/queries/snapshot';
import { checklist, checklistItem, contacts, freshDatabase, pupils } from './seed';

const DAY = 86_400_000;

describe('reading a list in batches until the page is full', () => {
  it('misses no item and repeats none when more items share one due date than a batch holds', async () => {
    const db = freshDatabase();
    const crowded = Array.from({ length: FIRST_BATCH * 2 + 7 }, (_, i) =>
      checklistItem(`same-${String(i).padStart(4, '0')}`, { due: '2025-11-20' }),
    );
    const rows = [...checklist(FIRST_BATCH, 5, '2025-11-01'), ...crowded];
    await db.checklist.bulkAdd(rows);
    const { found, complete } = await scan(
      ascending(db.checklist, 'due', '2025-01-01', '2025-12-31', (item) => item.due),
      () => true,
      Infinity,
    );
    expect(complete).toBe(true);
    expect(found.map((r) => r.id)).toEqual([...rows].sort(ORDER.checklist).map((r) => r.id));
  }, 60_000);

  it('reads contacts newest first over spans of time, a contact on a span edge once', async () => {
    const db = freshDatabase();
    const now = Date.UTC(2026, 2, 16);
    // 400 contacts a day apart over more than a year, the newest exactly on the first span's edge.
    const rows = contacts(400, 5, now - 399 * DAY).map((c, i) => ({ ...c, at: now - 30 * DAY - (399 - i) * DAY }));
    await db.contacts.bulkAdd(rows);
    const { found } = await scan(timeSpans(db.contacts, rows[0]!.at, now, ORDER.contacts), () => true, Infinity);
    expect(found.map((r) => r.id)).toEqual([...rows].sort(ORDER.contacts).map((r) => r.id));
  });

  it('stops once the page is full: the right rows, and "more than" instead of a count', async () => {
    const db = freshDatabase();
    await db.pupils.bulkAdd(pupils(90));
    const rows = contacts(2000, 90, new Date('2025-09-01T08:00:00').getTime());
    await db.contacts.bulkAdd(rows);
    // Every contact with mamma (half of them): the scan needs 201 to know a second page exists.
    const want = rows.filter((c) => c.withWhom === 'Mamma').sort(ORDER.contacts);
    const first = await listContacts(db, { text: 'mamma' }, { offset: 0, limit: 100 });
    expect(first.rows.map((r) => r.id)).toEqual(want.slice(0, 100).map((r) => r.id));
    expect(first).toMatchObject({ total: 100, more: true, offset: 0 });
    const second = await listContacts(db, { text: 'mamma' }, { offset: 100, limit: 100 });
    expect(second.rows.map((r) => r.id)).toEqual(want.slice(100, 200).map((r) => r.id));
    expect(second).toMatchObject({ total: 200, more: true });
  });

  it('counts exactly when the scan reaches the end of the list', async () => {
    const db = freshDatabase();
    await db.pupils.bulkAdd(pupils(90));
    await db.checklist.bulkAdd(checklist(1200, 90, '2025-10-20'));
    // Fysik: one written assessment in every 4 rounds of kinds, a few dozen items over the whole list.
    const page = await listChecklist(db, { subject: 'fysik' }, { offset: 0, limit: 100 }, '2025-11-12');
    expect(page.more).toBeUndefined();
    expect(page.total).toBe(page.rows.length);
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.subject === 'Fysik')).toBe(true);
  });
});
