import { describe, expect, it } from 'vitest';
import { listContacts } from '@/utils/db/queries/contacts';
import { CHUNK, hasSnapshot, ORDER, snapshot } from '@/utils/db/queries/snapshot';
import { checklist, contacts, freshDatabase, pupils } from './seed';

const page = { offset: 0, limit: 100 };

describe('in-memory copies behind the filters', () => {
  it('are read once and dropped when the table is written, so filters always see the database', async () => {
    const db = freshDatabase();
    const rows = contacts(70, 5, new Date('2025-09-01T08:00:00').getTime()); // channel cycles over 7: 10 by phone
    await db.pupils.bulkAdd(pupils(5));
    await db.contacts.bulkAdd(rows);

    // The dashboard warms the copy (api.warm) once a list has been open a moment; filters then use it.
    const telefon = async () => {
      await snapshot(db, 'contacts');
      return listContacts(db, { channel: 'telefon' }, page);
    };
    expect((await telefon()).total).toBe(10);
    expect(hasSnapshot(db, 'contacts')).toBe(true);

    await db.contacts.add({ ...rows[1]!, id: 'new', channel: 'telefon', at: rows[69]!.at + 1 });
    expect(hasSnapshot(db, 'contacts')).toBe(false);
    const added = await telefon();
    expect(added.total).toBe(11);
    expect(added.rows[0]!.id).toBe('new');

    await db.contacts.update('c000000', { channel: 'sms' });
    expect((await telefon()).total).toBe(10);
    await db.contacts.delete('new');
    expect((await telefon()).total).toBe(9);
  });

  it('belong to one database: writing another leaves them alone', async () => {
    const [a, b] = [freshDatabase(), freshDatabase()];
    await a.checklist.bulkAdd(checklist(30, 3, '2025-11-01'));
    await b.checklist.bulkAdd(checklist(30, 3, '2025-11-01'));
    await Promise.all([snapshot(a, 'checklist'), snapshot(b, 'checklist')]);
    await b.checklist.update('k000003', { status: 'done' });
    expect(hasSnapshot(a, 'checklist')).toBe(true);
    expect(hasSnapshot(b, 'checklist')).toBe(false);
  });

  it('read a long table in steps and miss no row at the step boundaries', async () => {
    const db = freshDatabase();
    const rows = checklist(CHUNK * 2 + 1, 7, '2025-09-01');
    await db.checklist.bulkAdd(rows);
    const copy = await snapshot(db, 'checklist');
    expect(copy).toHaveLength(rows.length);
    expect(new Set(copy.map((r) => r.id)).size).toBe(rows.length);
    expect(copy.map((r) => r.id)).toEqual([...rows].sort(ORDER.checklist).map((r) => r.id));
  }, 60_000);
});
