import { describe, expect, it } from 'vitest';
import { storeReading } from '@/utils/store/readings';
import { refreshChecklist } from '@/utils/store/refresh-checklist';
import { at, freshDb, mathsPage } from '../db/test-db';

/** 5A's maths page, with a fourth pupil whose omdöme nobody has started: the page shows no document for her. */
const withNewPupil = mathsPage({ pupils: [...mathsPage().pupils, { name: 'Dahl, Saga' }] });
const SAGA = 'name:dahl, saga|5a';

describe('omdömen owed though not seen', () => {
  it('a pupil on a group page with no omdöme yet has an open omdöme item for that subject and term', async () => {
    const db = freshDb();
    await storeReading(db, withNewPupil, at('2025-11-05'));
    expect(await db.checklist.get(`written-assessment|${SAGA}|Matematik|Ht 2025`)).toMatchObject({
      status: 'open',
      subject: 'Matematik',
      term: 'Ht 2025',
      due: '2025-12-05',
      expected: true,
    });
  });

  it('in a new term every pupil of the group owes the subject’s omdöme before the page is opened again', async () => {
    const db = freshDb();
    await storeReading(db, withNewPupil, at('2025-11-05'));
    await refreshChecklist(db, at('2026-01-12'));
    const spring = await db.checklist
      .where('term')
      .equals('Vt 2026')
      .and((i) => i.kind === 'written-assessment')
      .toArray();
    expect(spring.map((i) => i.pupilId.split('|')[0]).sort()).toEqual([
      'name:andersson, alva',
      'name:berg, elias',
      'name:carlsson, maja',
      'name:dahl, saga',
    ]);
    expect(spring.every((i) => i.status === 'open' && i.expected)).toBe(true);
  });

  it('the page showing the omdöme takes the expected item’s place, and a reading of some pupils keeps the others’', async () => {
    const db = freshDb();
    await storeReading(db, withNewPupil, at('2025-11-05'));
    const published = mathsPage({
      pupils: [{ name: 'Dahl, Saga' }],
      atRisk: [],
      documents: [
        { pupil: 'Dahl, Saga', type: 'written-assessment', subject: 'Matematik', term: 'Ht 2025', status: 'complete', published: true },
      ],
    });
    await storeReading(db, published, at('2025-11-20'));
    const item = await db.checklist.get(`written-assessment|${SAGA}|Matematik|Ht 2025`);
    expect(item).toMatchObject({ status: 'done', closedBy: 'page', seen: '2025-11-20' });
    expect(item?.expected).toBeUndefined();
    expect(await db.checklist.where('kind').equals('written-assessment').count()).toBe(4);
  });

  it('owes nothing for a subject the teacher has not been seen teaching in the group', async () => {
    const db = freshDb();
    await storeReading(db, withNewPupil, at('2025-11-05'));
    expect((await db.checklist.toArray()).filter((i) => i.subject === 'Svenska')).toEqual([]);
  });
});
