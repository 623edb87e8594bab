import { describe, expect, it } from 'vitest';
import { guardianContactId } from '@/utils/checklist/ids';
import { refreshChecklist } from '@/utils/store/refresh-checklist';
import { logContact, updateContact, updatePupilFacts } from '@/utils/store/contacts';
import { storeReading } from '@/utils/store/readings';
import { riskViews } from '@/utils/store/risks';
import { ALVA, ALVA_RISK, at, freshDb, mathsPage } from './test-db';

/** Told means told: attempts, both guardians and the teacher's facts about a pupil, through the store. */
async function setUp() {
  const db = freshDb();
  await storeReading(db, mathsPage(), at('2025-11-05'));
  await refreshChecklist(db, at('2025-11-05'));
  return db;
}
const call = { channel: 'telefon', withWhom: 'Mamma', summary: '' } as const;
const state = async (db: ReturnType<typeof freshDb>, now: string) => ({
  status: (await db.risks.get(ALVA_RISK))?.status,
  item: (await db.checklist.get(guardianContactId(ALVA_RISK)))?.status,
  view: (await riskViews(db, [ALVA_RISK], at(now)))[0]!,
});

describe('an attempt that reached nobody', () => {
  it('leaves the risk and its checklist item open, with a retry the next school day when the prompt comes back', async () => {
    const db = await setUp();
    // Friday 7 November: the retry is Monday 10 November, not Saturday.
    await logContact(db, { ...call, at: at('2025-11-07'), outcome: 'ej-nadd', riskIds: [ALVA_RISK] }, at('2025-11-07'));
    const friday = await state(db, '2025-11-07');
    expect(friday).toMatchObject({ status: 'open', item: 'open' });
    expect(friday.view).toMatchObject({ prompt: false, retry: '2025-11-10', lastContact: { outcome: 'ej-nadd', informs: false } });
    expect(friday.view.guardians).toEqual({ owed: [1, 2], informed: [] });
    expect((await state(db, '2025-11-08')).view.prompt).toBe(false);
    expect((await state(db, '2025-11-10')).view.prompt).toBe(true);
  });

  it('keeps a retry day the teacher chose', async () => {
    const db = await setUp();
    await logContact(
      db,
      { ...call, at: at('2025-11-07'), outcome: 'ej-nadd', retry: '2025-11-12', riskIds: [ALVA_RISK] },
      at('2025-11-07'),
    );
    expect((await state(db, '2025-11-11')).view).toMatchObject({ prompt: false, retry: '2025-11-12' });
    expect((await state(db, '2025-11-12')).view.prompt).toBe(true);
  });

  it('is informed by a later "nådd" with both guardians, which closes the item', async () => {
    const db = await setUp();
    await logContact(db, { ...call, at: at('2025-11-07'), outcome: 'ej-nadd', riskIds: [ALVA_RISK] }, at('2025-11-07'));
    await logContact(db, { ...call, at: at('2025-11-10'), outcome: 'nadd', guardians: [1, 2], riskIds: [ALVA_RISK] }, at('2025-11-10'));
    const after = await state(db, '2025-11-10');
    expect(after).toMatchObject({ status: 'contacted', item: 'done', view: { prompt: false, lastContact: { informs: true } } });
    expect(after.view.retry).toBeUndefined();
  });

  it('corrected to "nådd" on the dashboard informs at once; corrected back it opens again', async () => {
    const db = await setUp();
    await db.pupils.update(ALVA, { guardians: 1 });
    const { id } = await logContact(db, { ...call, at: at('2025-11-07'), outcome: 'ej-nadd', riskIds: [ALVA_RISK] }, at('2025-11-07'));
    await updateContact(db, id, { outcome: 'nadd' }, at('2025-11-08'));
    expect(await state(db, '2025-11-08')).toMatchObject({ status: 'contacted', item: 'done' });
    await updateContact(db, id, { outcome: 'ej-nadd' }, at('2025-11-09'));
    expect(await state(db, '2025-11-09')).toMatchObject({ status: 'open', item: 'open' });
  });

  it('a message "sent" by phone informs no one', async () => {
    const db = await setUp();
    await db.pupils.update(ALVA, { guardians: 1 });
    await logContact(db, { ...call, at: at('2025-11-07'), outcome: 'skickat', riskIds: [ALVA_RISK] }, at('2025-11-07'));
    expect((await state(db, '2025-11-07')).status).toBe('open');
    await logContact(db, { ...call, channel: 'brev', at: at('2025-11-07'), outcome: 'skickat', riskIds: [ALVA_RISK] }, at('2025-11-07'));
    expect((await state(db, '2025-11-07')).status).toBe('contacted');
  });
});

