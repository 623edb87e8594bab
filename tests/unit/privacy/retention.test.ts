import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMonths, duePart, NOTICE_DAYS, planPurge, type PurgePlan } from '@/utils/privacy/retention';
import { purge, runScheduledPurge } from '@/utils/store/purge';
import { saveSettings } from '@/utils/store/settings';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { at, contact, doc, freshDatabase, item, pupil, risk } from './rows';

const DAY = 86_400_000;
const NOW = at(2026, 11, 28);
const LONG_AGO = at(2025, 10, 1); // 13 months before NOW is 28 Oct 2025
const RECENT = at(2026, 6, 1);
let db = freshDatabase();
afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  await db.delete();
  db = freshDatabase();
});

const listed = (plan: PurgePlan) => plan.items.map((i) => `${i.table}:${i.id}`).sort();

describe('addMonths', () => {
  it('moves by calendar months and clamps the day', () => {
    expect(new Date(addMonths(at(2026, 3, 31), -1)).getDate()).toBe(28);
    expect(new Date(addMonths(at(2025, 10, 28), 13)).toDateString()).toBe(new Date(at(2026, 11, 28)).toDateString());
  });
});

describe('planPurge', () => {
  it('uses the 13-month default from the settings', () => {
    expect(DEFAULT_SETTINGS.retentionMonths).toBe(13);
  });

  it('lists what was closed or last touched more than the retention period ago, and only that', async () => {
    await db.pupils.bulkPut([pupil('im:1', LONG_AGO), pupil('im:2', RECENT)]);
    await db.checklist.bulkPut([item('im:1', 'done', LONG_AGO), item('im:2', 'done', RECENT)]);
    await db.contacts.bulkPut([contact('c-old', 'im:1', LONG_AGO), contact('c-new', 'im:2', RECENT)]);
    await db.risks.bulkPut([risk('im:1', 'Matematik', 'resolved', LONG_AGO), risk('im:2', 'Matematik', 'dismissed', RECENT)]);
    await db.documents.bulkPut([doc('im:1', LONG_AGO), doc('im:2', RECENT)]);
    await db.events.bulkAdd([
      { at: LONG_AGO, action: 'contact/log', subject: 'c-old' },
      { at: RECENT, action: 'contact/log', subject: 'c-new' },
    ]);
    await db.visits.bulkAdd([{ at: LONG_AGO, url: 'https://a.infomentor.se/', kind: 'unknown', pupils: 0, atRisk: 0 }]);

    const plan = await planPurge(db, NOW, DEFAULT_SETTINGS);
    expect(listed(plan)).toEqual([
      'checklist:guardian-contact|im:1|Matematik|Ht 2025',
      'contacts:c-old',
      'documents:im:1|iup||Ht 2025',
      'events:1',
      'pupils:im:1',
      'risks:im:1|Matematik|Ht 2025',
      'visits:1',
    ]);
  });

  it('keeps duties still owed however old: open checklist items and open risks, and the pupil they concern', async () => {
    await db.pupils.put(pupil('im:1', LONG_AGO));
    await db.checklist.put(item('im:1', 'open'));
    await db.risks.put(risk('im:1', 'Svenska', 'open', LONG_AGO));
    expect((await planPurge(db, NOW, DEFAULT_SETTINGS)).items).toEqual([]);
  });

  it('lists finished steps of the support chain, keeps those still owed and the pupil they concern', async () => {
    const when = { created: LONG_AGO, updated: LONG_AGO, by: 'Lena' };
    const adaptation = { pupilId: 'im:1', subject: 'Matematik', what: 'annan', from: '2025-09-01', evaluationDue: '2025-09-29', ...when };
    const home = { decision: 'no-action-programme' as const, decidedOn: '2025-10-01', appealInstructions: true, receivedOn: '2025-10-03' };
    await db.pupils.put(pupil('im:1', LONG_AGO));
    await db.adaptations.bulkPut([
      { ...adaptation, id: 'a-done', evaluation: 'not-enough', evaluatedOn: '2025-09-29' },
      { ...adaptation, id: 'a-owed', evaluation: 'continue', evaluatedOn: '2025-09-29' },
    ]);
    await db.referrals.bulkPut([
      { id: 'r-done', pupilId: 'im:1', subjects: ['Matematik'], madeOn: '2025-09-30', ...home, ...when },
      { id: 'r-no-receipt', pupilId: 'im:1', subjects: ['Matematik'], madeOn: '2025-09-30', ...home, receivedOn: undefined, ...when },
      { id: 'r-programme', pupilId: 'im:1', subjects: ['Matematik'], madeOn: '2025-09-30', ...home, decision: 'action-programme', ...when },
    ]);
    expect(listed(await planPurge(db, NOW, DEFAULT_SETTINGS))).toEqual(['adaptations:a-done', 'referrals:r-done']);
  });

  it('keeps a pupil seen recently even when everything about them is listed', async () => {
    await db.pupils.put(pupil('im:1', RECENT));
    await db.contacts.put(contact('c1', 'im:1', LONG_AGO));
    expect(listed(await planPurge(db, NOW, DEFAULT_SETTINGS))).toEqual(['contacts:c1']);
  });

  it('keeps a contact whose follow-up date is not yet that long past', async () => {
    await db.contacts.put(contact('c1', 'im:1', LONG_AGO, '2026-02-01'));
    expect((await planPurge(db, NOW, DEFAULT_SETTINGS)).items).toEqual([]);
  });

  it('follows the retention setting', async () => {
    await db.contacts.put(contact('c1', 'im:1', at(2026, 9, 1)));
    expect((await planPurge(db, NOW, { retentionMonths: 13 })).items).toEqual([]);
    expect(listed(await planPurge(db, NOW, { retentionMonths: 2 }))).toEqual(['contacts:c1']);
  });

  it(`gives each item a deletion day ${NOTICE_DAYS} days after it is first listed; a pupil goes with the last of their rows`, async () => {
    const closed = at(2025, 10, 20);
    await db.pupils.put(pupil('im:1', at(2025, 9, 1)));
    await db.checklist.put(item('im:1', 'done', closed));
    await db.contacts.put(contact('c1', 'im:1', at(2025, 8, 1)));
    const plan = await planPurge(db, NOW, DEFAULT_SETTINGS);
    const byTable = Object.fromEntries(plan.items.map((i) => [i.table, i.deleteOn]));
    expect(byTable.checklist).toBe(addMonths(closed, 13) + NOTICE_DAYS * DAY);
    expect(byTable.pupils).toBe(byTable.checklist);
  });
});

