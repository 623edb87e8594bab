import { beforeAll, describe, expect, it } from 'vitest';
import { listContacts } from '@/utils/db/queries/contacts';
import { FIRST_PAGE } from '@/utils/db/queries/page';
import { hasSnapshot, snapshot } from '@/utils/db/queries/snapshot';
import { contacts, freshDatabase, pupils } from './seed';

/**
 * The contact search keeps folded text with the in-memory copies (the pupils' names per copy, each
 * contact's text as the copy is read): what it keeps must follow every write, from memory or not.
 */
const db = freshDatabase();
const START = new Date('2025-09-01T08:00:00').getTime();

beforeAll(async () => {
  await db.pupils.bulkAdd(pupils(12));
  await db.contacts.bulkAdd(contacts(240, 12, START));
});

const ids = async (text: string) => (await listContacts(db, { text }, FIRST_PAGE)).rows.map((r) => r.id);

describe('the contact search after a write', () => {
  it.each([false, true])('finds a pupil by her new name, never by the old one (contacts in memory: %s)', async (warm) => {
    const before = await ids('elev5,');
    expect(before.length).toBeGreaterThan(0);
    await db.pupils.update('im:5', { name: warm ? 'Ågren, Lova' : 'Dahl, Saga' });
    if (warm) await snapshot(db, 'contacts');
    expect(hasSnapshot(db, 'contacts')).toBe(warm);
    expect(await ids(warm ? 'agren lova' : 'dahl saga')).toEqual(before);
    expect(await ids('elev5,')).toEqual([]);
    await db.pupils.update('im:5', { name: 'Elev5, Test' });
  });

  it.each([
    [false, 'c000007', 'Skolsköterskan ringer upp', 'skolskoterskan'],
    [true, 'c000009', 'Kuratorn ringer upp', 'kuratorn'],
  ])('finds a contact by its new summary once it is changed (contacts in memory: %s)', async (warm, id, summary, word) => {
    if (warm) await snapshot(db, 'contacts');
    expect(await ids(word)).toEqual([]);
    await db.contacts.update(id, { summary });
    if (warm) await snapshot(db, 'contacts');
    expect(hasSnapshot(db, 'contacts')).toBe(warm);
    expect(await ids(word)).toEqual([id]);
    expect(await ids(`${word} mamma`)).toEqual([id]);
    expect(await ids(`${word} pappa`)).toEqual([]);
  });

  it('matches each word in the name or in the text, not across the gap between them', async () => {
    // Pupil im:3 is "Elev3, Test" in 5A, and her guardian on every contact is "Mamma": one word from each.
    const named = await ids('elev3, 5a mamma');
    const hers = (await listContacts(db, { pupilId: 'im:3' }, FIRST_PAGE)).rows;
    expect(hers.length).toBeGreaterThan(0);
    expect(named).toEqual(hers.map((r) => r.id));
    expect(await ids('elev3, 5amamma')).toEqual([]);
  });

  it('keeps the in-memory copy for every other filter when a stored contact cannot be folded', async () => {
    const damaged = freshDatabase();
    const rows = contacts(20, 3, START);
    // A row as an old or damaged database may hold it: no subjects.
    await damaged.contacts.bulkAdd([...rows.slice(1), { ...rows[0]!, subjects: undefined as unknown as string[] }]);
    await snapshot(damaged, 'contacts');
    expect(hasSnapshot(damaged, 'contacts')).toBe(true);
    const page = await listContacts(damaged, { channel: rows[0]!.channel }, FIRST_PAGE);
    expect(page.rows.map((r) => r.id)).toContain(rows[0]!.id);
    await damaged.delete();
  });
});