describe('both guardians', () => {
  it('one of two informed leaves the item open; informing the other closes it', async () => {
    const db = await setUp();
    await logContact(db, { ...call, at: at('2025-11-07'), outcome: 'nadd', guardians: [1], riskIds: [ALVA_RISK] }, at('2025-11-07'));
    const one = await state(db, '2025-11-07');
    expect(one).toMatchObject({ status: 'open', item: 'open' });
    expect(one.view.guardians).toEqual({ owed: [1, 2], informed: [1] });
    await logContact(
      db,
      { ...call, withWhom: 'Pappa', at: at('2025-11-10'), outcome: 'nadd', guardians: [2], riskIds: [ALVA_RISK] },
      at('2025-11-10'),
    );
    const both = await state(db, '2025-11-10');
    expect(both).toMatchObject({ status: 'contacted', item: 'done' });
    expect(both.view.guardians).toEqual({ owed: [1, 2], informed: [1, 2] });
  });

  it('closes when the teacher records why the other guardian is not contacted, and reopens when that is undone', async () => {
    const db = await setUp();
    await logContact(db, { ...call, at: at('2025-11-07'), outcome: 'nadd', guardians: [1], riskIds: [ALVA_RISK] }, at('2025-11-07'));
    await updatePupilFacts(db, ALVA, { guardianExempt: { guardian: 2, reason: 'ingen-ratt' } }, at('2025-11-08'));
    expect(await state(db, '2025-11-08')).toMatchObject({
      status: 'contacted',
      item: 'done',
      view: { guardians: { owed: [1], informed: [1] } },
    });
    await updatePupilFacts(db, ALVA, { guardianExempt: undefined }, at('2025-11-09'));
    expect(await state(db, '2025-11-09')).toMatchObject({ status: 'open', item: 'open' });
  });

  it('a pupil with one guardian is informed by one contact', async () => {
    const db = await setUp();
    await updatePupilFacts(db, ALVA, { guardians: 1 }, at('2025-11-06'));
    await logContact(db, { ...call, at: at('2025-11-07'), outcome: 'mote-bokat', riskIds: [ALVA_RISK] }, at('2025-11-07'));
    expect(await state(db, '2025-11-07')).toMatchObject({ status: 'contacted', item: 'done' });
  });
});

describe("the teacher's facts about a pupil", () => {
  it('survive the pupil being read again, and reach the page as marks', async () => {
    const db = await setUp();
    await updatePupilFacts(db, ALVA, { guardians: 1, protectedData: true, interpreter: 'arabiska' }, at('2025-11-06'));
    await storeReading(db, mathsPage(), at('2025-11-07') + 3 * 3_600_000);
    expect(await db.pupils.get(ALVA)).toMatchObject({ guardians: 1, protectedData: true, interpreter: 'arabiska' });
    expect((await state(db, '2025-11-07')).view).toMatchObject({ protectedData: true, interpreter: 'arabiska', guardians: { owed: [1] } });
  });

  it('refuses an unknown pupil', async () => {
    const db = await setUp();
    await expect(updatePupilFacts(db, 'name:nobody|5a', { guardians: 1 })).rejects.toThrow(/unknown pupil/);
  });
});
