import { beforeAll, describe, expect, it } from 'vitest';
import { listContacts, type ContactFilter } from '@/utils/db/queries/contacts';
import { endOfDay, startOfDay } from '@/utils/domain/dates';
import { hasSnapshot, snapshot } from '@/utils/db/queries/snapshot';
import { expectTotal } from './expect-total';
import { foldText } from '@/utils/db/queries/text';
import type { ContactRecord } from '@/utils/db/records';
import { contacts, freshDatabase, pupils } from './seed';

const db = freshDatabase();
const START = new Date('2025-09-01T08:00:00').getTime();
const PUPILS = pupils(120);
const ROWS = contacts(2000, 120, START);
const names = new Map(PUPILS.map((p) => [p.id, `${p.name} ${p.group}`]));

beforeAll(async () => {
  await db.pupils.bulkAdd(PUPILS);
  await db.contacts.bulkAdd(ROWS);
});

/** The same filter written the obvious way, as the oracle for the indexed query. */
function expected(filter: ContactFilter): ContactRecord[] {
  const words = foldText(filter.text ?? '')
    .split(' ')
    .filter(Boolean);
  return ROWS.filter(
    (c) =>
      (!filter.channel || c.channel === filter.channel) &&
      (!filter.outcome || c.outcome === filter.outcome) &&
      (!filter.pupilId || c.pupilId === filter.pupilId) &&
      (!filter.from || c.at >= startOfDay(filter.from)) &&
      (!filter.to || c.at < endOfDay(filter.to)) &&
      words.every((w) => foldText(`${names.get(c.pupilId)} ${c.withWhom} ${c.summary} ${c.subjects.join(' ')}`).includes(w)),
  ).sort((a, b) => b.at - a.at);
}

describe('listContacts', () => {
  it('pages through all contacts newest first, 100 at a time', async () => {
    const first = await listContacts(db, {}, { offset: 0, limit: 100 });
    // Counted to 500 only, so the first page says "more than 500" ...
    expect(first).toMatchObject({ total: 500, more: true });
    expect(first.rows).toHaveLength(100);
    expect(first.rows[0]!.id).toBe('c001999');
    const last = await listContacts(db, {}, { offset: 1900, limit: 100 });
    // ... while a page past that counts on to its own end, and there finds them all.
    expectTotal(last, 2000);
    expect(last.more).toBeUndefined();
    expect(last.rows.map((r) => r.id)).toEqual(
      expected({})
        .slice(1900)
        .map((r) => r.id),
    );
  }, 30_000); // fake-indexeddb walks cursors row by row; a real browser skips ahead natively

  it('never returns more than 100 rows, whatever is asked', async () => {
    const page = await listContacts(db, {}, { offset: -5, limit: 5000 });
    expect(page.rows).toHaveLength(100);
    expect(page.offset).toBe(0);
  });

  it('joins the pupil so the table can show names', async () => {
    const page = await listContacts(db, { pupilId: 'im:0' }, { offset: 0, limit: 1 });
    expect(page.rows[0]!.pupil?.name).toBe('Öström, Åsa');
  });

  const filters: Array<[string, ContactFilter]> = [
    ['nothing', {}],
    ['channel', { channel: 'telefon' }],
    ['outcome', { outcome: 'mote-bokat' }],
    ['channel and outcome', { channel: 'brev', outcome: 'nadd' }],
    ['date span', { from: '2025-09-10', to: '2025-09-20' }],
    ['pupil', { pupilId: 'im:7' }],
    ['pupil and date', { pupilId: 'im:7', from: '2025-10-01' }],
    ['search by pupil name without accents', { text: 'ostrom' }],
    ['search over summary and subject', { text: 'läsförståelse matematik' }],
    ['search and channel and dates', { text: 'mamma', channel: 'sms', to: '2025-10-15' }],
  ];
  it.each(filters)(
    'filters by %s exactly like a plain scan would, from the database and from memory',
    async (_, filter) => {
      const want = expected(filter);
      expect(want.length).toBeGreaterThan(0);
      for (const warm of [false, true]) {
        // An unchanged write makes Dexie report the table changed, which drops the in-memory copy.
        await db.contacts.put(ROWS[0]!);
        if (warm) await snapshot(db, 'contacts');
        expect(hasSnapshot(db, 'contacts')).toBe(warm);
        const first = await listContacts(db, filter, { offset: 0, limit: 100 });
        expectTotal(first, want.length, warm);
        expect(first.rows.map((r) => r.id)).toEqual(want.slice(0, 100).map((r) => r.id));
        if (want.length > 100) {
          const second = await listContacts(db, filter, { offset: 100, limit: 100 });
          expect(second.rows.map((r) => r.id)).toEqual(want.slice(100, 200).map((r) => r.id));
        }
      }
    },
    30_000,
  );

  it('finds nothing, quietly, when nothing matches', async () => {
    const page = await listContacts(db, { text: 'finns inte någonstans' }, { offset: 0, limit: 100 });
    expect(page).toEqual({ rows: [], total: 0, offset: 0 });
  });
});