describe('duePart', () => {
  it('holds back what was listed less than a week ago', async () => {
    const closed = at(2025, 10, 28);
    await db.contacts.put(contact('c1', 'im:1', closed));
    const firstListed = addMonths(closed, 13);
    expect((await planPurge(db, firstListed, DEFAULT_SETTINGS)).items).toHaveLength(1);
    expect(duePart(await planPurge(db, firstListed + 6 * DAY, DEFAULT_SETTINGS)).items).toEqual([]);
    expect(duePart(await planPurge(db, firstListed + 7 * DAY, DEFAULT_SETTINGS)).items).toHaveLength(1);
  });
});

describe('purge', () => {
  async function oldPupilWithHistory() {
    await db.pupils.bulkPut([pupil('im:1', LONG_AGO), pupil('im:2', RECENT)]);
    await db.checklist.bulkPut([item('im:1', 'done', LONG_AGO), item('im:2', 'open')]);
    await db.contacts.bulkPut([contact('c1', 'im:1', LONG_AGO), contact('c2', 'im:2', RECENT)]);
  }

  it('deletes exactly what the plan lists and logs that a purge ran', async () => {
    await oldPupilWithHistory();
    const plan = duePart(await planPurge(db, NOW, DEFAULT_SETTINGS));
    expect(await purge(db, plan)).toEqual({ checklist: 1, contacts: 1, pupils: 1 });
    expect(await db.pupils.toCollection().primaryKeys()).toEqual(['im:2']);
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['c2']);
    expect(await db.checklist.count()).toBe(1);
    expect((await db.events.toArray()).map((e) => e.action)).toEqual(['privacy/purge']);
    expect((await planPurge(db, NOW, DEFAULT_SETTINGS)).items).toEqual([]);
  });

  it('keeps an item touched after the plan was made', async () => {
    await oldPupilWithHistory();
    const plan = await planPurge(db, NOW, DEFAULT_SETTINGS);
    await db.contacts.update('c1', { updated: RECENT });
    await purge(db, plan);
    expect(await db.contacts.get('c1')).toBeDefined();
    // The pupil still has a contact, so the pupil stays too.
    expect(await db.pupils.get('im:1')).toBeDefined();
    expect(await db.checklist.get('guardian-contact|im:1|Matematik|Ht 2025')).toBeUndefined();
  });

  it('deletes all or nothing: a failure halfway leaves every row in place', async () => {
    await oldPupilWithHistory();
    const plan = await planPurge(db, NOW, DEFAULT_SETTINGS);
    vi.spyOn(db.pupils, 'bulkDelete').mockRejectedValue(new DOMException('disk full', 'QuotaExceededError'));
    await expect(purge(db, plan)).rejects.toThrow();
    expect(await db.contacts.count()).toBe(2);
    expect(await db.checklist.count()).toBe(2);
    expect(await db.pupils.count()).toBe(2);
  });
});

describe('runScheduledPurge', () => {
  it('deletes what was listed a week ago, keeps what was listed since, with the retention from the settings', async () => {
    // Saving the settings logs an event stamped with the clock: today is NOW, or the event is old enough to purge.
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    await saveSettings(db, { retentionMonths: 6 });
    await db.contacts.bulkPut([
      contact('c-week', 'im:1', addMonths(NOW, -6) - 8 * DAY),
      contact('c-yesterday', 'im:1', addMonths(NOW, -6) - DAY),
    ]);
    expect(await runScheduledPurge(db, NOW)).toEqual({ contacts: 1 });
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['c-yesterday']);
  });
});
