import { describe, expect, it } from 'vitest';
import { refreshChecklist } from '@/utils/store/refresh-checklist';
import { guardianContactId } from '@/utils/checklist/ids';
import { deleteContact, logContact, updateContact } from '@/utils/store/contacts';
import { dismissRisks } from '@/utils/store/risks';
import { storeReading } from '@/utils/store/readings';
import type { AtRisk } from '@/utils/infomentor/analysis';
import { saveSettings } from '@/utils/store/settings';
import { ALVA, ALVA_RISK, MAJA_RISK, at, freshDb, mathsPage } from './test-db';

/** A meeting booked with both guardians: this informs everyone owed. */
const input = {
  at: at('2025-11-10'),
  channel: 'telefon',
  withWhom: 'Mamma och pappa',
  summary: 'Möte bokat',
  outcome: 'mote-bokat',
  guardians: [1, 2] as (1 | 2)[],
} as const;

async function setUp() {
  const db = freshDb();
  await saveSettings(db, { teacherName: 'Lena Lärare' });
  const english: AtRisk = {
    pupil: 'Andersson, Alva',
    subject: 'Engelska',
    source: 'assessment',
    reasons: ['Ämnesomdöme: otillräckliga kunskaper'],
  };
  await storeReading(db, mathsPage({ atRisk: [...mathsPage().atRisk, english] }), at('2025-11-05'));
  await refreshChecklist(db, at('2025-11-05'));
  return db;
}
const ALVA_ENGLISH = `${ALVA}|Engelska|Ht 2025`;

describe('logContact', () => {
  it('marks the risks contacted, closes their guardian-contact items and keeps an event', async () => {
    const db = await setUp();
    const contact = await logContact(db, { ...input, riskIds: [ALVA_RISK, ALVA_ENGLISH] }, at('2025-11-10'));
    expect(contact).toMatchObject({ pupilId: ALVA, subjects: ['Matematik', 'Engelska'], author: 'Lena Lärare', created: at('2025-11-10') });
    expect(await db.contacts.get(contact.id)).toEqual(contact);
    expect((await db.risks.bulkGet([ALVA_RISK, ALVA_ENGLISH, MAJA_RISK])).map((r) => r?.status)).toEqual([
      'contacted',
      'contacted',
      'open',
    ]);
    const items = await db.checklist.bulkGet([ALVA_RISK, ALVA_ENGLISH, MAJA_RISK].map(guardianContactId));
    expect(items.map((i) => [i?.status, i?.closedBy])).toEqual([
      ['done', 'contact'],
      ['done', 'contact'],
      ['open', undefined],
    ]);
    expect(items[0]?.closedAt).toBe(at('2025-11-10'));
    expect((await db.events.toArray()).filter((e) => e.action === 'contact/log').map((e) => e.subject)).toEqual([contact.id]);
  });

  it('keeps the items closed when the checklist is refreshed', async () => {
    const db = await setUp();
    await logContact(db, { ...input, riskIds: [ALVA_RISK] }, at('2025-11-10'));
    await refreshChecklist(db, at('2025-11-11'));
    expect(await db.checklist.get(guardianContactId(ALVA_RISK))).toMatchObject({
      status: 'done',
      closedBy: 'contact',
      closedAt: at('2025-11-10'),
    });
  });

  it('refuses unknown risks and risks of several pupils, and stores nothing then', async () => {
    const db = await setUp();
    await expect(logContact(db, { ...input, riskIds: [ALVA_RISK, 'nope'] }, at('2025-11-10'))).rejects.toThrow(/unknown risk/);
    await expect(logContact(db, { ...input, riskIds: [ALVA_RISK, MAJA_RISK] }, at('2025-11-10'))).rejects.toThrow(/one pupil/);
    expect(await db.contacts.count()).toBe(0);
    expect((await db.risks.get(ALVA_RISK))?.status).toBe('open');
  });

  it('turns a dismissed risk contacted when the teacher logs a contact anyway', async () => {
    const db = await setUp();
    await dismissRisks(db, [ALVA_RISK], 'Inte i risk');
    await logContact(db, { ...input, riskIds: [ALVA_RISK] }, at('2025-11-10'));
    const risk = await db.risks.get(ALVA_RISK);
    expect(risk?.status).toBe('contacted');
    expect(risk?.statusReason).toBeUndefined();
  });
});

describe('updateContact and deleteContact', () => {
  it('corrects a contact and can clear its follow-up', async () => {
    const db = await setUp();
    const { id } = await logContact(db, { ...input, riskIds: [ALVA_RISK], followUp: '2025-12-01' }, at('2025-11-10'));
    const updated = await updateContact(db, id, { outcome: 'nadd', followUp: undefined }, at('2025-11-11'));
    expect(updated).toMatchObject({ outcome: 'nadd', updated: at('2025-11-11'), channel: 'telefon' });
    expect(updated.followUp).toBeUndefined();
    expect(await db.contacts.get(id)).toEqual(updated);
    await expect(updateContact(db, 'nope', {})).rejects.toThrow(/unknown contact/);
  });

  it('reopens what a deleted contact closed', async () => {
    const db = await setUp();
    const { id } = await logContact(db, { ...input, riskIds: [ALVA_RISK] }, at('2025-11-10'));
    await deleteContact(db, id, at('2025-11-12'));
    expect(await db.contacts.count()).toBe(0);
    expect((await db.risks.get(ALVA_RISK))?.status).toBe('open');
    const item = await db.checklist.get(guardianContactId(ALVA_RISK));
    expect(item).toMatchObject({ status: 'open' });
    expect(item?.closedBy).toBeUndefined();
    expect(item?.closedAt).toBeUndefined();
    expect((await db.events.toArray()).some((e) => e.action === 'contact/delete' && e.subject === id)).toBe(true);
  });

  it('reopens nothing another contact still covers', async () => {
    const db = await setUp();
    const first = await logContact(db, { ...input, riskIds: [ALVA_RISK, ALVA_ENGLISH] }, at('2025-11-10'));
    await logContact(db, { ...input, channel: 'e-post', riskIds: [ALVA_RISK] }, at('2025-11-11'));
    await deleteContact(db, first.id);
    expect((await db.risks.bulkGet([ALVA_RISK, ALVA_ENGLISH])).map((r) => r?.status)).toEqual(['contacted', 'open']);
    expect((await db.checklist.get(guardianContactId(ALVA_RISK)))?.status).toBe('done');
    expect((await db.checklist.get(guardianContactId(ALVA_ENGLISH)))?.status).toBe('open');
  });
});
